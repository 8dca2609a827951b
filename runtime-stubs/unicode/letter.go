package unicode

// to maps r to case _case through caseRange; mapped reports whether r had a mapping there.
func to(_case int, r rune, caseRange []CaseRange) (mapped rune, found bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo, hi := 0, len(caseRange)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		cr := &caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				// Alternating upper/lower pairs: upper is the even offset from Lo. Title is
				// upper here, hence _case &^ 1 picking between Upper (0) and Lower (1).
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

// To maps r to the case _case (UpperCase, LowerCase or TitleCase).
func To(_case int, r rune) rune {
	r, _ = to(_case, r, CaseRanges)
	return r
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r <= MaxASCII {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if r <= MaxASCII {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold iterates over the code points equivalent to r under simple case folding: it returns
// the smallest such code point greater than r, or, when there is none, the smallest one. An
// invalid r is returned as is.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	if r <= MaxASCII {
		switch {
		case 'A' <= r && r <= 'Z':
			if r == 'K' || r == 'S' { // K → k → U+212A KELVIN SIGN; S → s → U+017F LONG S
				break
			}
			return r + 'a' - 'A'
		case 'a' <= r && r <= 'z':
			if r == 'k' || r == 's' {
				break
			}
			return r - ('a' - 'A')
		default:
			return r
		}
	}
	// Orbits of more than two code points are listed explicitly.
	lo, hi := 0, len(caseOrbit)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(caseOrbit[m].From) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseOrbit) && rune(caseOrbit[lo].From) == r {
		return rune(caseOrbit[lo].To)
	}
	// Otherwise the orbit is r and its other case, if any.
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}

// SpecialCase is a language's case mappings overriding the standard ones (Turkish, Azeri).
type SpecialCase []CaseRange

// TurkishCase maps dotted and dotless I as Turkish does.
var TurkishCase SpecialCase = _TurkishCase

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

// AzeriCase is TurkishCase.
var AzeriCase SpecialCase = _TurkishCase

// ToUpper maps r to upper case, with special's mappings first.
func (special SpecialCase) ToUpper(r rune) rune {
	r1, found := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToUpper(r)
	}
	return r1
}

// ToTitle maps r to title case, with special's mappings first.
func (special SpecialCase) ToTitle(r rune) rune {
	r1, found := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToTitle(r)
	}
	return r1
}

// ToLower maps r to lower case, with special's mappings first.
func (special SpecialCase) ToLower(r rune) rune {
	r1, found := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !found {
		r1 = ToLower(r)
	}
	return r1
}
