package unicode

// Bits of the latin1 properties table (tables.go).
const (
	pC     = 1 << iota // a control character
	pP                 // punctuation
	pN                 // a number
	pS                 // a symbol
	pZ                 // a space separator
	pLu                // an upper case letter
	pLl                // a lower case letter
	pg                 // graphic: a letter, mark, number, punctuation, symbol or space separator
	pLmask = pLu | pLl
)

func latin1Props(r rune) uint8 { return latin1[r] }

// IsGraphic reports whether r is a graphic character: a letter, mark, number, punctuation, symbol
// or space separator (Zs).
func IsGraphic(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pg != 0
	}
	return In(r, GraphicRanges...)
}

// IsPrint is IsGraphic except that the only space character is U+0020.
func IsPrint(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pg != 0 && (r == ' ' || latin1Props(r)&pZ == 0)
	}
	return In(r, PrintRanges...)
}

// IsControl reports whether r is a control character (category Cc, all below U+0100).
func IsControl(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pC != 0
	}
	return false
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pLmask != 0 || r == 0xAA || r == 0xBA // ª and º are Lo
	}
	return Is(Letter, r)
}

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool { return Is(Mark, r) } // there are none in Latin-1

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pN != 0
	}
	return Is(Number, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if r <= MaxLatin1 {
		return '0' <= r && r <= '9'
	}
	return Is(Digit, r)
}

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pP != 0
	}
	return Is(Punct, r)
}

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pS != 0
	}
	return Is(Symbol, r)
}

// IsSpace reports whether r is white space: in Latin-1 '\t', '\n', '\v', '\f', '\r', ' ', U+0085
// (NEL) and U+00A0 (NBSP); elsewhere the White_Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	return Is(White_Space, r)
}

// IsUpper reports whether r is an upper case letter (category Lu).
func IsUpper(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pLmask == pLu
	}
	return Is(Upper, r)
}

// IsLower reports whether r is a lower case letter (category Ll).
func IsLower(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		return latin1Props(r)&pLmask == pLl
	}
	return Is(Lower, r)
}

// IsTitle reports whether r is a title case letter (category Lt).
func IsTitle(r rune) bool {
	if r <= MaxLatin1 {
		return false
	}
	return Is(Title, r)
}
