package fmt

import (
	"strconv"
	"unicode/utf8"
)

// Numbers: integers in any base, floats and complex numbers, with signs, prefixes and padding.

// formatInt appends the integer u (the two's-complement bits of a negative number when signed)
// in base 2, 8, 10 or 16. Precision asks for a minimum number of digits; the zero flag with a
// width fills the width with leading zeros (after the sign), unless a precision is given.
func (s *spec) formatInt(out []byte, u uint64, base int, signed bool, verb rune, digits string) []byte {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	minDigits := 0
	if s.hasPrec {
		minDigits = s.prec
		if minDigits == 0 && u == 0 {
			// %.0d of zero prints no digits, only the padding.
			z := s.zero
			s.zero = false
			out = s.padding(out, s.width)
			s.zero = z
			return out
		}
	} else if s.zero && s.hasWidth {
		minDigits = s.width
		if neg || s.plus || s.space {
			minDigits-- // the sign takes one column
		}
	}

	// Digits right to left into a scratch buffer big enough for 64 binary digits, the prefixes
	// and any precision.
	n := 68
	if s.hasWidth || s.hasPrec {
		if w := s.width + s.prec + 3; w > n {
			n = w
		}
	}
	var small [68]byte
	var buf []byte
	if n <= len(small) {
		buf = small[:]
	} else {
		buf = make([]byte, n)
	}
	i := len(buf)
	b := uint64(base)
	for u >= b {
		i--
		buf[i] = digits[u%b]
		u /= b
	}
	i--
	buf[i] = digits[u]
	for i > 0 && len(buf)-i < minDigits {
		i--
		buf[i] = '0'
	}

	if s.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	switch {
	case neg:
		i--
		buf[i] = '-'
	case s.plus:
		i--
		buf[i] = '+'
	case s.space:
		i--
		buf[i] = ' '
	}
	// Zeros asked for by the zero flag are already digits: pad the rest with spaces.
	return s.padNoZero(out, buf[i:])
}

// formatHex64 appends v in lower-case hex, with a 0x prefix when prefix is set (pointers, %#v of
// unsigned integers).
func (s *spec) formatHex64(out []byte, v uint64, prefix bool) []byte {
	sharp := s.sharp
	s.sharp = prefix
	out = s.formatInt(out, v, 16, false, 'v', lowerHex)
	s.sharp = sharp
	return out
}

// formatUnicode appends "U+0078", or "U+0078 'x'" with the sharp flag for a printable rune.
// Precision is the minimum number of hex digits (4 by default).
func (s *spec) formatUnicode(out []byte, u uint64) []byte {
	digits := 4
	if s.hasPrec && s.prec > 4 {
		digits = s.prec
	}
	var hex []byte
	for v := u; ; v >>= 4 {
		hex = append(hex, upperHex[v&0xF])
		if v < 16 {
			break
		}
	}
	b := make([]byte, 0, 2+digits+len(hex)+8)
	b = append(b, 'U', '+')
	for n := len(hex); n < digits; n++ {
		b = append(b, '0')
	}
	for j := len(hex) - 1; j >= 0; j-- {
		b = append(b, hex[j])
	}
	if s.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		b = append(b, ' ', '\'')
		b = utf8.AppendRune(b, rune(u))
		b = append(b, '\'')
	}
	return s.padNoZero(out, b)
}

// formatFloat appends v formatted by verb ('e', 'E', 'f', 'g', 'G', 'b', 'x', 'X') with
// precision prec (-1: the shortest that reads back as the same float of the given bit size),
// unless the directive gives a precision.
func (s *spec) formatFloat(out []byte, v float64, bits int, verb rune, prec int) []byte {
	if s.hasPrec {
		prec = s.prec
	}
	// num is the number with a leading sign, '+' when the number has none.
	num := strconv.AppendFloat(make([]byte, 1, 32), v, byte(verb), prec, bits)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if s.space && num[0] == '+' && !s.plus {
		num[0] = ' '
	}
	// Infinities and NaN are not padded with zeros, and NaN has no sign unless asked for.
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !s.space && !s.plus {
			num = num[1:]
		}
		return s.padNoZero(out, num)
	}
	if s.sharp && verb != 'b' {
		num = keepPointAndZeros(num, verb, prec)
	}
	if s.plus || num[0] != '+' {
		// With zero padding the sign goes before the zeros.
		if s.zero && s.hasWidth && s.width > len(num) {
			out = append(out, num[0])
			out = s.padding(out, s.width-len(num))
			return append(out, num[1:]...)
		}
		return s.padBytes(out, num)
	}
	return s.padBytes(out, num[1:])
}

// keepPointAndZeros implements the sharp flag of float verbs: the number always has a decimal
// point, and %#g/%#v/%#x keep trailing zeros up to the precision (6 by default) significant
// digits. num starts with its sign.
func keepPointAndZeros(num []byte, verb rune, prec int) []byte {
	want := 0
	switch verb {
	case 'v', 'g', 'G', 'x':
		want = prec
		if want == -1 {
			want = 6
		}
	}
	// Split off the exponent ("e+05", "p-03"); a hex mantissa's digits may include 'e'.
	var exp []byte
	mant := num
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			exp = append(exp, num[i:]...)
			mant = num[:i]
			break
		}
	}
	hasPoint := false
	nonzero := false
	for i := 1; i < len(mant); i++ {
		c := mant[i]
		if c == '.' {
			hasPoint = true
			continue
		}
		if c != '0' {
			nonzero = true
		}
		if nonzero {
			want-- // a significant digit already there
		}
	}
	if !hasPoint {
		if len(mant) == 2 && mant[1] == '0' {
			want-- // the lone zero counts as a digit
		}
		mant = append(mant, '.')
	}
	for ; want > 0; want-- {
		mant = append(mant, '0')
	}
	return append(mant, exp...)
}
