package bytes

import (
	"unicode"
	"unicode/utf8"
)

// Pieces returned by the splitting functions are capped at their length, so appending to one never
// overwrites the bytes that follow it in s.

// explode splits s into one piece per rune (an invalid byte being a piece of its own), at most n
// (when n > 0) with the last holding the rest.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	pieces := make([][]byte, 0, n)
	for len(s) > 0 {
		if len(pieces)+1 >= n {
			pieces = append(pieces, s)
			break
		}
		_, size := utf8.DecodeRune(s)
		pieces = append(pieces, s[:size:size])
		s = s[size:]
	}
	return pieces
}

// splitAround splits s at each sep, keeping keep bytes of sep in each piece, into at most n pieces
// (all for n < 0, none for n == 0).
func splitAround(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	pieces := make([][]byte, 0, n)
	for len(pieces) < n-1 {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		end := m + keep
		pieces = append(pieces, s[:end:end])
		s = s[m+len(sep):]
	}
	return append(pieces, s)
}

// SplitN splits s around sep into at most n pieces (all for n < 0, none for n == 0).
func SplitN(s, sep []byte, n int) [][]byte { return splitAround(s, sep, 0, n) }

// SplitAfterN is SplitN keeping each sep at the end of its piece.
func SplitAfterN(s, sep []byte, n int) [][]byte { return splitAround(s, sep, len(sep), n) }

// Split splits s around every sep; with an empty sep, into runes.
func Split(s, sep []byte) [][]byte { return splitAround(s, sep, 0, -1) }

// SplitAfter is Split keeping each sep at the end of its piece.
func SplitAfter(s, sep []byte) [][]byte { return splitAround(s, sep, len(sep), -1) }

// Fields splits s around runs of white space (unicode.IsSpace); the result is never nil.
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around runs of runes satisfying f; the result is never nil.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	var bounds []int // start, end pairs
	start := -1
	for i := 0; i < len(s); {
		r, n := runeAt(s[i:])
		if f(r) {
			if start >= 0 {
				bounds = append(bounds, start, i)
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		bounds = append(bounds, start, len(s))
	}
	fields := make([][]byte, len(bounds)/2)
	for k := range fields {
		from, to := bounds[2*k], bounds[2*k+1]
		fields[k] = s[from:to:to]
	}
	return fields
}

// Join concatenates s with sep between the elements into a new slice (never nil).
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	size := len(sep) * (len(s) - 1)
	for _, e := range s {
		size += len(e)
	}
	out := make([]byte, 0, size)
	out = append(out, s[0]...)
	for _, e := range s[1:] {
		out = append(out, sep...)
		out = append(out, e...)
	}
	return out
}

// Repeat is count copies of b; it panics for a negative count or an overflowing length.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		out = append(out, b...)
	}
	return out
}

// Replace is a copy of s with the first n non-overlapping instances of old replaced by new (all
// for n < 0). An empty old matches at the start and after each rune.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	out := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	from := 0
	for i := 0; i < n; i++ {
		at := from
		if len(old) == 0 {
			if i > 0 {
				_, size := utf8.DecodeRune(s[from:])
				at += size
			}
		} else {
			at += Index(s[from:], old)
		}
		out = append(out, s[from:at]...)
		out = append(out, new...)
		from = at + len(old)
	}
	return append(out, s[from:]...)
}

// ReplaceAll replaces every non-overlapping instance of old by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// Runes is s decoded into runes (an invalid byte becoming U+FFFD).
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		out = append(out, r)
		s = s[n:]
	}
	return out
}
