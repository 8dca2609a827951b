package fmt

import "unicode/utf8"

// spec is what a directive such as "%-+#08.3x" asks for besides its verb: the flags, the width
// and the precision. The routines that format one value (number.go, text.go) read it and append
// to out, padding to the width.
type spec struct {
	minus, plus, sharp, space, zero bool
	hasWidth, hasPrec               bool
	width, prec                     int

	// %+v and %#v are formats of their own rather than %v with flags: the printer moves the plus
	// and sharp flags here for the v verb.
	plusV, sharpV bool
}

const (
	lowerHex = "0123456789abcdefx"
	upperHex = "0123456789ABCDEFX"
)

// padding appends n fill bytes: zeros when the zero flag is on, else spaces.
func (s *spec) padding(out []byte, n int) []byte {
	fill := byte(' ')
	if s.zero {
		fill = '0'
	}
	for ; n > 0; n-- {
		out = append(out, fill)
	}
	return out
}

// padBytes appends b, filled to the width (counted in runes) on the left, or on the right for
// the minus flag.
func (s *spec) padBytes(out []byte, b []byte) []byte {
	if !s.hasWidth || s.width == 0 {
		return append(out, b...)
	}
	fill := s.width - utf8.RuneCount(b)
	if s.minus {
		out = append(out, b...)
		return s.padding(out, fill)
	}
	out = s.padding(out, fill)
	return append(out, b...)
}

func (s *spec) padString(out []byte, str string) []byte {
	if !s.hasWidth || s.width == 0 {
		return append(out, str...)
	}
	fill := s.width - utf8.RuneCountInString(str)
	if s.minus {
		out = append(out, str...)
		return s.padding(out, fill)
	}
	out = s.padding(out, fill)
	return append(out, str...)
}

// padNoZero pads with spaces even under the zero flag (for text that is not a number, or numbers
// whose zeros were already placed as digits).
func (s *spec) padNoZero(out []byte, b []byte) []byte {
	z := s.zero
	s.zero = false
	out = s.padBytes(out, b)
	s.zero = z
	return out
}

func (s *spec) formatBool(out []byte, v bool) []byte {
	if v {
		return s.padString(out, "true")
	}
	return s.padString(out, "false")
}
