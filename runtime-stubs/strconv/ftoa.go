package strconv

import "math"

// floatInfo describes a binary floating-point format.
type floatInfo struct {
	mantbits uint
	expbits  uint
	bias     int
}

var float32info = floatInfo{23, 8, -127}
var float64info = floatInfo{52, 11, -1023}

// FormatFloat converts f to a string in format fmt: 'e' (-d.dddde±dd), 'E', 'f' (-ddd.dddd), 'g'
// ('e' for large exponents, 'f' otherwise), 'G', 'b' (-ddddp±ddd, binary exponent), 'x'
// (-0x1.hhhhp±dd), 'X'. prec is the number of digits after the point for 'e', 'f', 'x'; the number
// of significant digits for 'g'; -1 means the fewest digits that read back as f exactly (with
// ParseFloat at bitSize, 32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	return string(genericFtoa(make([]byte, 0, 24), f, fmt, prec, bitSize))
}

// AppendFloat appends FormatFloat(f, fmt, prec, bitSize) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return genericFtoa(dst, f, fmt, prec, bitSize)
}

// decimalDigits is a decimal number 0.d[0]d[1]...d[nd-1] × 10^dp, without trailing zeros.
type decimalDigits struct {
	d  []byte // ASCII digits
	dp int
}

func genericFtoa(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var flt *floatInfo
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(val)))
		flt = &float32info
	case 64:
		bits = math.Float64bits(val)
		flt = &float64info
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg := bits>>(flt.expbits+flt.mantbits) != 0
	exp := int(bits>>flt.mantbits) & (1<<flt.expbits - 1)
	mant := bits & (1<<flt.mantbits - 1)
	switch exp {
	case 1<<flt.expbits - 1:
		switch {
		case mant != 0:
			return append(dst, "NaN"...)
		case neg:
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	case 0: // subnormal
		exp++
	default:
		mant |= 1 << flt.mantbits
	}
	exp += flt.bias // the value is mant × 2^(exp - mantbits)

	switch fmt {
	case 'b':
		return fmtB(dst, neg, mant, exp, flt)
	case 'x', 'X':
		return fmtX(dst, prec, fmt, neg, mant, exp, flt)
	}

	var digs decimalDigits
	shortest := prec < 0
	if shortest {
		digs = shortestDigits(mant, exp, flt)
		switch fmt {
		case 'e', 'E':
			prec = max(len(digs.d)-1, 0)
		case 'f':
			prec = max(len(digs.d)-digs.dp, 0)
		case 'g', 'G':
			prec = len(digs.d)
		}
	} else {
		switch fmt {
		case 'e', 'E':
			digs = fixedDigits(mant, exp, flt, prec+1, false)
		case 'f':
			digs = fixedDigits(mant, exp, flt, prec, true)
		case 'g', 'G':
			if prec == 0 {
				prec = 1
			}
			digs = fixedDigits(mant, exp, flt, prec, false)
		default:
			return append(dst, '%', fmt)
		}
	}

	switch fmt {
	case 'e', 'E':
		return fmtE(dst, neg, digs, prec, fmt)
	case 'f':
		return fmtF(dst, neg, digs, prec)
	case 'g', 'G':
		nd := len(digs.d)
		eprec := prec
		if eprec > nd && nd >= digs.dp {
			eprec = nd
		}
		// %e when the exponent is below -4 or at least the precision (6 for the shortest form).
		if shortest {
			eprec = 6
		}
		exp := digs.dp - 1
		if exp < -4 || exp >= eprec {
			if prec > nd {
				prec = nd
			}
			return fmtE(dst, neg, digs, prec-1, fmt+'e'-'g')
		}
		if prec > digs.dp {
			prec = nd
		}
		return fmtF(dst, neg, digs, max(prec-digs.dp, 0))
	}
	return append(dst, '%', fmt)
}

func max(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// scaled sets up the exact value mant × 2^e2 as the fraction r/s, with s scaled by a power of ten
// 10^k such that 1/10 <= r/s < 1 (r/s < 1 strictly; the value is (r/s) × 10^k). The same factors
// are applied to m, a margin. It returns r, s, the scaled m, and k.
func scaled(mant uint64, e2 int, m nat) (r, s, mOut nat, k int) {
	r = natFromUint64(mant)
	s = natFromUint64(1)
	if e2 >= 0 {
		r = r.shl(uint(e2))
		m = m.shl(uint(e2))
	} else {
		s = s.shl(uint(-e2))
	}
	// Estimate k from the binary magnitude: 10^(k-1) <= value < 10^k, possibly one too small.
	bl := len64(mant) + e2 // value < 2^bl
	k = int(float64(bl-1) * 0.30102999566398114)
	if k >= 0 {
		s = s.mulPow10(k)
	} else {
		r = r.mulPow10(-k)
		m = m.mulPow10(-k)
	}
	for r.cmp(s) >= 0 {
		s = s.mulAdd(10, 0)
		k++
	}
	for {
		r10 := r.mulAdd(10, 0)
		if r10.cmp(s) >= 0 {
			break
		}
		r = r10
		m = m.mulAdd(10, 0)
		k--
	}
	return r, s, m, k
}

func len64(x uint64) int {
	n := 0
	for ; x != 0; x >>= 1 {
		n++
	}
	return n
}

// shortestDigits is the shortest decimal that reads back as mant × 2^(exp-mantbits): among the
// shortest ones inside the rounding interval, the nearest to the exact value (Steele & White's
// free-format algorithm, on exact integers).
func shortestDigits(mant uint64, exp int, flt *floatInfo) decimalDigits {
	if mant == 0 {
		return decimalDigits{}
	}
	// Work with doubled values so that the half-gaps to the neighbours are integers: the value
	// is 2·mant × 2^(e2-1); the upper neighbour is half a unit above, the lower one half a unit
	// below, or a quarter unit below when mant is a power of two (the gap below is smaller).
	e2 := exp - int(flt.mantbits)
	minExp := flt.bias + 1
	lowerHalf := mant == 1<<flt.mantbits && exp > minExp
	var r, s, mPlus, mMinus nat
	var k int
	if lowerHalf {
		// ×4: value 4·mant, upper margin 2, lower margin 1, in units of 2^(e2-2).
		r, s, mPlus, k = scaled(4*mant, e2-2, natFromUint64(2))
		mMinus = nil
		_, _, mMinus, _ = scaled(4*mant, e2-2, natFromUint64(1))
	} else {
		r, s, mPlus, k = scaled(2*mant, e2-1, natFromUint64(1))
		mMinus = mPlus
	}
	// The interval's ends belong to it when mant is even (ParseFloat rounds ties to even).
	inclusive := mant%2 == 0
	var digs []byte
	for {
		r = r.mulAdd(10, 0)
		mPlus = mPlus.mulAdd(10, 0)
		mMinus = mMinus.mulAdd(10, 0)
		var d int
		d, r = r.divDigit(s)
		var low, high bool
		if inclusive {
			low = r.cmp(mMinus) <= 0
			high = r.add(mPlus).cmp(s) >= 0
		} else {
			low = r.cmp(mMinus) < 0
			high = r.add(mPlus).cmp(s) > 0
		}
		if !low && !high {
			digs = append(digs, byte('0'+d))
			continue
		}
		switch {
		case low && !high:
		case high && !low:
			d++
		default: // both ends reachable: the nearer digit, ties to even
			c := r.add(r).cmp(s)
			if c > 0 || c == 0 && d%2 == 1 {
				d++
			}
		}
		digs = append(digs, byte('0'+d))
		break
	}
	return normalize(digs, k)
}

// normalize carries a final digit of 10 into the digits before it and trims trailing zeros.
func normalize(digs []byte, dp int) decimalDigits {
	i := len(digs) - 1
	for i >= 0 && digs[i] > '9' {
		digs[i] = '0'
		if i == 0 {
			digs = append([]byte{'1'}, digs...)
			dp++
			i = 1
			break
		}
		digs[i-1]++
		i--
	}
	n := len(digs)
	for n > 0 && digs[n-1] == '0' {
		n--
	}
	return decimalDigits{digs[:n], dp}
}

// fixedDigits is the exact value mant × 2^(exp-mantbits) rounded to n significant digits (or, when
// afterPoint, to n digits after the decimal point), halfway cases to even.
func fixedDigits(mant uint64, exp int, flt *floatInfo, n int, afterPoint bool) decimalDigits {
	if mant == 0 {
		return decimalDigits{}
	}
	r, s, _, k := scaled(mant, exp-int(flt.mantbits), nil)
	if afterPoint {
		n += k // digits up to 10^-prec
	}
	if n < 0 {
		return decimalDigits{}
	}
	digs := make([]byte, 0, n+1)
	for i := 0; i < n; i++ {
		r = r.mulAdd(10, 0)
		var d int
		d, r = r.divDigit(s)
		digs = append(digs, byte('0'+d))
	}
	// Round on the remainder: above half up, exactly half to even.
	c := r.add(r).cmp(s)
	if c > 0 || c == 0 && n > 0 && (digs[n-1]-'0')%2 == 1 {
		if n == 0 {
			return decimalDigits{[]byte{'1'}, k + 1}
		}
		digs[n-1]++
	}
	return normalize(digs, k)
}

// fmtE writes -d.ddddde±dd.
func fmtE(dst []byte, neg bool, d decimalDigits, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	ch := byte('0')
	if len(d.d) != 0 {
		ch = d.d[0]
	}
	dst = append(dst, ch)
	if prec > 0 {
		dst = append(dst, '.')
		i := 1
		m := len(d.d)
		if prec+1 < m {
			m = prec + 1
		}
		if i < m {
			dst = append(dst, d.d[i:m]...)
			i = m
		}
		for ; i <= prec; i++ {
			dst = append(dst, '0')
		}
	}
	dst = append(dst, fmt)
	exp := d.dp - 1
	if len(d.d) == 0 {
		exp = 0
	}
	if exp < 0 {
		ch = '-'
		exp = -exp
	} else {
		ch = '+'
	}
	dst = append(dst, ch)
	switch {
	case exp < 10:
		dst = append(dst, '0', byte(exp)+'0')
	case exp < 100:
		dst = append(dst, byte(exp/10)+'0', byte(exp%10)+'0')
	default:
		dst = append(dst, byte(exp/100)+'0', byte(exp/10)%10+'0', byte(exp%10)+'0')
	}
	return dst
}

// fmtF writes -ddddd.dddd.
func fmtF(dst []byte, neg bool, d decimalDigits, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if d.dp > 0 {
		m := len(d.d)
		if m > d.dp {
			m = d.dp
		}
		dst = append(dst, d.d[:m]...)
		for ; m < d.dp; m++ {
			dst = append(dst, '0')
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			ch := byte('0')
			if j := d.dp + i - 1; 0 <= j && j < len(d.d) {
				ch = d.d[j]
			}
			dst = append(dst, ch)
		}
	}
	return dst
}

// fmtB writes -ddddp±ddd: the integer mantissa and the binary exponent.
func fmtB(dst []byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	exp -= int(flt.mantbits)
	if exp >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(exp), 10)
}

// fmtX writes -0x1.hhhhp±dd, rounding to prec hex digits (halfway to even) when prec >= 0.
func fmtX(dst []byte, prec int, fmt byte, neg bool, mant uint64, exp int, flt *floatInfo) []byte {
	if mant == 0 {
		exp = 0
	}
	// Put the leading one at bit 60.
	mant <<= 60 - flt.mantbits
	for mant != 0 && mant&(1<<60) == 0 {
		mant <<= 1
		exp--
	}
	if prec >= 0 && prec < 15 {
		shift := uint(prec * 4)
		extra := (mant << shift) & (1<<60 - 1)
		mant >>= 60 - shift
		if extra|(mant&1) > 1<<59 {
			mant++
		}
		mant <<= 60 - shift
		if mant&(1<<61) != 0 { // carried into a new leading digit
			mant >>= 1
			exp++
		}
	}
	hex := lowerhex
	if fmt == 'X' {
		hex = upperhex
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, '0'+byte((mant>>60)&1))
	mant <<= 4
	if prec < 0 && mant != 0 {
		dst = append(dst, '.')
		for mant != 0 {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, hex[(mant>>60)&15])
			mant <<= 4
		}
	}
	if fmt == 'X' {
		dst = append(dst, 'P')
	} else {
		dst = append(dst, 'p')
	}
	if exp < 0 {
		dst = append(dst, '-')
		exp = -exp
	} else {
		dst = append(dst, '+')
	}
	if exp < 10 {
		dst = append(dst, '0')
	}
	return AppendInt(dst, int64(exp), 10)
}
