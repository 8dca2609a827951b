package fmt

import (
	"reflect"
	"unicode/utf8"
)

// The interpreter of format strings: text is copied, and each directive
// "%" flags [ "[" argIndex "]" ] [ width | "*" ] [ "." [ precision | "*" ] ] verb
// prints the next operand (or the one an index names). Mistakes are reported in the output:
// %!verb(BADINDEX), %!verb(MISSING), %!(BADWIDTH), %!(BADPREC), %!(NOVERB), %!(EXTRA type=value).

// maxWidth bounds widths and precisions: larger numbers are treated as mistakes.
const maxWidth = 1000000

// directiveCursor walks one format string and its operands.
type directiveCursor struct {
	format string
	i      int // next byte of format
	args   []interface{}
	argNum int // next operand

	// reordered: an explicit index was used somewhere, so unused operands are not reported.
	reordered bool
	// indexOK: every index of the current directive was valid.
	indexOK bool
	// afterIndex: the previous element of the directive was an index such as [2].
	afterIndex bool
}

func (p *printer) printf(format string, a []interface{}) {
	c := &directiveCursor{format: format, args: a}
	for c.i < len(format) {
		// Literal text up to the next '%'.
		start := c.i
		for c.i < len(format) && format[c.i] != '%' {
			c.i++
		}
		p.out = append(p.out, format[start:c.i]...)
		if c.i >= len(format) {
			break
		}
		c.i++ // the '%'
		if !p.directive(c) {
			break
		}
	}
	if !c.reordered && c.argNum < len(a) {
		p.reportExtra(a[c.argNum:])
	}
}

// directive handles one directive after its '%'; false when the format ended inside it.
func (p *printer) directive(c *directiveCursor) bool {
	p.spec = spec{}
	c.indexOK = true
	c.afterIndex = false
	format := c.format

	// Flags.
flags:
	for ; c.i < len(format); c.i++ {
		switch format[c.i] {
		case '#':
			p.spec.sharp = true
		case '0':
			p.spec.zero = !p.spec.minus // zeros only ever pad on the left
		case '+':
			p.spec.plus = true
		case '-':
			p.spec.minus = true
			p.spec.zero = false
		case ' ':
			p.spec.space = true
		default:
			break flags
		}
	}

	c.takeIndex(p)

	// Width: a number, or '*' for an int operand (negative means left-justify).
	if c.i < len(format) && format[c.i] == '*' {
		c.i++
		p.spec.width, p.spec.hasWidth = c.intOperand()
		if !p.spec.hasWidth {
			p.out = append(p.out, "%!(BADWIDTH)"...)
		}
		if p.spec.width < 0 {
			p.spec.width = -p.spec.width
			p.spec.minus = true
			p.spec.zero = false
		}
		c.afterIndex = false
	} else {
		p.spec.width, p.spec.hasWidth = c.number()
		if c.afterIndex && p.spec.hasWidth { // "%[3]2d"
			c.indexOK = false
		}
	}

	// Precision: '.' then a number (none means 0) or '*'.
	if c.i+1 < len(format) && format[c.i] == '.' {
		c.i++
		if c.afterIndex { // "%[3].2d"
			c.indexOK = false
		}
		c.takeIndex(p)
		if c.i < len(format) && format[c.i] == '*' {
			c.i++
			p.spec.prec, p.spec.hasPrec = c.intOperand()
			if p.spec.prec < 0 {
				p.spec.prec = 0
				p.spec.hasPrec = false
			}
			if !p.spec.hasPrec {
				p.out = append(p.out, "%!(BADPREC)"...)
			}
			c.afterIndex = false
		} else {
			p.spec.prec, p.spec.hasPrec = c.number()
			if !p.spec.hasPrec {
				p.spec.prec = 0
				p.spec.hasPrec = true
			}
		}
	}

	if !c.afterIndex {
		c.takeIndex(p)
	}

	if c.i >= len(format) {
		p.out = append(p.out, "%!(NOVERB)"...)
		return false
	}
	verb, size := rune(format[c.i]), 1
	if verb >= utf8.RuneSelf {
		verb, size = utf8.DecodeRuneInString(format[c.i:])
	}
	c.i += size

	switch {
	case verb == '%':
		// A literal percent sign: takes no operand, ignores width and precision.
		p.out = append(p.out, '%')
	case !c.indexOK:
		p.out = append(p.out, "%!"...)
		p.out = utf8.AppendRune(p.out, verb)
		p.out = append(p.out, "(BADINDEX)"...)
	case c.argNum >= len(c.args):
		p.out = append(p.out, "%!"...)
		p.out = utf8.AppendRune(p.out, verb)
		p.out = append(p.out, "(MISSING)"...)
	default:
		if verb == 'v' {
			p.spec.sharpV, p.spec.sharp = p.spec.sharp, false
			p.spec.plusV, p.spec.plus = p.spec.plus, false
		}
		p.printArg(c.args[c.argNum], verb)
		c.argNum++
	}
	return true
}

// takeIndex reads an operand index "[n]" if one is next, making operand n-1 the next one.
func (c *directiveCursor) takeIndex(p *printer) {
	format := c.format
	if c.i >= len(format) || format[c.i] != '[' {
		c.afterIndex = false
		return
	}
	c.reordered = true
	// Find the closing bracket (an index needs at least three bytes: "[n]").
	end := -1
	if len(format)-c.i >= 3 {
		for j := c.i + 1; j < len(format); j++ {
			if format[j] == ']' {
				end = j
				break
			}
		}
	}
	if end < 0 {
		// No index here: skip the '[' only.
		c.i++
		c.indexOK = false
		c.afterIndex = false
		return
	}
	n, ok, stop := parseNumber(format, c.i+1, end)
	c.i = end + 1
	if !ok || stop != end {
		c.indexOK = false
		c.afterIndex = false
		return
	}
	if n-1 < 0 || n-1 >= len(c.args) {
		c.indexOK = false
		c.afterIndex = true
		return
	}
	c.argNum = n - 1
	c.afterIndex = true
}

// number reads a decimal number at the cursor.
func (c *directiveCursor) number() (int, bool) {
	n, ok, stop := parseNumber(c.format, c.i, len(c.format))
	c.i = stop
	return n, ok
}

// parseNumber reads the decimal digits of s[start:end] from start: the number, whether there
// were digits, and where they stopped. An absurdly long number is not a number.
func parseNumber(s string, start, end int) (n int, ok bool, stop int) {
	if start >= end {
		return 0, false, end
	}
	stop = start
	for stop < end && '0' <= s[stop] && s[stop] <= '9' {
		if n > maxWidth || n < -maxWidth {
			return 0, false, end
		}
		n = n*10 + int(s[stop]-'0')
		ok = true
		stop++
	}
	return n, ok, stop
}

// intOperand takes the next operand as a '*' width or precision: any integer type whose value
// fits an int and is not too large.
func (c *directiveCursor) intOperand() (int, bool) {
	if c.argNum >= len(c.args) {
		return 0, false
	}
	arg := c.args[c.argNum]
	c.argNum++
	n, ok := arg.(int)
	if !ok {
		switch v := reflect.ValueOf(arg); v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			x := v.Int()
			if int64(int(x)) == x {
				n, ok = int(x), true
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			x := v.Uint()
			if int64(x) >= 0 {
				n, ok = int(x), true
			}
		}
	}
	if n > maxWidth || n < -maxWidth {
		return 0, false
	}
	return n, ok
}

// reportExtra appends "%!(EXTRA type=value, ...)" for operands no directive used.
func (p *printer) reportExtra(extra []interface{}) {
	p.spec = spec{}
	p.out = append(p.out, "%!(EXTRA "...)
	for i, arg := range extra {
		if i > 0 {
			p.out = append(p.out, ", "...)
		}
		if arg == nil {
			p.out = append(p.out, "<nil>"...)
			continue
		}
		p.out = append(p.out, reflect.TypeOf(arg).String()...)
		p.out = append(p.out, '=')
		p.printArg(arg, 'v')
	}
	p.out = append(p.out, ')')
}
