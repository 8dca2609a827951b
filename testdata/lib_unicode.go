package main

import "unicode"

type checksum uint64

func (c *checksum) add(v int) { *c = (*c)*1099511628211 ^ checksum(uint64(v)+0x9e3779b9) }

var preds = []struct {
	name string
	f    func(rune) bool
}{
	{"IsLetter", unicode.IsLetter},
	{"IsDigit", unicode.IsDigit},
	{"IsNumber", unicode.IsNumber},
	{"IsSpace", unicode.IsSpace},
	{"IsUpper", unicode.IsUpper},
	{"IsLower", unicode.IsLower},
	{"IsTitle", unicode.IsTitle},
	{"IsPunct", unicode.IsPunct},
	{"IsPrint", unicode.IsPrint},
	{"IsGraphic", unicode.IsGraphic},
	{"IsControl", unicode.IsControl},
	{"IsMark", unicode.IsMark},
	{"IsSymbol", unicode.IsSymbol},
}

var tables = []struct {
	name string
	t    *unicode.RangeTable
}{
	{"Han", unicode.Han}, {"Latin", unicode.Latin}, {"Greek", unicode.Greek}, {"Cyrillic", unicode.Cyrillic},
	{"Hiragana", unicode.Hiragana}, {"Katakana", unicode.Katakana}, {"Hangul", unicode.Hangul},
	{"Arabic", unicode.Arabic}, {"Hebrew", unicode.Hebrew}, {"Common", unicode.Common},
	{"White_Space", unicode.White_Space}, {"Zs", unicode.Zs}, {"Nl", unicode.Nl}, {"Sc", unicode.Sc},
	{"Pd", unicode.Pd}, {"Cf", unicode.Cf}, {"Co", unicode.Co}, {"Cs", unicode.Cs}, {"Lm", unicode.Lm},
	{"Other", unicode.Other},
}

func main() {
	for _, p := range preds {
		var c checksum
		n := 0
		for r := rune(-1); r <= unicode.MaxRune+1; r++ {
			if p.f(r) {
				n++
				c.add(int(r))
			}
		}
		println(p.name, n, uint64(c))
	}
	for _, t := range tables {
		var c checksum
		n := 0
		for r := rune(0); r <= 0x32000; r++ { // every assigned code point of these tables is below
			if unicode.Is(t.t, r) {
				n++
				c.add(int(r))
			}
		}
		println(t.name, n, uint64(c))
	}
	var up, lo, ti, fold checksum
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		up.add(int(unicode.ToUpper(r)))
		lo.add(int(unicode.ToLower(r)))
		ti.add(int(unicode.ToTitle(r)))
		fold.add(int(unicode.SimpleFold(r)))
	}
	println("ToUpper", uint64(up), "ToLower", uint64(lo), "ToTitle", uint64(ti), "SimpleFold", uint64(fold))

	for _, r := range []rune{'A', 'a', 'K', 'k', 0x212A, 'S', 's', 0x17F, 'ß', 0x1E9E, 'Σ', 'σ', 'ς', 0x1C4, 0x1C5, 0x1C6, '1', -5, 0x110000, 'İ', 'ı'} {
		println(r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r))
	}
	println(unicode.In('世', unicode.Latin, unicode.Han), unicode.In('x', unicode.Greek), unicode.IsOneOf(unicode.GraphicRanges, 'x'))
	println(unicode.To(unicode.UpperCase, 'q'), unicode.To(7, 'q'), unicode.Version, len(unicode.CaseRanges))
	println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.UpperLower)
}
