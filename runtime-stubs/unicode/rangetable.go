// Package unicode provides data and functions to test properties of Unicode code points: their
// categories (letter, digit, space...), scripts, and case mappings.
package unicode

import "unsafe"

const (
	MaxRune         = '\U0010FFFF' // the largest valid code point
	ReplacementChar = '\uFFFD'     // what invalid code points stand for
	MaxASCII        = '\u007F'     // the largest ASCII value
	MaxLatin1       = '\u00FF'     // the largest Latin-1 value
)

// A RangeTable is a set of code points: ranges sorted by Lo, not overlapping, those below 0x10000
// in R16 and the others in R32. LatinOffset is the number of R16 ranges with Hi <= MaxLatin1.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
}

// Range16 is the code points Lo, Lo+Stride, ..., up to Hi.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 is Range16 for code points that do not fit in 16 bits.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// stringBytes is the address of s's bytes.
func stringBytes(s string) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(&s)) }

// newTable makes a RangeTable over packed little-endian records (6 bytes per Range16, 12 per
// Range32, see mktables.py): the slices point into the strings' read-only bytes, so the tables
// cost no initialization and no heap. They must not be modified.
func newTable(r16, r32 string, latinOffset int) *RangeTable {
	t := &RangeTable{LatinOffset: latinOffset}
	if len(r16) > 0 {
		*(*sliceHeader)(unsafe.Pointer(&t.R16)) = sliceHeader{stringBytes(r16), len(r16) / 6, len(r16) / 6}
	}
	if len(r32) > 0 {
		*(*sliceHeader)(unsafe.Pointer(&t.R32)) = sliceHeader{stringBytes(r32), len(r32) / 12, len(r32) / 12}
	}
	return t
}

// Is reports whether r is in the table.
func Is(rangeTab *RangeTable, r rune) bool {
	if uint32(r) <= 0xFFFF {
		return in16(rangeTab.R16, uint16(r))
	}
	if len(rangeTab.R32) > 0 && r >= rune(rangeTab.R32[0].Lo) {
		return in32(rangeTab.R32, uint32(r))
	}
	return false
}

// in16 reports whether c is in one of the sorted ranges, by binary search.
func in16(ranges []Range16, c uint16) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		if c < rg.Lo {
			hi = m
		} else if c > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

func in32(ranges []Range32, c uint32) bool {
	lo, hi := 0, len(ranges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		rg := &ranges[m]
		if c < rg.Lo {
			hi = m
		} else if c > rg.Hi {
			lo = m + 1
		} else {
			return rg.Stride == 1 || (c-rg.Lo)%rg.Stride == 0
		}
	}
	return false
}

// In reports whether r is in one of the tables.
func In(r rune, ranges ...*RangeTable) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// IsOneOf is In with the tables as a slice.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, t := range ranges {
		if Is(t, r) {
			return true
		}
	}
	return false
}

// The exported tables (gc's names). Each has type *RangeTable.
var (
	Cc     = _Cc // control characters
	Cf     = _Cf // format characters
	Co     = _Co // private use
	Cs     = _Cs // surrogates
	Digit  = _Nd // decimal digits
	Nd     = _Nd
	Letter = _L // letters, category L
	L      = _L
	Lm     = _Lm
	Lo     = _Lo
	Lower  = _Ll // lower case letters
	Ll     = _Ll
	Mark   = _M // marks, category M
	M      = _M
	Mc     = _Mc
	Me     = _Me
	Mn     = _Mn
	Nl     = _Nl
	No     = _No
	Number = _N // numbers, category N
	N      = _N
	Other  = _C // control and special characters, category C
	C      = _C
	Pc     = _Pc
	Pd     = _Pd
	Pe     = _Pe
	Pf     = _Pf
	Pi     = _Pi
	Po     = _Po
	Ps     = _Ps
	Punct  = _P // punctuation, category P
	P      = _P
	Sc     = _Sc
	Sk     = _Sk
	Sm     = _Sm
	So     = _So
	Space  = _Z // space separators, category Z
	Z      = _Z
	Symbol = _S // symbols, category S
	S      = _S
	Title  = _Lt // title case letters
	Lt     = _Lt
	Upper  = _Lu // upper case letters
	Lu     = _Lu
	Zl     = _Zl
	Zp     = _Zp
	Zs     = _Zs
)

// Scripts (a subset of gc's: the most used ones).
var (
	Arabic     = _Arabic
	Armenian   = _Armenian
	Bengali    = _Bengali
	Common     = _Common
	Cyrillic   = _Cyrillic
	Devanagari = _Devanagari
	Georgian   = _Georgian
	Greek      = _Greek
	Han        = _Han
	Hangul     = _Hangul
	Hebrew     = _Hebrew
	Hiragana   = _Hiragana
	Inherited  = _Inherited
	Katakana   = _Katakana
	Latin      = _Latin
	Thai       = _Thai
)

// Properties (a subset of gc's).
var White_Space = _White_Space

// GraphicRanges are the categories of graphic characters; PrintRanges those of printable ones
// (where the only space is U+0020).
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

var PrintRanges = []*RangeTable{L, M, N, P, S}
