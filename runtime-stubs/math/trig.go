package math

import "math/bits"

// Sin, Cos and Tan follow the Cephes library's method: reduce x to z in [-π/4, π/4] and an octant
// j (Cody-Waite with π/4 in three parts for moderate x, Payne-Hanek beyond), then evaluate the
// sine or cosine polynomial (Cephes coefficients) by octant.

const (
	pi4a = 7.85398125648498535156e-1  // π/4 split in three parts whose products with
	pi4b = 3.77489470793079817668e-8  // y < 2^29 are exact
	pi4c = 2.69515142907905952645e-15 //
	// reduceThreshold is where the three-part reduction stops being accurate.
	reduceThreshold = 1 << 29
)

var sinCoef = [6]float64{
	1.58962301576546568060e-10,
	-2.50507477628578072866e-8,
	2.75573136213857245213e-6,
	-1.98412698295895385996e-4,
	8.33333333332211858878e-3,
	-1.66666666666666307295e-1,
}

var cosCoef = [6]float64{
	-1.13585365213876817300e-11,
	2.08757008419747316778e-9,
	-2.75573141792967388112e-7,
	2.48015872888517045348e-5,
	-1.38888888888730564116e-3,
	4.16666666666665929218e-2,
}

// reduce returns the octant j in [0, 8) (always even) and z = x - j×π/4 for x >= 0.
func reduce(x float64) (j uint64, z float64) {
	if x >= reduceThreshold {
		return reduceLarge(x)
	}
	j = uint64(x * (4 / Pi))
	y := float64(j)
	// Map odd octants to the next even one, so that z is in [-π/4, π/4].
	if j&1 == 1 {
		j++
		y += 1 // gosharp: not y++, which the compiler drops for floats
	}
	j &= 7
	return j, FMA(-y, pi4c, FMA(-y, pi4b, FMA(-y, pi4a, x)))
}

// sinPoly is sin(z) and cosPoly cos(z) for |z| <= π/4.
//
// The multiply-adds here and below are written as FMA because gc fuses a*b+c into one arm64
// FMADD, and these functions must give gc's results to the last bit.
func sinPoly(z float64) float64 {
	zz := z * z
	return FMA(z*zz, horner(&sinCoef, zz), z)
}

func cosPoly(z float64) float64 {
	zz := z * z
	return FMA(zz*zz, horner(&cosCoef, zz), FMA(-0.5, zz, 1.0))
}

// horner evaluates c[0]×x⁵ + c[1]×x⁴ + ... + c[5].
func horner(c *[6]float64, x float64) float64 {
	p := c[0]
	for i := 1; i < len(c); i++ {
		p = FMA(p, x, c[i])
	}
	return p
}

// Sin is the sine of x (radians). Sin(±0) = ±0, Sin(±Inf) = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	j, z := reduce(x)
	// sin(z + jπ/4): octants 4-7 negate; 2 and 6 use the cosine.
	if j > 3 {
		sign = !sign
		j -= 4
	}
	var y float64
	if j == 1 || j == 2 {
		y = cosPoly(z)
	} else {
		y = sinPoly(z)
	}
	if sign {
		y = -y
	}
	return y
}

// Cos is the cosine of x (radians). Cos(±Inf) = NaN, Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	x = Abs(x)
	j, z := reduce(x)
	sign := false
	if j > 3 {
		j -= 4
		sign = !sign
	}
	if j > 1 {
		sign = !sign
	}
	var y float64
	if j == 1 || j == 2 {
		y = sinPoly(z)
	} else {
		y = cosPoly(z)
	}
	if sign {
		y = -y
	}
	return y
}

// Sincos is (Sin(x), Cos(x)).
func Sincos(x float64) (sin, cos float64) { return Sin(x), Cos(x) }

// Tan is the tangent of x (radians). Tan(±0) = ±0, Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	const (
		p0 = -1.30936939181383777646e4
		p1 = 1.15351664838587416140e6
		p2 = -1.79565251976484877988e7
		q1 = 1.36812963470692954678e4
		q2 = -1.32089234440210967447e6
		q3 = 2.50083801823357915839e7
		q4 = -5.38695755929454629881e7
	)
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	sign := false
	if x < 0 {
		x = -x
		sign = true
	}
	j, z := reduce(x)
	zz := z * z
	y := z
	if zz > 1e-14 {
		num := zz * FMA(FMA(p0, zz, p1), zz, p2)
		den := FMA(FMA(FMA(FMA(z, z, q1), zz, q2), zz, q3), zz, q4)
		y = FMA(z, num/den, z)
	}
	if j&2 == 2 { // tan(z + π/2) = -1/tan(z)
		y = -1 / y
	}
	if sign {
		y = -y
	}
	return y
}

// fourOverPi holds the binary expansion of 4/π, 64 bits per word, the most significant first:
// word 1's last bit is the integer part (1), word 0 the zeros above it.
var fourOverPi = [22]uint64{
	0, 1,
	0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083, 0xfca2c757bd778ac3,
	0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909,
	0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076, 0x3ff12fffbc0b301f,
	0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6,
	0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757, 0xe19f784135e86c3b,
}

// fourOverPiBits is 64 bits of fourOverPi starting at bit k (bit 0 the top bit of word 0).
func fourOverPiBits(k uint) uint64 {
	w, s := k/64, k%64
	if s == 0 {
		return fourOverPi[w]
	}
	return fourOverPi[w]<<s | fourOverPi[w+1]>>(64-s)
}

// reduceLarge is reduce for x >= 2^29 (Payne-Hanek): with x = m × 2^e (m the 53-bit integer
// mantissa), x×4/π modulo 8 only depends on the bits of 4/π of weight 2^(2-e) and below; a 192-bit
// window of them times m gives the octant (top 3 bits) and the fraction.
func reduceLarge(x float64) (j uint64, z float64) {
	b := Float64bits(x)
	e := int(b>>mantBits&expMask) - bias - mantBits
	m := b&fracMask | 1<<mantBits
	// The bit of weight 2^-i is at index i+127 in fourOverPi; the window starts at i = e-2.
	k := uint(e - 2 + 127)
	w0, w1, w2 := fourOverPiBits(k), fourOverPiBits(k+64), fourOverPiBits(k+128)
	// (w0:w1:w2 × m) mod 2^192.
	h2, r2 := bits.Mul64(w2, m)
	h1, l1 := bits.Mul64(w1, m)
	r1, c := bits.Add64(l1, h2, 0)
	r0 := w0*m + h1 + c
	j = r0 >> 61
	// The fraction, truncated (as gc does) to the 53 bits below its leading one.
	fhi := r0<<3 | r1>>61
	flo := r1<<3 | r2>>61
	lz := uint(bits.LeadingZeros64(fhi))
	top := fhi
	if lz > 0 {
		top = fhi<<lz | flo>>(64-lz)
	}
	z = Ldexp(float64(top>>11), -int(53+lz))
	if j&1 == 1 { // the next octant, z = fraction - 1
		j++
		z -= 1
	}
	j &= 7
	return j, z * (Pi / 4)
}
