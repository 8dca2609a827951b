package fmt

import (
	"internal/fmtsort"
	"reflect"
	"unicode/utf8"
)

// Printing one operand for one verb: the common types directly, values with formatting methods
// through those, everything else by walking it with reflect.

// printArg prints operand arg for verb.
func (p *printer) printArg(arg interface{}, verb rune) {
	p.arg = arg
	p.value = reflect.Value{}
	if arg == nil {
		if verb == 'T' || verb == 'v' {
			p.out = p.spec.padString(p.out, "<nil>")
		} else {
			p.badVerb(verb)
		}
		return
	}
	// %T and %p never look at methods.
	switch verb {
	case 'T':
		p.out = p.spec.formatString(p.out, reflect.TypeOf(arg).String())
		return
	case 'p':
		p.printPointer(reflect.ValueOf(arg), 'p')
		return
	}
	switch x := arg.(type) {
	case bool:
		p.printBool(x, verb)
	case int:
		p.printInteger(uint64(x), true, verb)
	case int8:
		p.printInteger(uint64(x), true, verb)
	case int16:
		p.printInteger(uint64(x), true, verb)
	case int32:
		p.printInteger(uint64(x), true, verb)
	case int64:
		p.printInteger(uint64(x), true, verb)
	case uint:
		p.printInteger(uint64(x), false, verb)
	case uint8:
		p.printInteger(uint64(x), false, verb)
	case uint16:
		p.printInteger(uint64(x), false, verb)
	case uint32:
		p.printInteger(uint64(x), false, verb)
	case uint64:
		p.printInteger(x, false, verb)
	case uintptr:
		p.printInteger(uint64(x), false, verb)
	case float32:
		p.printFloat(float64(x), 32, verb)
	case float64:
		p.printFloat(x, 64, verb)
	case complex64:
		p.printComplex(complex128(x), 64, verb)
	case complex128:
		p.printComplex(x, 128, verb)
	case string:
		p.printString(x, verb)
	case []byte:
		p.printBytes(x, verb, "[]byte")
	case reflect.Value:
		// A Value operand prints the value it holds, methods included.
		if x.IsValid() && x.CanInterface() {
			p.arg = x.Interface()
			if p.callMethods(verb) {
				return
			}
		}
		p.printValue(x, verb, 0)
	default:
		if !p.callMethods(verb) {
			p.printValue(reflect.ValueOf(x), verb, 0)
		}
	}
}

// callMethods prints p.arg with its own formatting method when it has one that applies to the
// verb (Format; GoString for %#v; Error or String for verbs that print strings) and reports
// whether it did. A panicking method is reported in the output (see recoverMethod).
func (p *printer) callMethods(verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w is Errorf's, once, with an error operand; it then prints as %v.
		err, ok := p.arg.(error)
		if !ok || !p.wrapErrs || p.wrapped != nil {
			p.wrapped = nil
			p.wrapErrs = false
			p.badVerb(verb)
			return true
		}
		p.wrapped = err
		verb = 'v'
	}
	if f, ok := p.arg.(Formatter); ok {
		handled = true // set before the call: a panic in it still counts as handled
		defer p.recoverMethod(p.arg, verb, "Format")
		f.Format(p, verb)
		return
	}
	if p.spec.sharpV {
		if g, ok := p.arg.(GoStringer); ok {
			handled = true
			defer p.recoverMethod(p.arg, verb, "GoString")
			p.out = p.spec.formatString(p.out, g.GoString())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := p.arg.(type) {
		case error:
			handled = true
			defer p.recoverMethod(p.arg, verb, "Error")
			p.printString(v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.recoverMethod(p.arg, verb, "String")
			p.printString(v.String(), verb)
			return
		}
	}
	return false
}

// recoverMethod, deferred around a call of arg's formatting method, turns a panic in it into
// "%!v(PANIC=String method: message)"; a nil pointer receiver simply prints "<nil>".
func (p *printer) recoverMethod(arg interface{}, verb rune, method string) {
	r := recover()
	if r == nil {
		return
	}
	if v := reflect.ValueOf(arg); v.Kind() == reflect.Pointer && v.IsNil() {
		p.out = append(p.out, "<nil>"...)
		return
	}
	if p.panicking {
		// The panic value's own printing panicked: give up.
		panic(r)
	}
	saved := p.spec
	p.spec = spec{}
	p.out = append(p.out, "%!"...)
	p.out = utf8.AppendRune(p.out, verb)
	p.out = append(p.out, "(PANIC="...)
	p.out = append(p.out, method...)
	p.out = append(p.out, " method: "...)
	p.panicking = true
	p.printArg(r, 'v')
	p.panicking = false
	p.out = append(p.out, ')')
	p.spec = saved
}

// badVerb reports a verb that does not apply to the operand: "%!d(string=hi)".
func (p *printer) badVerb(verb rune) {
	p.erroring = true
	p.out = append(p.out, "%!"...)
	p.out = utf8.AppendRune(p.out, verb)
	p.out = append(p.out, '(')
	switch {
	case p.arg != nil:
		p.out = append(p.out, reflect.TypeOf(p.arg).String()...)
		p.out = append(p.out, '=')
		p.printArg(p.arg, 'v')
	case p.value.IsValid():
		p.out = append(p.out, p.value.Type().String()...)
		p.out = append(p.out, '=')
		p.printValue(p.value, 'v', 0)
	default:
		p.out = append(p.out, "<nil>"...)
	}
	p.out = append(p.out, ')')
	p.erroring = false
}

func (p *printer) printBool(v bool, verb rune) {
	if verb == 't' || verb == 'v' {
		p.out = p.spec.formatBool(p.out, v)
		return
	}
	p.badVerb(verb)
}

// printInteger prints an integer (signed: u holds an int64's bits).
func (p *printer) printInteger(u uint64, signed bool, verb rune) {
	s := &p.spec
	switch verb {
	case 'v':
		if s.sharpV && !signed {
			p.out = s.formatHex64(p.out, u, true)
		} else {
			p.out = s.formatInt(p.out, u, 10, signed, verb, lowerHex)
		}
	case 'd':
		p.out = s.formatInt(p.out, u, 10, signed, verb, lowerHex)
	case 'b':
		p.out = s.formatInt(p.out, u, 2, signed, verb, lowerHex)
	case 'o', 'O':
		p.out = s.formatInt(p.out, u, 8, signed, verb, lowerHex)
	case 'x':
		p.out = s.formatInt(p.out, u, 16, signed, verb, lowerHex)
	case 'X':
		p.out = s.formatInt(p.out, u, 16, signed, verb, upperHex)
	case 'c':
		p.out = s.formatChar(p.out, u)
	case 'q':
		p.out = s.formatQuotedChar(p.out, u)
	case 'U':
		p.out = s.formatUnicode(p.out, u)
	default:
		p.badVerb(verb)
	}
}

// printFloat prints a float of the given size in bits. %v is the shortest %g; %e, %f take 6
// digits after the point by default.
func (p *printer) printFloat(v float64, bits int, verb rune) {
	s := &p.spec
	switch verb {
	case 'v':
		p.out = s.formatFloat(p.out, v, bits, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.out = s.formatFloat(p.out, v, bits, verb, -1)
	case 'f', 'e', 'E':
		p.out = s.formatFloat(p.out, v, bits, verb, 6)
	case 'F':
		p.out = s.formatFloat(p.out, v, bits, 'f', 6)
	default:
		p.badVerb(verb)
	}
}

// printComplex prints (re+imi), each part as a float of half the size.
func (p *printer) printComplex(v complex128, bits int, verb rune) {
	switch verb {
	case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E':
	default:
		p.badVerb(verb)
		return
	}
	plus := p.spec.plus
	p.out = append(p.out, '(')
	p.printFloat(real(v), bits/2, verb)
	p.spec.plus = true // the imaginary part always has its sign
	p.printFloat(imag(v), bits/2, verb)
	p.out = append(p.out, "i)"...)
	p.spec.plus = plus
}

func (p *printer) printString(v string, verb rune) {
	s := &p.spec
	switch verb {
	case 'v':
		if s.sharpV {
			p.out = s.formatQuoted(p.out, v)
		} else {
			p.out = s.formatString(p.out, v)
		}
	case 's':
		p.out = s.formatString(p.out, v)
	case 'x':
		p.out = s.formatHexText(p.out, v, nil, lowerHex)
	case 'X':
		p.out = s.formatHexText(p.out, v, nil, upperHex)
	case 'q':
		p.out = s.formatQuoted(p.out, v)
	default:
		p.badVerb(verb)
	}
}

// printBytes prints a byte slice (or array, as a slice): as text for %s %q %x %X, else as a list
// of numbers; typeName is what %#v shows.
func (p *printer) printBytes(v []byte, verb rune, typeName string) {
	s := &p.spec
	switch verb {
	case 'v', 'd':
		if s.sharpV {
			p.out = append(p.out, typeName...)
			if v == nil {
				p.out = append(p.out, "(nil)"...)
				return
			}
			p.out = append(p.out, '{')
			for i, c := range v {
				if i > 0 {
					p.out = append(p.out, ", "...)
				}
				p.out = s.formatHex64(p.out, uint64(c), true)
			}
			p.out = append(p.out, '}')
			return
		}
		p.out = append(p.out, '[')
		for i, c := range v {
			if i > 0 {
				p.out = append(p.out, ' ')
			}
			p.out = s.formatInt(p.out, uint64(c), 10, false, verb, lowerHex)
		}
		p.out = append(p.out, ']')
	case 's':
		p.out = s.formatBytesText(p.out, v)
	case 'x':
		p.out = s.formatHexText(p.out, "", v, lowerHex)
	case 'X':
		p.out = s.formatHexText(p.out, "", v, upperHex)
	case 'q':
		p.out = s.formatQuoted(p.out, string(v))
	default:
		p.printValue(reflect.ValueOf(v), verb, 0)
	}
}

// printPointer prints a pointer-like value (pointer, map, slice, chan, func, unsafe.Pointer) as
// an address, for %p and %v, or as a number for integer verbs.
func (p *printer) printPointer(v reflect.Value, verb rune) {
	var u uintptr
	switch v.Kind() {
	case reflect.Chan, reflect.Func, reflect.Map, reflect.Pointer, reflect.Slice, reflect.UnsafePointer:
		u = v.Pointer()
	default:
		p.badVerb(verb)
		return
	}
	s := &p.spec
	switch verb {
	case 'v':
		if s.sharpV {
			p.out = append(p.out, '(')
			p.out = append(p.out, v.Type().String()...)
			p.out = append(p.out, ")("...)
			if u == 0 {
				p.out = append(p.out, "nil"...)
			} else {
				p.out = s.formatHex64(p.out, uint64(u), true)
			}
			p.out = append(p.out, ')')
		} else if u == 0 {
			p.out = s.padString(p.out, "<nil>")
		} else {
			p.out = s.formatHex64(p.out, uint64(u), !s.sharp)
		}
	case 'p':
		p.out = s.formatHex64(p.out, uint64(u), !s.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.printInteger(uint64(u), false, verb)
	default:
		p.badVerb(verb)
	}
}

// printValue prints a value reached by reflection; depth > 0 inside a composite, where the
// elements' own formatting methods apply.
func (p *printer) printValue(v reflect.Value, verb rune, depth int) {
	if depth > 0 && v.IsValid() && v.CanInterface() {
		p.arg = v.Interface()
		if p.callMethods(verb) {
			return
		}
	}
	p.arg = nil
	p.value = v

	switch v.Kind() {
	case reflect.Invalid:
		if depth == 0 {
			p.out = append(p.out, "<invalid reflect.Value>"...)
		} else if verb == 'v' {
			p.out = append(p.out, "<nil>"...)
		} else {
			p.badVerb(verb)
		}
	case reflect.Bool:
		p.printBool(v.Bool(), verb)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		p.printInteger(uint64(v.Int()), true, verb)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		p.printInteger(v.Uint(), false, verb)
	case reflect.Float32:
		p.printFloat(v.Float(), 32, verb)
	case reflect.Float64:
		p.printFloat(v.Float(), 64, verb)
	case reflect.Complex64:
		p.printComplex(v.Complex(), 64, verb)
	case reflect.Complex128:
		p.printComplex(v.Complex(), 128, verb)
	case reflect.String:
		p.printString(v.String(), verb)
	case reflect.Map:
		p.printMap(v, verb, depth)
	case reflect.Struct:
		p.printStruct(v, verb, depth)
	case reflect.Interface:
		inner := v.Elem()
		if inner.IsValid() {
			p.printValue(inner, verb, depth+1)
		} else if p.spec.sharpV {
			p.out = append(p.out, v.Type().String()...)
			p.out = append(p.out, "(nil)"...)
		} else {
			p.out = append(p.out, "<nil>"...)
		}
	case reflect.Array, reflect.Slice:
		p.printList(v, verb, depth)
	case reflect.Pointer:
		// At the top level, a pointer to a composite prints as &composite (deeper down it is an
		// address, which also keeps cyclic structures finite).
		if depth == 0 && v.Pointer() != 0 {
			switch e := v.Elem(); e.Kind() {
			case reflect.Array, reflect.Slice, reflect.Struct, reflect.Map:
				p.out = append(p.out, '&')
				p.printValue(e, verb, depth+1)
				return
			}
		}
		p.printPointer(v, verb)
	case reflect.Chan, reflect.Func, reflect.UnsafePointer:
		p.printPointer(v, verb)
	default:
		p.out = append(p.out, '?')
		p.out = append(p.out, v.Type().String()...)
		p.out = append(p.out, '?')
	}
}

// separator appends what goes between elements: ", " for %#v, else a space.
func (p *printer) separator() {
	if p.spec.sharpV {
		p.out = append(p.out, ", "...)
	} else {
		p.out = append(p.out, ' ')
	}
}

// printMap prints map[k:v k:v] (map[K]V{k:v, k:v} for %#v), keys sorted.
func (p *printer) printMap(v reflect.Value, verb rune, depth int) {
	if p.spec.sharpV {
		p.out = append(p.out, v.Type().String()...)
		if v.IsNil() {
			p.out = append(p.out, "(nil)"...)
			return
		}
		p.out = append(p.out, '{')
	} else {
		p.out = append(p.out, "map["...)
	}
	sorted := fmtsort.Sort(v)
	for i, k := range sorted.Key {
		if i > 0 {
			p.separator()
		}
		p.printValue(k, verb, depth+1)
		p.out = append(p.out, ':')
		p.printValue(sorted.Value[i], verb, depth+1)
	}
	if p.spec.sharpV {
		p.out = append(p.out, '}')
	} else {
		p.out = append(p.out, ']')
	}
}

// printStruct prints {a b}, {A:a B:b} for %+v, T{A:a, B:b} for %#v.
func (p *printer) printStruct(v reflect.Value, verb rune, depth int) {
	if p.spec.sharpV {
		p.out = append(p.out, v.Type().String()...)
	}
	p.out = append(p.out, '{')
	t := v.Type()
	for i := 0; i < v.NumField(); i++ {
		if i > 0 {
			p.separator()
		}
		if p.spec.plusV || p.spec.sharpV {
			if name := t.Field(i).Name; name != "" {
				p.out = append(p.out, name...)
				p.out = append(p.out, ':')
			}
		}
		// A field of interface type prints the value inside.
		f := v.Field(i)
		if f.Kind() == reflect.Interface && !f.IsNil() {
			f = f.Elem()
		}
		p.printValue(f, verb, depth+1)
	}
	p.out = append(p.out, '}')
}

// printList prints arrays and slices: [a b], T{a, b} for %#v; byte lists as text for %s %q %x %X.
func (p *printer) printList(v reflect.Value, verb rune, depth int) {
	t := v.Type()
	switch verb {
	case 's', 'q', 'x', 'X':
		if t.Elem().Kind() == reflect.Uint8 {
			var b []byte
			if v.Kind() == reflect.Slice || v.CanAddr() {
				b = v.Bytes()
			} else {
				b = make([]byte, v.Len())
				for i := range b {
					b[i] = byte(v.Index(i).Uint())
				}
			}
			p.printBytes(b, verb, t.String())
			return
		}
	}
	if p.spec.sharpV {
		p.out = append(p.out, t.String()...)
		if v.Kind() == reflect.Slice && v.IsNil() {
			p.out = append(p.out, "(nil)"...)
			return
		}
		p.out = append(p.out, '{')
	} else {
		p.out = append(p.out, '[')
	}
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			p.separator()
		}
		p.printValue(v.Index(i), verb, depth+1)
	}
	if p.spec.sharpV {
		p.out = append(p.out, '}')
	} else {
		p.out = append(p.out, ']')
	}
}
