package runtime

// complex128div is the compiler's n / m for complex numbers. The quotient uses Smith's scaled
// formula (Smith, "Algorithm 116: Complex division", CACM 1962), dividing through by the larger part
// of m so that intermediate products do not overflow. When that gives NaN in both parts, the special
// cases of C99 Annex G (G.5.1) recover the infinite or zero results Go specifies.
func complex128div(n complex128, m complex128) complex128 {
	a, b := real(n), imag(n)
	c, d := real(m), imag(m)
	var re, im float64
	if fabs(c) >= fabs(d) {
		r := d / c
		t := c + d*r
		re = (a + b*r) / t
		im = (b - a*r) / t
	} else {
		r := c / d
		t := d + c*r
		re = (a*r + b) / t
		im = (b*r - a) / t
	}
	if re != re && im != im {
		switch {
		case c == 0 && d == 0 && (a == a || b == b):
			// Nonzero (or partly NaN) over zero: infinities signed by the divisor's real part.
			re = withSign(posInf(), c) * a
			im = withSign(posInf(), c) * b
		case (isInfinite(a) || isInfinite(b)) && isFiniteFloat(c) && isFiniteFloat(d):
			// Infinite over finite: infinite, in the direction of the numerator.
			a = withSign(oneIf(isInfinite(a)), a)
			b = withSign(oneIf(isInfinite(b)), b)
			re = posInf() * (a*c + b*d)
			im = posInf() * (b*c - a*d)
		case (isInfinite(c) || isInfinite(d)) && isFiniteFloat(a) && isFiniteFloat(b):
			// Finite over infinite: a signed zero.
			c = withSign(oneIf(isInfinite(c)), c)
			d = withSign(oneIf(isInfinite(d)), d)
			re = 0 * (a*c + b*d)
			im = 0 * (b*c - a*d)
		}
	}
	return complex(re, im)
}

func posInf() float64 {
	var zero float64
	return 1 / zero
}

func oneIf(cond bool) float64 {
	if cond {
		return 1
	}
	return 0
}

func isNegative(x float64) bool { return x < 0 || x == 0 && 1/x < 0 }

func fabs(x float64) float64 {
	if isNegative(x) {
		return -x
	}
	return x
}

// withSign is x's magnitude with y's sign.
func withSign(x, y float64) float64 {
	if isNegative(x) != isNegative(y) {
		return -x
	}
	return x
}

func isFiniteFloat(x float64) bool { return x-x == x-x }
func isInfinite(x float64) bool    { return x == x && !isFiniteFloat(x) }
