package fmt

import (
	"io"
	"math"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// Reading one operand: booleans, integers in any base, floats, complex numbers, strings (words,
// quoted, hex), named types of those kinds through reflect, and Scanner implementations.

func (s *scanner) checkVerb(verb rune, verbs, what string) bool {
	if containsRune(verbs, verb) {
		return true
	}
	s.failText("bad verb '%" + string(verb) + "' for " + what)
	return false
}

func (s *scanner) scanBool(verb rune) bool {
	s.SkipSpace()
	s.requireInput()
	s.checkVerb(verb, "tv", "boolean")
	// Any case; a word starting like true or false must be complete.
	switch s.next() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.failText("syntax error scanning boolean")
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.failText("syntax error scanning boolean")
		}
		return false
	}
	return false
}

const (
	binDigits = "01"
	octDigits = "01234567"
	decDigits = "0123456789"
	hexDigits = "0123456789aAbBcCdDeEfF"
)

// numberBase is the base and digit set a verb reads integers in.
func (s *scanner) numberBase(verb rune) (int, string) {
	s.checkVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binDigits
	case 'o':
		return 8, octDigits
	case 'x', 'X', 'U':
		return 16, hexDigits
	}
	return 10, decDigits
}

// prefixedBase reads %v's optional base prefix (0b, 0o, 0x, or a leading 0 for octal); base 0
// lets strconv read the prefix from the token.
func (s *scanner) prefixedBase() (digits string, sawZero bool) {
	if !s.peekIs("0") {
		return decDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peekIs("bB"):
		s.accept("bB")
		return binDigits + "_", true
	case s.peekIs("oO"):
		s.accept("oO")
		return octDigits + "_", true
	case s.peekIs("xX"):
		s.accept("xX")
		return hexDigits + "_", true
	}
	return octDigits + "_", true
}

// digitsToken reads a run of digits (at least one unless some were read already).
func (s *scanner) digitsToken(digits string, haveDigits bool) string {
	if !haveDigits {
		s.requireInput()
		if !s.accept(digits) {
			s.failText("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.token)
}

// scanChar reads one rune as an integer (%c), which must fit in bits.
func (s *scanner) scanChar(bits int) int64 {
	s.requireInput()
	r := s.next()
	shift := uint(64 - bits)
	if int64(r)<<shift>>shift != int64(r) {
		s.failText("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanChar(bits)
	}
	s.SkipSpace()
	s.requireInput()
	base, digits := s.numberBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.skipIf("U") || !s.skipIf("+") {
			s.failText("bad unicode format ")
		}
	} else {
		s.accept("+-")
		if verb == 'v' {
			base = 0
			digits, haveDigits = s.prefixedBase()
		}
	}
	tok := s.digitsToken(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := uint(64 - bits)
	if i<<shift>>shift != i {
		s.failText("integer overflow on token " + tok)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanChar(bits))
	}
	s.SkipSpace()
	s.requireInput()
	base, digits := s.numberBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.skipIf("U") || !s.skipIf("+") {
			s.failText("bad unicode format ")
		}
	} else if verb == 'v' {
		base = 0
		digits, haveDigits = s.prefixedBase()
	}
	tok := s.digitsToken(digits, haveDigits)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.fail(err)
	}
	shift := uint(64 - bits)
	if u<<shift>>shift != u {
		s.failText("unsigned integer overflow on token " + tok)
	}
	return u
}

// floatToken reads what looks like a float (strconv checks the details): NaN, Inf, decimal or
// hex mantissas with exponents, underscores.
func (s *scanner) floatToken() string {
	s.token = s.token[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.token)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.token)
	}
	digits, exp := decDigits+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		digits, exp = hexDigits+"_", "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(decDigits + "_") {
		}
	}
	return string(s.token)
}

// parseFloat converts a float token; a decimal mantissa may have a binary exponent ("1.5p3").
func (s *scanner) parseFloat(tok string, bits int) float64 {
	p := -1
	hex := false
	for i := 0; i < len(tok); i++ {
		switch tok[i] {
		case 'p':
			if p < 0 {
				p = i
			}
		case 'x', 'X':
			hex = true
		}
	}
	if p >= 0 && !hex {
		f, err := strconv.ParseFloat(tok[:p], bits)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = tok
			}
			s.fail(err)
		}
		e, err := strconv.Atoi(tok[p+1:])
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok {
				ne.Num = tok
			}
			s.fail(err)
		}
		return math.Ldexp(f, e)
	}
	f, err := strconv.ParseFloat(tok, bits)
	if err != nil {
		s.fail(err)
	}
	return f
}

const floatVerbs = "beEfFgGv"

func (s *scanner) scanFloat(verb rune, bits int) float64 {
	s.checkVerb(verb, floatVerbs, "float"+strconv.Itoa(bits))
	s.SkipSpace()
	s.requireInput()
	return s.parseFloat(s.floatToken(), bits)
}

// scanComplex reads (re+imi) or re+imi.
func (s *scanner) scanComplex(verb rune, bits int) complex128 {
	s.checkVerb(verb, floatVerbs, "complex")
	s.SkipSpace()
	s.requireInput()
	parens := s.accept("(")
	re := s.floatToken()
	s.token = s.token[:0]
	if !s.accept("+-") {
		s.failText("syntax error scanning complex number")
	}
	sign := string(s.token)
	im := s.floatToken()
	if !s.accept("i") || parens && !s.accept(")") {
		s.failText("syntax error scanning complex number")
	}
	return complex(s.parseFloat(re, bits/2), s.parseFloat(sign+im, bits/2))
}

// scanString reads a word (%s %v), a quoted string (%q) or hex digit pairs (%x %X).
func (s *scanner) scanString(verb rune) string {
	s.checkVerb(verb, "svqxX", "string")
	s.SkipSpace()
	s.requireInput()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return string(s.readToken(true, notSpace))
}

func (s *scanner) quotedString() string {
	s.requireInput()
	switch quote := s.next(); quote {
	case '`':
		for {
			r := s.mustNext()
			if r == '`' {
				return string(s.token)
			}
			s.token = utf8.AppendRune(s.token, r)
		}
	case '"':
		s.token = append(s.token, '"')
		for {
			r := s.mustNext()
			s.token = utf8.AppendRune(s.token, r)
			if r == '\\' {
				// Only the rune right after a backslash can be a quote or backslash itself.
				s.token = utf8.AppendRune(s.token, s.mustNext())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.token))
		if err != nil {
			s.fail(err)
		}
		return str
	}
	s.failText("expected quoted string")
	return ""
}

func hexValue(r rune) (byte, bool) {
	switch {
	case '0' <= r && r <= '9':
		return byte(r - '0'), true
	case 'a' <= r && r <= 'f':
		return byte(r - 'a' + 10), true
	case 'A' <= r && r <= 'F':
		return byte(r - 'A' + 10), true
	}
	return 0, false
}

func (s *scanner) hexString() string {
	s.requireInput()
	for {
		r := s.next()
		if r == eof {
			break
		}
		hi, ok := hexValue(r)
		if !ok {
			s.UnreadRune()
			break
		}
		lo, ok := hexValue(s.mustNext())
		if !ok {
			s.failText("illegal hex digit")
		}
		s.token = append(s.token, hi<<4|lo)
	}
	if len(s.token) == 0 {
		s.failText("no hex data for %x string")
	}
	return string(s.token)
}

// scanOne reads one operand for verb into the variable arg points to.
func (s *scanner) scanOne(verb rune, arg interface{}) {
	s.token = s.token[:0]
	if sc, ok := arg.(Scanner); ok {
		if err := sc.Scan(s, verb); err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.fail(err)
		}
		return
	}
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32))
	case *float64:
		*v = s.scanFloat(verb, 64)
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *string:
		*v = s.scanString(verb)
	case *[]byte:
		*v = []byte(s.scanString(verb))
	default:
		s.scanReflect(verb, arg)
	}
}

// scanReflect handles pointers to named types of the basic kinds.
func (s *scanner) scanReflect(verb rune, arg interface{}) {
	ptr := reflect.ValueOf(arg)
	if ptr.Kind() != reflect.Pointer {
		s.failText("type not a pointer: " + ptr.Type().String())
	}
	v := ptr.Elem()
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(s.scanBool(verb))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(s.scanInt(verb, v.Type().Bits()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(s.scanUint(verb, v.Type().Bits()))
	case reflect.String:
		v.SetString(s.scanString(verb))
	case reflect.Float32, reflect.Float64:
		s.SkipSpace()
		s.requireInput()
		v.SetFloat(s.parseFloat(s.floatToken(), v.Type().Bits()))
	case reflect.Complex64, reflect.Complex128:
		v.SetComplex(s.scanComplex(verb, v.Type().Bits()))
	case reflect.Slice:
		if v.Type().Elem().Kind() != reflect.Uint8 {
			s.failText("can't scan type: " + ptr.Type().String())
		}
		str := s.scanString(verb)
		b := reflect.MakeSlice(v.Type(), len(str), len(str))
		for i := 0; i < len(str); i++ {
			b.Index(i).SetUint(uint64(str[i]))
		}
		v.Set(b)
	default:
		s.failText("can't scan type: " + ptr.Type().String())
	}
}
