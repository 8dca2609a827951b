package main

// Float multiply-add fusion and float constant folding: gc's arm64 back end fuses a+x*y, a-x*y and
// x*y-a into one instruction (one rounding) and folds constant float operations first, so the last
// bit of these results depends on doing both as gc does.

import (
	"fmt"
	"math"
)

//go:noinline
func madd(a, x, y float64) float64 { return a + x*y }

//go:noinline
func msub(a, x, y float64) float64 { return a - x*y }

//go:noinline
func nmsub(a, x, y float64) float64 { return x*y - a }

//go:noinline
func negprod(a, x, y float64) float64 { return a + -(x*y) }

//go:noinline
func negsub(a, x, y float64) float64 { return -(x * y) - a }

// An explicit conversion rounds: no fusion across it.
//go:noinline
func rounded(a, x, y float64) float64 { return a + float64(x*y) }

//go:noinline
func rounded32(a, x, y float32) float32 { return float32(x*y) - a }

//go:noinline
func twoProducts(x, y, z, w float64) float64 { return x*y + z*w }

//go:noinline
func twoProductsSub(x, y, z, w float64) float64 { return x*y - z*w }

// The product has another use: it is still fused into the sum.
//go:noinline
func shared(a, x, y float64) (float64, float64) {
	p := x * y
	return a + p, p
}

//go:noinline
func madd32(a, x, y float32) float32 { return a + x*y }

//go:noinline
func msub32(a, x, y float32) float32 { return a - x*y }

//go:noinline
func nmsub32(a, x, y float32) float32 { return x*y - a }

// Small enough to inline: fused in the caller as well.
func dot(ax, ay, bx, by float64) float64 { return ax*bx + ay*by }

//go:noinline
func horner(c []float64, x float64) float64 {
	r := 0.0
	for i := len(c) - 1; i >= 0; i-- {
		r = r*x + c[i]
	}
	return r
}

// x/2 is x*0.5 (exact reciprocal), which then fuses; x*2 is x+x, which does not.
//go:noinline
func halfPlus(a, x float64) float64 { return a + x/2 }

//go:noinline
func twicePlus(a, x float64) float64 { return a + x*2 }

//go:noinline
func thirdPlus(a, x float64) float64 { return a + x/3 }

func bits(f float64) string { return fmt.Sprintf("%v %#016x", f, math.Float64bits(f)) }

func bits32(f float32) string { return fmt.Sprintf("%v %#08x", f, math.Float32bits(f)) }

func main() {
	fmt.Println("madd", bits(madd(-1, 0.1, 10)))
	fmt.Println("msub", bits(msub(1, 0.1, 10)))
	fmt.Println("nmsub", bits(nmsub(1, 0.1, 10)))
	fmt.Println("negprod", bits(negprod(1, 0.1, 10)))
	fmt.Println("negsub", bits(negsub(-1, 0.1, 10)))
	fmt.Println("rounded", bits(rounded(-1, 0.1, 10)), bits32(rounded32(1, 0.1, 10)))
	fmt.Println("two", bits(twoProducts(0.1, 10, -0.1, 10)), bits(twoProducts(-0.1, 10, 0.1, 10)))
	fmt.Println("twosub", bits(twoProductsSub(0.1, 10, 0.1, 10)))
	s, p := shared(-1, 0.1, 10)
	fmt.Println("shared", bits(s), bits(p))
	fmt.Println("madd32", bits32(madd32(-1, 0.1, 10)))
	fmt.Println("msub32", bits32(msub32(1, 0.1, 10)))
	fmt.Println("nmsub32", bits32(nmsub32(1, 0.1, 10)))
	fmt.Println("dot", bits(dot(0.1, 0.2, 10, -5)), bits(dot(1.0/3, 2.0/3, 3, -1.5)))
	fmt.Println("horner", bits(horner([]float64{1, 0.1, 0.01, 0.001, 1e-4, 1e-5}, 1.1)))
	tiny := math.SmallestNonzeroFloat64
	fmt.Println("half", bits(halfPlus(tiny, tiny)), bits(halfPlus(1, 3)))
	fmt.Println("twice", bits(twicePlus(-math.MaxFloat64, math.MaxFloat64)), bits(twicePlus(1, 0.1)))
	fmt.Println("third", bits(thirdPlus(-1, 3)), bits(thirdPlus(1, 0.1)))

	// Constant operands: folded before fusion, as gc folds them.
	a, b, c := 0.1, 10.0, -1.0
	fmt.Println("const", bits(a*b+c), bits(c-a*b), bits(a*b-c))
	var f32 float32 = 16777216
	var g32 float32 = 0.1
	fmt.Println("const32", bits32(f32+1), bits32(g32*10-1), bits32(float32(0.1)*3))
	z := 0.0
	negz := -z
	nan := z / z
	fmt.Println("zero", 1/negz, nan != nan, math.IsNaN(nan), 1/(z*-1))
	big := 1e308
	fmt.Println("overflow", big*10, -big*10, big*10-big*10 != 0)
	n := 3
	fmt.Println("convert", float64(n)/3*0.1+0.7, int64(2.5e9*2), uint32(float32(4e9)), float32(1.0/3.0))
}
