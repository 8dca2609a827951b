package bytes

import "unicode/utf8"

// Index is the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	for i := 0; i+n <= len(s); i++ {
		if s[i] == sep[0] && Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// LastIndex is the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	for i := len(s) - n; i >= 0; i-- {
		if Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// IndexByte is the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndexByte is the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// runeAt decodes the rune starting s (an invalid byte being U+FFFD of width 1).
func runeAt(s []byte) (rune, int) {
	if s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRune(s)
}

// IndexRune is the index of the first r in s, or -1. For utf8.RuneError it finds the first
// invalid byte sequence or U+FFFD; an invalid rune is never found.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, n := runeAt(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	return Index(s, enc[:utf8.EncodeRune(enc[:], r)])
}

// inChars reports whether r is one of the runes of chars (an invalid byte counting as U+FFFD).
func inChars(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny is the index of the first rune of s that is in chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, n := runeAt(s[i:])
		if inChars(chars, r) {
			return i
		}
		i += n
	}
	return -1
}

// LastIndexAny is the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRune(s[:i])
		i -= n
		if inChars(chars, r) {
			return i
		}
	}
	return -1
}

// IndexFunc is the index of the first rune satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc is the index of the last rune satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s []byte, f func(r rune) bool, want bool) int {
	for i := 0; i < len(s); {
		r, n := runeAt(s[i:])
		if f(r) == want {
			return i
		}
		i += n
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, want bool) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRune(s[:i])
		i -= n
		if f(r) == want {
			return i
		}
	}
	return -1
}

// Contains reports whether subslice is in b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any rune of chars is in b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is in b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// Count is the number of non-overlapping instances of sep in s; for an empty sep, one plus the
// number of runes.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Cut slices s around the first instance of sep; without one it is s, nil, false.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}
