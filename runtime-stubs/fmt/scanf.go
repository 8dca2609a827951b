package fmt

import "unicode/utf8"

// Scanf's format: literal text must match the input, spaces match spaces (newlines only
// newlines), and each verb reads the next operand, limited to its width.

// matchText matches the format's literal text and spaces at the start of format against the
// input, returning how many bytes of format it used: 0 at a verb (or when input ran out), -1
// when the input does not match.
func (s *scanner) matchText(format string) int {
	i := 0
	for i < len(format) {
		fc, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(fc) {
			// A run of format space: its newlines must each meet a newline (after spaces) in the
			// input; other space must meet at least one space, unless it follows a newline.
			newlines := 0
			trailing := false
			for i < len(format) && isSpace(fc) {
				if fc == '\n' {
					newlines++
					trailing = false
				} else {
					trailing = true
				}
				i += w
				fc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				r := s.next()
				for isSpace(r) && r != '\n' {
					r = s.next()
				}
				if r != '\n' && r != eof {
					s.failText("newline in format does not match input")
				}
			}
			if trailing {
				r := s.next()
				if newlines == 0 {
					if !isSpace(r) && r != eof {
						s.failText("expected space in input to match format")
					}
					if r == '\n' {
						s.failText("newline in input does not match format")
					}
				}
				for isSpace(r) && r != '\n' {
					r = s.next()
				}
				if r != eof {
					s.UnreadRune()
				}
			}
			continue
		}
		if fc == '%' {
			if i+w == len(format) {
				s.failText("missing verb: % at end of format string")
			}
			if next, _ := utf8.DecodeRuneInString(format[i+w:]); next != '%' {
				return i
			}
			i += w // %% is a literal percent
		}
		r := s.mustNext()
		if r != fc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return i
}

// scanFormat is Scanf: operands as the format's verbs say, text and spaces matched.
func (s *scanner) scanFormat(format string, a []interface{}) (n int, err error) {
	defer recoverFailure(&err)
	last := len(format) - 1
	for i := 0; i <= last; {
		used := s.matchText(format[i:])
		if used > 0 {
			i += used
			continue
		}
		if format[i] != '%' {
			if used < 0 {
				s.failText("input does not match format")
			}
			break // out of input
		}
		i++
		// An optional width limits the runes the operand may use.
		width, ok, stop := parseNumber(format, i, last)
		i = stop
		if !ok {
			width = noWidth
		}
		verb, w := utf8.DecodeRuneInString(format[i:])
		i += w
		if verb != 'c' {
			s.SkipSpace()
		}
		if verb == '%' {
			s.SkipSpace()
			s.requireInput()
			if !s.accept("%") {
				s.failText("missing literal %")
			}
			continue
		}
		s.width = width
		s.limit = noWidth
		if width != noWidth {
			s.limit = s.count + width
		}
		if n >= len(a) {
			s.failText("too few operands for format '%" + format[i-w:] + "'")
		}
		s.scanOne(verb, a[n])
		n++
		s.width, s.limit = noWidth, noWidth
	}
	if n < len(a) {
		s.failText("too many operands")
	}
	return n, nil
}
