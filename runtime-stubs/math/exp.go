package math

// Exp, Exp2 and the logarithms use the classic fdlibm method: reduce the argument by multiples of
// ln 2 (split in a high part exact in float64 and a low correction), and approximate on the small
// remaining interval with a minimax polynomial (Remez coefficients from fdlibm).

const (
	ln2Hi = 6.93147180369123816490e-01 // the top bits of ln 2: k×ln2Hi is exact for |k| < 2^11
	ln2Lo = 1.90821492927058770002e-10 // ln 2 - ln2Hi

	expOverflow  = 7.09782712893383973096e+02  // above: Exp is +Inf
	expUnderflow = -7.45133219101941108420e+02 // below: Exp is 0
	expNearZero  = 1.0 / (1 << 28)             // below in magnitude: Exp(x) rounds to 1+x
)

// Exp is e^x. Exp(+Inf) = +Inf, Exp(NaN) = NaN; very large values overflow to +Inf, very
// negative ones underflow to 0.
func Exp(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > expOverflow:
		return Inf(1)
	case x < expUnderflow:
		return 0
	case -expNearZero < x && x < expNearZero:
		return 1 + x
	}
	// x = k×ln2 + r, |r| <= ln2/2. (The multiply-adds here and in expReduced are fused, as in
	// gc's arm64 assembly, whose results these must be.)
	var k int
	if x < 0 {
		k = int(FMA(Log2E, x, -0.5))
	} else {
		k = int(FMA(Log2E, x, 0.5))
	}
	hi := FMA(-float64(k), ln2Hi, x)
	lo := float64(k) * ln2Lo
	return expReduced(hi, lo, k)
}

// Exp2 is 2^x, with Exp's special cases.
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case IsInf(x, -1):
		return 0
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	// x = k + t, |t| <= 1/2; 2^t = e^(t×ln2).
	var k int
	if x > 0 {
		k = int(x + 0.5)
	} else if x < 0 {
		k = int(x - 0.5)
	}
	t := x - float64(k)
	return expReduced(t*ln2Hi, -t*ln2Lo, k)
}

// expReduced is e^(hi-lo) × 2^k, for |hi-lo| <= ln2/2.
func expReduced(hi, lo float64, k int) float64 {
	const (
		p1 = 1.66666666666666657415e-01
		p2 = -2.77777777770155933842e-03
		p3 = 6.61375632143793436117e-05
		p4 = -1.65339022054652515390e-06
		p5 = 4.13813679705723846039e-08
	)
	r := hi - lo
	t := r * r
	// e^r = 1 + 2r/(R(r²) - r) with R approximated by c's polynomial.
	c := FMA(-t, FMA(t, FMA(t, FMA(t, FMA(t, p5, p4), p3), p2), p1), r)
	y := 1 - ((lo - (r*c)/(2-c)) - hi)
	return Ldexp(y, k)
}

// Log is the natural logarithm of x. Log(+Inf) = +Inf, Log(0) = -Inf, Log(x < 0) = NaN,
// Log(NaN) = NaN.
func Log(x float64) float64 {
	const (
		lg1 = 6.666666666666735130e-01
		lg2 = 3.999999999940941908e-01
		lg3 = 2.857142874366239149e-01
		lg4 = 2.222219843214978396e-01
		lg5 = 1.818357216161805012e-01
		lg6 = 1.531383769920937332e-01
		lg7 = 1.479819860511658591e-01
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	// x = 2^k × (1+f) with sqrt(2)/2 < 1+f < sqrt(2).
	f1, ki := Frexp(x)
	if f1 < Sqrt2/2 {
		f1 *= 2
		ki--
	}
	f := f1 - 1
	k := float64(ki)
	// log(1+f) = 2s + 2/3 s³ + 2/5 s⁵ + ..., s = f/(2+f); the tail R approximated by a polynomial
	// in s² evaluated in two halves.
	// The multiply-adds are fused where gc fuses them on arm64 (an addition or subtraction with
	// a product as operand; which product when both are was found by comparing with its results).
	s := f / (2 + f)
	s2 := s * s
	s4 := s2 * s2
	t1 := FMA(s4, FMA(s4, FMA(s4, lg7, lg5), lg3), lg1) // × s2
	t2 := s4 * FMA(s4, FMA(s4, lg6, lg4), lg2)
	R := FMA(s2, t1, t2)
	hf := 0.5 * f // hfsq = hf×f = f²/2
	return FMA(k, ln2Hi, -(FMA(hf, f, -FMA(s, FMA(hf, f, R), k*ln2Lo)) - f))
}

// Log10 is the decimal logarithm of x, with Log's special cases.
func Log10(x float64) float64 { return Log(x) * (1 / Ln10) }

// Log2 is the binary logarithm of x, with Log's special cases; exact for powers of two.
func Log2(x float64) float64 {
	frac, exp := Frexp(x)
	if frac == 0.5 {
		return float64(exp - 1)
	}
	return FMA(Log(frac), 1/Ln2, float64(exp))
}
