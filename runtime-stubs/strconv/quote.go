package strconv

import (
	"unicode"
	"unicode/utf8"
)

const lowerhex = "0123456789abcdef"
const upperhex = "0123456789ABCDEF"

// Quote is s as a double-quoted Go string literal, with Go escapes for control characters,
// non-printable characters (as IsPrint defines) and invalid UTF-8 bytes.
func Quote(s string) string { return string(appendQuoted(nil, s, '"', false, false)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', false, false) }

// QuoteToASCII is Quote with every non-ASCII character escaped too.
func QuoteToASCII(s string) string { return string(appendQuoted(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', true, false)
}

// QuoteToGraphic is Quote keeping graphic characters (IsGraphic, e.g. non-ASCII spaces) as is.
func QuoteToGraphic(s string) string { return string(appendQuoted(nil, s, '"', false, true)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', false, true)
}

// QuoteRune is r as a single-quoted Go character literal (an invalid rune as '\ufffd'... quoted
// as the replacement character).
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, false, false) }

// QuoteRuneToASCII is QuoteRune with a non-ASCII rune escaped.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRune(nil, r, true, false)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, true, false)
}

// QuoteRuneToGraphic is QuoteRune keeping a graphic rune as is.
func QuoteRuneToGraphic(r rune) string { return string(appendQuotedRune(nil, r, false, true)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false, true)
}

func appendQuoted(dst []byte, s string, quote byte, ascii, graphic bool) []byte {
	dst = append(dst, quote)
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		if width == 1 && r == utf8.RuneError { // an invalid byte
			dst = append(dst, '\\', 'x', lowerhex[s[i]>>4], lowerhex[s[i]&0xF])
			i++
			continue
		}
		dst = appendEscapedRune(dst, r, quote, ascii, graphic)
		i += width
	}
	return append(dst, quote)
}

func appendQuotedRune(dst []byte, r rune, ascii, graphic bool) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	dst = append(dst, '\'')
	dst = appendEscapedRune(dst, r, '\'', ascii, graphic)
	return append(dst, '\'')
}

func appendEscapedRune(dst []byte, r rune, quote byte, ascii, graphic bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(dst, '\\', byte(r))
	}
	if ascii {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(dst, byte(r))
		}
	} else if IsPrint(r) || graphic && IsGraphic(r) {
		return utf8.AppendRune(dst, r)
	}
	switch r {
	case '\a':
		return append(dst, '\\', 'a')
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	case '\v':
		return append(dst, '\\', 'v')
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(dst, '\\', 'x', lowerhex[byte(r)>>4], lowerhex[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = 0xFFFD
		fallthrough
	case r < 0x10000:
		dst = append(dst, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			dst = append(dst, lowerhex[r>>uint(s)&0xF])
		}
	default:
		dst = append(dst, '\\', 'U')
		for s := 28; s >= 0; s -= 4 {
			dst = append(dst, lowerhex[r>>uint(s)&0xF])
		}
	}
	return dst
}

// CanBackquote reports whether s can be a raw string literal unchanged: valid UTF-8 without
// control characters other than tab, without backquotes and byte order marks.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, width := utf8.DecodeRuneInString(s)
		s = s[width:]
		if width > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError {
			return false
		}
		if (r < ' ' && r != '\t') || r == '`' || r == '\u007F' {
			return false
		}
	}
	return true
}

func unhex(b byte) (v rune, ok bool) {
	c := rune(b)
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of s, the body of a literal quoted
// with quote (a quote character itself is an error unescaped). It returns the value, whether it
// needs a multibyte UTF-8 encoding, and the rest of s.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	switch c := s[0]; {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, size := utf8.DecodeRuneInString(s)
		return r, true, s[size:], nil
	case c != '\\':
		return rune(s[0]), false, s[1:], nil
	}
	if len(s) <= 1 {
		return 0, false, "", ErrSyntax
	}
	c := s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			x, ok := unhex(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | x
		}
		s = s[n:]
		if c == 'x' { // a single byte
			value = v
			break
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		value = v
		multibyte = true
	case '0', '1', '2', '3', '4', '5', '6', '7':
		v := rune(c) - '0'
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			x := rune(s[j]) - '0'
			if x < 0 || x > 7 {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | x
		}
		s = s[2:]
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		value = v
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// QuotedPrefix is the quoted string (as Unquote understands it) at the start of s.
func QuotedPrefix(s string) (string, error) {
	lit, _, err := unquote(s, false)
	return lit, err
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go literal and returns the
// value it stands for (a single-quoted one holds one character).
func Unquote(s string) (string, error) {
	out, rest, err := unquote(s, true)
	if len(rest) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// unquote reads the quoted literal at the start of in and returns its value (when unescape; else
// the literal itself) and the rest of in.
func unquote(in string, unescape bool) (out, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	quote := in[0]
	end := indexByte(in[1:], quote)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // just past the closing quote, if no escape hides an earlier one

	switch quote {
	case '`':
		if !unescape {
			return in[:end], in[end:], nil
		}
		// Carriage returns are dropped from raw strings.
		b := make([]byte, 0, end-2)
		for i := 1; i < end-1; i++ {
			if in[i] != '\r' {
				b = append(b, in[i])
			}
		}
		return string(b), in[end:], nil
	case '"', '\'':
		body := in[1 : end-1]
		if indexByte(body, '\\') < 0 && indexByte(body, '\n') < 0 {
			// Nothing to unescape: the body is the value if it is valid.
			var valid bool
			if quote == '"' {
				valid = utf8.ValidString(body)
			} else {
				r, n := utf8.DecodeRuneInString(body)
				valid = n == len(body) && (r != utf8.RuneError || n != 1)
			}
			if valid {
				if unescape {
					return body, in[end:], nil
				}
				return in[:end], in[end:], nil
			}
		}
		var buf []byte
		s := in[1:]
		for len(s) > 0 && s[0] != quote {
			r, multibyte, tail, err := UnquoteChar(s, quote)
			if s[0] == '\n' || err != nil {
				return "", in, ErrSyntax
			}
			s = tail
			if unescape {
				if r < utf8.RuneSelf || !multibyte {
					buf = append(buf, byte(r))
				} else {
					buf = utf8.AppendRune(buf, r)
				}
			}
			if quote == '\'' {
				break // one character only
			}
		}
		if len(s) == 0 || s[0] != quote {
			return "", in, ErrSyntax
		}
		s = s[1:]
		if unescape {
			return string(buf), s, nil
		}
		return in[:len(in)-len(s)], s, nil
	}
	return "", in, ErrSyntax
}

// IsPrint reports whether r is printable as Go defines it: letters, marks, numbers,
// punctuation, symbols and the ASCII space (unicode.IsPrint).
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic is IsPrint with the other space separators (Zs) too.
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }
