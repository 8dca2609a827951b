package math

// Hypot is Sqrt(p*p + q*q) without needless overflow or underflow. Hypot(±Inf, q) = +Inf even
// for a NaN q.
func Hypot(p, q float64) float64 {
	p, q = Abs(p), Abs(q)
	switch {
	case IsInf(p, 1) || IsInf(q, 1):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(FMA(q, q, 1))
}

// Cbrt is the cube root of x. Cbrt(±0) = ±0, Cbrt(±Inf) = ±Inf, Cbrt(NaN) = NaN.
//
// The method is FreeBSD's (and gc's, whose results it reproduces): a first estimate by dividing
// the exponent bits by 3, refined to 23 bits by a rational approximation, rounded up to 22 bits,
// then one Newton step.
func Cbrt(x float64) float64 {
	const (
		b1             = 715094163                   // (682-0.03306235651)×2^20
		b2             = 696219795                   // (664-0.03306235651)×2^20
		c              = 5.42857142857142815906e-01  // 19/35
		d              = -7.05306122448979611050e-01 // -864/1225
		e              = 1.41428571428571436819e+00  // 99/70
		f              = 1.60714285714285720630e+00  // 45/28
		g              = 3.57142857142857150787e-01  // 5/14
		smallestNormal = 2.22507385850720138309e-308
	)
	if x == 0 || IsNaN(x) || IsInf(x, 0) {
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	t := Float64frombits(Float64bits(x)/3 + b1<<32)
	if x < smallestNormal { // subnormal: scale by 2^54 first
		t = float64(1 << 54)
		t *= x
		t = Float64frombits(Float64bits(t)/3 + b2<<32)
	}
	r := t * t / x
	s := FMA(r, t, c)
	t *= g + f/(s+e+d/s)
	t = Float64frombits(Float64bits(t)&(0xFFFFFFFFC<<28) + 1<<30)
	s = t * t // exact
	r = x / s
	w := t + t
	r = (r - t) / (w + r)
	t = FMA(t, r, t)
	if sign {
		t = -t
	}
	return t
}
