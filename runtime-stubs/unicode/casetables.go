package unicode

import "unsafe"

// Indices into a CaseRange's Delta.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a Delta means the range alternates upper and lower case letters: even code
// points upper, odd ones lower (starting at Lo).
const UpperLower = MaxRune + 1

type d [MaxCase]rune

// A CaseRange maps the code points Lo..Hi to the other cases by adding Delta[c] (0: no mapping).
type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

// CaseRanges is the case mapping of every letter that has one, sorted by Lo.
var CaseRanges = _CaseRanges

// caseRanges makes a []CaseRange over packed records (20 bytes each, see mktables.py).
func caseRanges(s string) []CaseRange {
	var r []CaseRange
	*(*sliceHeader)(unsafe.Pointer(&r)) = sliceHeader{stringBytes(s), len(s) / 20, len(s) / 20}
	return r
}

// foldPair is one step of a case orbit: the next code point that folds to the same set.
type foldPair struct {
	From uint16
	To   uint16
}

func foldPairs(s string) []foldPair {
	var r []foldPair
	*(*sliceHeader)(unsafe.Pointer(&r)) = sliceHeader{stringBytes(s), len(s) / 4, len(s) / 4}
	return r
}
