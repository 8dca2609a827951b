package fmt

import (
	"strconv"
	"unicode/utf8"
)

// Text: strings and byte slices as text, as hex dumps and quoted; integers as characters.

// truncString cuts s to the precision, counted in runes.
func (s *spec) truncString(str string) string {
	if !s.hasPrec {
		return str
	}
	n := 0
	for i := range str {
		if n == s.prec {
			return str[:i]
		}
		n++
	}
	return str
}

// formatString appends %s of str.
func (s *spec) formatString(out []byte, str string) []byte {
	return s.padString(out, s.truncString(str))
}

// formatBytesText appends %s of b.
func (s *spec) formatBytesText(out []byte, b []byte) []byte {
	if s.hasPrec {
		n := 0
		for i := 0; i < len(b); {
			if n == s.prec {
				b = b[:i]
				break
			}
			_, w := utf8.DecodeRune(b[i:])
			i += w
			n++
		}
	}
	return s.padBytes(out, b)
}

// formatHexText appends %x or %X of a string's or byte slice's bytes (str when b is nil): two
// digits a byte, up to the precision in bytes; the space flag separates bytes, and the sharp flag
// adds 0x (to each byte when separated).
func (s *spec) formatHexText(out []byte, str string, b []byte, digits string) []byte {
	n := len(str)
	if b != nil {
		n = len(b)
	}
	if s.hasPrec && s.prec < n {
		n = s.prec
	}
	if n == 0 {
		if s.hasWidth {
			out = s.padding(out, s.width)
		}
		return out
	}
	size := 2 * n
	if s.space {
		if s.sharp {
			size *= 2
		}
		size += n - 1
	} else if s.sharp {
		size += 2
	}
	if s.hasWidth && s.width > size && !s.minus {
		out = s.padding(out, s.width-size)
	}
	if s.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if s.space && i > 0 {
			out = append(out, ' ')
			if s.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = str[i]
		}
		out = append(out, digits[c>>4], digits[c&0xF])
	}
	if s.hasWidth && s.width > size && s.minus {
		out = s.padding(out, s.width-size)
	}
	return out
}

// formatQuoted appends %q of str: a double-quoted Go string (ASCII only with the plus flag), or
// with the sharp flag a back-quoted one when str can be written that way.
func (s *spec) formatQuoted(out []byte, str string) []byte {
	str = s.truncString(str)
	if s.sharp && strconv.CanBackquote(str) {
		return s.padString(out, "`"+str+"`")
	}
	if s.plus {
		return s.padBytes(out, strconv.AppendQuoteToASCII(nil, str))
	}
	return s.padBytes(out, strconv.AppendQuote(nil, str))
}

// formatChar appends %c of c (U+FFFD when c is not a code point).
func (s *spec) formatChar(out []byte, c uint64) []byte {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	return s.padBytes(out, utf8.AppendRune(nil, r))
}

// formatQuotedChar appends %q of c: a single-quoted Go character literal.
func (s *spec) formatQuotedChar(out []byte, c uint64) []byte {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if s.plus {
		return s.padBytes(out, strconv.AppendQuoteRuneToASCII(nil, r))
	}
	return s.padBytes(out, strconv.AppendQuoteRune(nil, r))
}
