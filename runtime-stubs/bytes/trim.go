package bytes

import "unicode"

// The trimming functions return subslices of s. Those that trim on the left return nil when
// nothing is left; those trimming only on the right return s[:0].

// TrimLeftFunc drops the leading runes satisfying f.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc drops the trailing runes satisfying f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	end := 0
	if i := lastIndexFunc(s, f, false); i >= 0 {
		_, n := runeAt(s[i:])
		end = i + n
	}
	return s[:end]
}

// TrimFunc drops the leading and trailing runes satisfying f.
func TrimFunc(s []byte, f func(r rune) bool) []byte { return TrimRightFunc(TrimLeftFunc(s, f), f) }

// TrimSpace drops leading and trailing white space.
func TrimSpace(s []byte) []byte { return TrimFunc(s, unicode.IsSpace) }

func cutsetHas(cutset string) func(rune) bool {
	return func(r rune) bool { return inChars(cutset, r) }
}

// Trim drops the leading and trailing runes contained in cutset.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimFunc(s, cutsetHas(cutset))
}

// TrimLeft drops the leading runes contained in cutset.
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, cutsetHas(cutset))
}

// TrimRight drops the trailing runes contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, cutsetHas(cutset))
}

// TrimPrefix is s without the leading prefix, if s has it.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix is s without the trailing suffix, if s has it.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
