package math

// Inf is positive infinity for sign >= 0, negative infinity for sign < 0.
func Inf(sign int) float64 {
	if sign >= 0 {
		return Float64frombits(0x7FF0000000000000)
	}
	return Float64frombits(0xFFF0000000000000)
}

// NaN is an IEEE 754 "not-a-number" value.
func NaN() float64 { return Float64frombits(0x7FF8000000000001) }

// IsNaN reports whether f is a not-a-number value.
func IsNaN(f float64) (is bool) { return f != f }

// IsInf reports whether f is an infinity of the given sign: +Inf for sign > 0, -Inf for
// sign < 0, either for 0.
func IsInf(f float64, sign int) bool {
	return sign >= 0 && f > MaxFloat64 || sign <= 0 && f < -MaxFloat64
}

// Abs is |x|.
func Abs(x float64) float64 { return Float64frombits(Float64bits(x) &^ signBit) }

// Copysign is the value with f's magnitude and sign's sign.
func Copysign(f, sign float64) float64 {
	return Float64frombits(Float64bits(f)&^signBit | Float64bits(sign)&signBit)
}

// Signbit reports whether x is negative or negative zero.
func Signbit(x float64) bool { return Float64bits(x)&signBit != 0 }

// Max is the larger of x and y; +Inf if either is, else NaN if either is; Max(+0, -0) is +0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min is the smaller of x and y; -Inf if either is, else NaN if either is; Min(+0, -0) is -0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim is the maximum of x-y and 0.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0
	}
	return v
}

// Frexp splits f into a fraction in [½, 1) and a power of two: f == frac × 2^exp. Zero, infinities
// and NaN are returned as is with exp 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || IsInf(f, 0) || IsNaN(f) {
		return f, 0
	}
	b := Float64bits(f)
	e := int(b>>mantBits) & expMask
	if e == 0 { // subnormal: scale into the normal range first
		b = Float64bits(f * (1 << 52))
		e = int(b>>mantBits)&expMask - 52
	}
	exp = e - bias + 1
	b = b&^(expMask<<mantBits) | (bias-1)<<mantBits
	return Float64frombits(b), exp
}

// Ldexp is frac × 2^exp, correctly rounded when the result is subnormal.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || IsInf(frac, 0) || IsNaN(frac) {
		return frac
	}
	m, e := Frexp(frac) // m in [½, 1)
	e += exp
	switch {
	case e > 1024: // the result is at least 2^1024
		return Copysign(Inf(1), frac)
	case e < -1074: // below half the smallest subnormal: rounds to 0
		return Copysign(0, frac)
	case e < -1021:
		// A subnormal result: build m × 2^(e+53) (normal) and let one multiplication by 2^-53
		// do the rounding.
		return withExp(m, e+53) * (1.0 / (1 << 53))
	}
	return withExp(m, e)
}

// withExp is m × 2^e for m in [½, 1) and a normal result.
func withExp(m float64, e int) float64 {
	b := Float64bits(m)
	return Float64frombits(b&^(expMask<<mantBits) | uint64(e-1+bias)<<mantBits)
}

// Modf splits f into an integer part and a fractional part with f's sign.
func Modf(f float64) (int float64, frac float64) {
	if f < 1 {
		switch {
		case f < 0:
			int, frac = Modf(-f)
			return -int, -frac
		case f == 0:
			return f, f // ±0
		}
		return 0, f
	}
	int = Trunc(f)
	return int, f - int // NaN for +Inf
}

// Round is the nearest integer, halfway cases away from zero.
func Round(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>mantBits)&expMask - bias
	if e < -1 { // |x| < 0.5
		return Float64frombits(b & signBit)
	}
	if e == -1 { // 0.5 <= |x| < 1
		return Float64frombits(b&signBit | bias<<mantBits)
	}
	if e >= mantBits { // an integer already, or Inf or NaN
		return x
	}
	half := uint64(1) << (mantBits - 1 - e)
	b += half
	b &^= half<<1 - 1
	return Float64frombits(b)
}

// RoundToEven is the nearest integer, halfway cases to even.
func RoundToEven(x float64) float64 {
	b := Float64bits(x)
	e := int(b>>mantBits)&expMask - bias
	if e >= mantBits {
		return x
	}
	if e < -1 { // |x| < 0.5
		return Float64frombits(b & signBit)
	}
	if e == -1 { // 0.5 <= |x| < 1: only 0.5 exactly rounds down, to 0
		if b&fracMask == 0 {
			return Float64frombits(b & signBit)
		}
		return Float64frombits(b&signBit | bias<<mantBits)
	}
	unit := uint64(1) << (mantBits - e) // the value of the integer part's lowest bit
	half := unit >> 1
	rest := b & (unit - 1)
	b &^= unit - 1
	if rest > half || rest == half && b&unit != 0 {
		b += unit // may carry into the exponent, which is right
	}
	return Float64frombits(b)
}

// Mod is the remainder of x/y, with x's sign (C's fmod). Mod(±Inf, y), Mod(x, 0) and NaNs give
// NaN; Mod(x, ±Inf) is x.
func Mod(x, y float64) float64 {
	if y == 0 || IsInf(x, 0) || IsNaN(x) || IsNaN(y) {
		return NaN()
	}
	y = Abs(y)
	r := Abs(x)
	if IsInf(y, 0) || r < y {
		return x
	}
	yfr, yexp := Frexp(y)
	// Subtract y × 2^k for the largest k with y × 2^k <= r, until r < y: every step is exact.
	for r >= y {
		rfr, rexp := Frexp(r)
		if rfr < yfr {
			rexp--
		}
		r -= Ldexp(y, rexp-yexp)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Remainder is the IEEE 754 remainder of x/y: x - n×y with n the integer nearest x/y (ties to
// even).
func Remainder(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y) || IsInf(x, 0) || y == 0:
		return NaN()
	case IsInf(y, 0):
		return x
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	y = Abs(y)
	if x == y {
		if sign {
			return Copysign(0, -1)
		}
		return 0
	}
	if y <= MaxFloat64/2 {
		x = Mod(x, y+y) // x in [0, 2y)
	}
	// Now fold into [-y/2, y/2], halves going to the even multiple.
	if y < 2*smallestNormal {
		if x+x > y {
			x -= y
			if x+x >= y {
				x -= y
			}
		}
	} else {
		yHalf := 0.5 * y
		if x > yHalf {
			x -= y
			if x >= yHalf {
				x -= y
			}
		}
	}
	if sign {
		x = -x
	}
	return x
}

// smallestNormal is the smallest positive normal float64.
const smallestNormal = 0x1p-1022

// Nextafter is the next representable float64 after x towards y.
func Nextafter(x, y float64) (r float64) {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 is Nextafter for float32.
func Nextafter32(x, y float32) (r float32) {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		if Signbit(float64(y)) {
			return Float32frombits(1 | 1<<31)
		}
		return Float32frombits(1)
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}
