package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Map returns a new slice holding mapping applied to each rune of s (an invalid byte being passed
// as U+FFFD), dropping those mapped to a negative value. The result is never nil.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := runeAt(s[i:])
		i += n
		r = mapping(r)
		if r < 0 {
			continue
		}
		size := utf8.RuneLen(r)
		if size < 0 {
			size = 3 // encoded as U+FFFD
		}
		if len(out)+size > cap(out) {
			// Grow to twice the capacity plus room for one rune.
			bigger := make([]byte, len(out), 2*cap(out)+utf8.UTFMax)
			copy(bigger, out)
			out = bigger
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// asciiCase returns a copy of s with the ASCII letters in [lo, hi] shifted by delta, and whether s
// was all ASCII (when it is not, nothing is returned).
func asciiCase(s []byte, lo, hi byte, delta int) ([]byte, bool) {
	changes := false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return nil, false
		}
		changes = changes || lo <= c && c <= hi
	}
	if !changes {
		return append([]byte(""), s...), true
	}
	out := make([]byte, len(s))
	for i, c := range s {
		if lo <= c && c <= hi {
			c = byte(int(c) + delta)
		}
		out[i] = c
	}
	return out, true
}

// ToUpper returns a copy of s with every letter mapped to upper case.
func ToUpper(s []byte) []byte {
	if out, ok := asciiCase(s, 'a', 'z', 'A'-'a'); ok {
		return out
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns a copy of s with every letter mapped to lower case.
func ToLower(s []byte) []byte {
	if out, ok := asciiCase(s, 'A', 'Z', 'a'-'A'); ok {
		return out
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns a copy of s with every letter mapped to title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial, ToLowerSpecial and ToTitleSpecial use c's mappings first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid bytes replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBad := false
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			out = append(out, s[i])
			i++
			inBad = false
			continue
		}
		_, n := utf8.DecodeRune(s[i:])
		if n == 1 {
			if !inBad {
				out = append(out, replacement...)
				inBad = true
			}
			i++
			continue
		}
		out = append(out, s[i:i+n]...)
		i += n
		inBad = false
	}
	return out
}

// wordBreak reports whether r ends a word for Title.
func wordBreak(r rune) bool {
	if r <= 0x7F {
		alnum := '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || r == '_'
		return !alnum
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title returns a copy of s with the first letter of each word mapped to title case (deprecated in
// gc, kept for its users).
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		first := wordBreak(prev)
		prev = r
		if first {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// EqualFold reports whether s and t, read as UTF-8, are equal under simple Unicode case folding.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		sr, sn := runeAt(s)
		tr, tn := runeAt(t)
		s, t = s[sn:], t[tn:]
		if sr == tr {
			continue
		}
		if tr < sr {
			sr, tr = tr, sr
		}
		if tr < utf8.RuneSelf {
			if 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A' {
				continue
			}
			return false
		}
		// Follow sr's fold orbit (ascending, then wrapping) looking for tr.
		r := unicode.SimpleFold(sr)
		for r != sr && r < tr {
			r = unicode.SimpleFold(r)
		}
		if r != tr {
			return false
		}
	}
	return len(s) == len(t)
}
