package math

// The inverse trigonometric functions, by the Cephes library's method: Atan reduces its argument
// to [0, 0.66] with tan(π/4 - t) and tan(π/2 - t) identities and uses a rational approximation
// there; Asin and Acos go through Atan.

// atanSmall is atan(x) for 0 <= x <= 0.66.
func atanSmall(x float64) float64 {
	const (
		p0 = -8.750608600031904122785e-01
		p1 = -1.615753718733365076637e+01
		p2 = -7.500855792314704667340e+01
		p3 = -1.228866684490136173410e+02
		p4 = -6.485021904942025371773e+01
		q0 = +2.485846490142306297962e+01
		q1 = +1.650270098316988542046e+02
		q2 = +4.328810604912902668951e+02
		q3 = +4.853903996359136964868e+02
		q4 = +1.945506571482613964425e+02
	)
	z := x * x
	num := z * FMA(FMA(FMA(FMA(p0, z, p1), z, p2), z, p3), z, p4)
	den := FMA(FMA(FMA(FMA(FMA(x, x, q0), z, q1), z, q2), z, q3), z, q4)
	return FMA(x, num/den, x) // x + x×z, fused as gc does
}

// atanPos is atan(x) for x >= 0.
func atanPos(x float64) float64 {
	const (
		morebits = 6.123233995736765886130e-17 // π/2 = Pi/2 + morebits
		tan3pio8 = 2.41421356237309504880      // tan(3π/8)
	)
	if x <= 0.66 {
		return atanSmall(x)
	}
	if x > tan3pio8 {
		return Pi/2 - atanSmall(1/x) + morebits
	}
	return Pi/4 + atanSmall((x-1)/(x+1)) + 0.5*morebits
}

// Atan is the arctangent of x in radians. Atan(±0) = ±0, Atan(±Inf) = ±π/2.
func Atan(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 0 {
		return atanPos(x)
	}
	return -atanPos(-x)
}

// Atan2 is the arc tangent of y/x, using the signs of both to pick the quadrant; the special
// cases are C99's.
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			switch {
			case IsInf(y, 0):
				return Copysign(Pi/4, y)
			default:
				return Copysign(0, y)
			}
		}
		switch {
		case IsInf(y, 0):
			return Copysign(3*Pi/4, y)
		default:
			return Copysign(Pi, y)
		}
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Asin is the arcsine of x in radians. Asin(±0) = ±0, Asin(x) = NaN for |x| > 1.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	if x > 1 {
		return NaN()
	}
	t := Sqrt(FMA(-x, x, 1))
	if x > 0.7 {
		t = Pi/2 - atanPos(t/x)
	} else {
		t = atanPos(x / t)
	}
	if sign {
		t = -t
	}
	return t
}

// Acos is the arccosine of x in radians. Acos(x) = NaN for |x| > 1.
func Acos(x float64) float64 { return Pi/2 - Asin(x) }
