package strconv

import "math"

// ParseFloat converts s to the nearest float64 (or, for bitSize 32, the nearest float32, still
// returned as a float64), rounding halfway cases to even. s may be decimal (1.5e-3), hexadecimal
// with a binary exponent (0x1.8p+1), "Inf"/"Infinity"/"NaN" in any case, with an optional sign;
// underscores may separate digits after a base prefix. Too large values give ±Inf and ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	flt := &float64info
	if bitSize == 32 {
		flt = &float32info
	}
	if v, n, ok := special(s); ok {
		if n == len(s) {
			if bitSize == 32 {
				v = float64(float32(v)) // the float32 NaN's bits
			}
			return v, nil
		}
		return 0, syntaxError("ParseFloat", s)
	}
	num, ok := readNumber(s)
	if !ok {
		return 0, syntaxError("ParseFloat", s)
	}
	bits, overflow := num.toFloatBits(flt)
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(bits)))
	} else {
		f = math.Float64frombits(bits)
	}
	if overflow {
		return f, rangeError("ParseFloat", s)
	}
	return f, nil
}

// special parses a leading infinity or NaN: its value and length.
func special(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	i := 0
	switch s[0] {
	case '+', '-':
		if s[0] == '-' {
			sign = -1
		}
		i = 1
		fallthrough
	case 'i', 'I':
		rest := s[i:]
		if n := prefixFold(rest, "infinity"); n == 8 {
			return math.Inf(sign), i + 8, true
		}
		if n := prefixFold(rest, "inf"); n == 3 {
			return math.Inf(sign), i + 3, true
		}
	case 'n', 'N':
		if prefixFold(s, "nan") == 3 {
			return math.NaN(), 3, true
		}
	}
	return 0, 0, false
}

// prefixFold is the length of the case-insensitive match of prefix at the start of s (len(prefix)
// when all of it matches).
func prefixFold(s, prefix string) int {
	n := 0
	for n < len(s) && n < len(prefix) && lower(s[n]) == prefix[n] {
		n++
	}
	return n
}

// number is a parsed literal: mantissa digits (decimal or hexadecimal) and an exponent.
type number struct {
	neg    bool
	hex    bool
	digits []byte // significant digit values (not ASCII), at most maxDigits
	sticky bool   // digits beyond maxDigits were not all zero
	exp    int    // the value is 0.digits × base^len... see toFloatBits: digits × base^-frac × 2^or10^exp
	frac   int    // number of digits after the point (in digits)
}

// maxDigits bounds the decimal digits kept: beyond 800, a digit can no longer change the rounding
// of a float64, except by being non-zero (the sticky bit).
const maxDigits = 800

// readNumber parses s entirely as a decimal or hexadecimal floating-point literal.
func readNumber(s string) (num number, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		num.neg = s[i] == '-'
		i++
	}
	base := 10
	if i+2 < len(s) && s[i] == '0' && lower(s[i+1]) == 'x' {
		base = 16
		num.hex = true
		i += 2
	}
	underscores := false
	sawDot, sawDigits := false, false
	for ; i < len(s); i++ {
		c := s[i]
		var d byte
		switch {
		case c == '_':
			underscores = true
			continue
		case c == '.':
			if sawDot {
				return num, false
			}
			sawDot = true
			continue
		case '0' <= c && c <= '9':
			d = c - '0'
		case base == 16 && 'a' <= lower(c) && lower(c) <= 'f':
			d = lower(c) - 'a' + 10
		default:
			goto exponent
		}
		sawDigits = true
		if d == 0 && len(num.digits) == 0 { // leading zeros only move the point
			if sawDot {
				num.frac++
			}
			continue
		}
		if len(num.digits) < maxDigits {
			num.digits = append(num.digits, d)
			if sawDot {
				num.frac++
			}
		} else {
			if d != 0 {
				num.sticky = true
			}
			if !sawDot {
				num.frac-- // a dropped integer digit still counts
			}
		}
	}
exponent:
	if !sawDigits {
		return num, false
	}
	if i < len(s) && (lower(s[i]) == 'e' && base == 10 || lower(s[i]) == 'p' && base == 16) {
		i++
		if i >= len(s) {
			return num, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return num, false
		}
		e := 0
		for ; i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if e < 100000 {
				e = e*10 + int(s[i]-'0')
			}
		}
		num.exp = e * esign
	} else if base == 16 {
		return num, false // a hexadecimal mantissa needs a 'p' exponent
	}
	if i != len(s) {
		return num, false
	}
	if underscores && !underscoreOK(s) {
		return num, false
	}
	return num, true
}

// toFloatBits rounds the number to the format flt: its bits, and whether it overflowed.
func (num *number) toFloatBits(flt *floatInfo) (bits uint64, overflow bool) {
	signBit := uint64(0)
	if num.neg {
		signBit = 1 << (flt.mantbits + flt.expbits)
	}
	if len(num.digits) == 0 {
		return signBit, false
	}
	// The exact value is D × 2^e2 / q, with D the digits as an integer.
	var D nat
	base := uint32(10)
	if num.hex {
		base = 16
	}
	for _, d := range num.digits {
		D = D.mulAdd(base, uint32(d))
	}
	if num.sticky { // an extra non-zero digit below the kept ones
		D = D.mulAdd(base, 1)
		num.frac++
	}
	e2 := 0
	q := natFromUint64(1)
	if num.hex {
		e2 = num.exp - 4*num.frac
	} else {
		e10 := num.exp - num.frac
		if e10 > 400 { // far beyond the largest float64
			return signBit | (1<<flt.expbits-1)<<flt.mantbits, true
		}
		if e10 < -400-maxDigits { // far below the smallest
			return signBit, false
		}
		if e10 >= 0 {
			D = D.mulPow10(e10)
		} else {
			q = q.mulPow10(-e10)
		}
	}
	// Scale so that the integer quotient D×2^shift / q has exactly mantbits+3 bits (the
	// mantissa with its leading one, then two rounding bits), the remainder making the sticky bit.
	want := int(flt.mantbits) + 3
	shift := want - (D.bitLen() - q.bitLen())
	var m uint64
	var sticky bool
	for {
		num := D
		den := q
		if shift >= 0 {
			num = num.shl(uint(shift))
		} else {
			den = den.shl(uint(-shift))
		}
		m, sticky = divSmallQuotient(num, den)
		if len64(m) > want {
			shift--
			continue
		}
		if len64(m) < want {
			shift++
			continue
		}
		break
	}
	// The value is m × 2^(e2-shift) with m of want bits; the binary exponent of its leading bit:
	exp := e2 - shift + want - 1
	minExp := flt.bias + 1 // of the smallest normal
	drop := 2              // bits below the mantissa
	if exp < minExp {      // subnormal: fewer mantissa bits
		drop += minExp - exp
		exp = minExp
	}
	if drop > 63 {
		sticky = sticky || m != 0
		m = 0
	} else {
		half := uint64(1) << uint(drop-1)
		rest := m & (1<<uint(drop) - 1)
		m >>= uint(drop)
		if rest > half || rest == half && (sticky || m&1 == 1) {
			m++
		}
	}
	if m == 1<<(flt.mantbits+1) { // rounding carried into a new bit
		m >>= 1
		exp++
	}
	if m < 1<<flt.mantbits { // subnormal (or zero): biased exponent 0
		return signBit | m, false
	}
	if exp-flt.bias >= 1<<flt.expbits-1 {
		return signBit | (1<<flt.expbits-1)<<flt.mantbits, true
	}
	return signBit | uint64(exp-flt.bias)<<flt.mantbits | m&(1<<flt.mantbits-1), false
}

// divSmallQuotient is num / den for a quotient below 2^64 (by binary long division), and
// whether the remainder is non-zero.
func divSmallQuotient(num, den nat) (uint64, bool) {
	if num.cmp(den) < 0 {
		return 0, len(num) > 0
	}
	k := num.bitLen() - den.bitLen()
	if k > 63 {
		return 1<<64 - 1, true // too big: the caller shifts and retries
	}
	var qv uint64
	for i := k; i >= 0; i-- {
		d := den.shl(uint(i))
		if num.cmp(d) >= 0 {
			num = num.sub(d)
			qv |= 1 << uint(i)
		}
	}
	return qv, len(num) > 0
}
