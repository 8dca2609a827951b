package main

import (
	"fmt"
	"math"
)

// Floats and complex numbers: shortest %v, every float verb with flags, widths and precisions,
// float32 values, special values.

var values = []float64{
	0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 3.14159265358979, 1e6, 1e20, 1e21, 1e-4, 1e-5,
	123456789, 1234567.5, 0.000123456, 100, 12345678901234567890, 1.5, 2.5, -0.5, 0.05, 5e-324,
	1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-320, 9007199254740993,
	6.02214076e23, 1.602176634e-19, 299792458, 0.1 + 0.2, 100.125, 1e15, 1e16, 123e-7,
}

var verbs = []string{
	"%v", "%g", "%G", "%e", "%E", "%f", "%F", "%.0f", "%.1f", "%.2f", "%.3e", "%.0e", "%.3g",
	"%.10g", "%.0g", "%8.2f", "%-8.2f|", "%08.2f", "%+.3g", "% .2f", "%+08.1f", "%#g", "%#.3g",
	"%#.0f", "%#.0e", "%#v", "%x", "%X", "%.2x", "%#x", "%b", "%12.4e", "%.20f", "%.17g",
}

func main() {
	for _, v := range values {
		fmt.Printf("%v:", v)
		for _, verb := range verbs {
			fmt.Printf(" "+verb, v)
		}
		fmt.Println()
	}
	fmt.Println()

	// float32: shortest in 32 bits
	for _, v := range []float32{0.1, 1.0 / 3, 16777216, 3.4028235e38, 1e-45, 2.5, 100.01} {
		fmt.Printf("%v %g %e %.3f %b %x\n", v, v, v, v, v, v)
	}
	fmt.Println(float32(0.1), float64(float32(0.1)), []float32{1.5, 0.3})

	// special values
	inf, nan, negZero := math.Inf(1), math.NaN(), math.Copysign(0, -1)
	for _, v := range []float64{inf, -inf, nan, negZero} {
		fmt.Printf("%v|%5.1f|%-6v|%+v|% v|%06v|%e|%x|%b|%#g\n", v, v, v, v, v, v, v, v, v, v)
	}

	// complex
	cs := []complex128{0, 1 + 2i, -1.5 - 0.25i, complex(inf, nan), 1e21 + 1e-7i}
	for _, c := range cs {
		fmt.Printf("%v|%.2f|%+.1e|%8.3g|%g|%#v\n", c, c, c, c, c, c)
	}
	fmt.Println(complex64(1+2i), []complex64{3i})
	fmt.Printf("%d %s\n", 1.5, 2+3i)

	// floats in composites and Println spacing
	fmt.Println(1.0, 2.5, []float64{0.5, 1e100}, map[float64]string{2.5: "b", -1: "a"})
	fmt.Println(struct{ X, Y float64 }{1, 0.25}, [2]float32{1.25, 3})
	fmt.Printf("%v %+v %#v\n", struct{ F float64 }{3}, struct{ F float64 }{3}, []float64{1, 2.5})
	fmt.Print(1.5, 2.5, "\n")
	fmt.Println(fmt.Sprint(3.0), fmt.Sprintf("%6.2f%%", 99.5))

	// rounding: ties to even on exact values
	for _, v := range []float64{0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375, 1.005, 2.675} {
		fmt.Printf("%.0f %.2f %.1e|", v, v, v)
	}
	fmt.Println()
}
