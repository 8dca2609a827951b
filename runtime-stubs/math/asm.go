package math

// Functions with a single arm64 instruction (asm_arm64.s).

// Sqrt is the square root of x: Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
func Sqrt(x float64) float64

// Floor is the greatest integer value less than or equal to x.
func Floor(x float64) float64

// Ceil is the least integer value greater than or equal to x.
func Ceil(x float64) float64

// Trunc is the integer value of x, rounded towards zero.
func Trunc(x float64) float64

// FMA is x*y+z computed with only one rounding.
func FMA(x, y, z float64) float64
