// Untyped float and complex constants whose exact values are far outside float64's range:
// gc keeps them as 512-bit binary floats with a 32-bit exponent, and the results of computing
// with them must round to the same float64 values.
package main

import "math"

const (
	huge  = 1e1000000
	tiny  = 1e-1000000
	hbits = 0x1p-1000000
	third = 1.0 / 3
	big10 = 1e646456992
)

func main() {
	show(huge / 1e999998)                // 100
	show(tiny * 1e1000000)               // 1
	show(hbits * 0x1p1000000)            // 1
	show(big10 / 1e646456991)            // 10
	show(huge / (huge / 7))              // 7
	show(123.456e-100000 * 1e100000)     // 123.456
	show(9.999999999999999e999 / 1e999)  // 9.999999999999999
	show(1e-5000 * 1e5000 / 3)           // 0.333...
	show(third * 3)                      // 1
	show(0x1p-1074 * 1e-400 * 1e400)     // smallest subnormal
	show(1e-1000 * 1e677)                // 1e-323, rounded to a subnormal
	show32(float32(1e-300 * 1e300 / 10)) // 0.1 as float32

	const c = (1e400 + 1e400i) / (1e400 - 1e400i) // i
	show(real(c))
	show(imag(c))
	const d = (3e-500 + 4e-500i) * (3e500 - 4e500i) // 25 + 0i
	show(real(d))
	show(imag(d))

	const n = 1e5000 / 1e4999 // integral although computed in binary floats
	var a [n]byte
	println(len(a))
	const m int64 = huge / 1e999990
	println(m)

	println(huge > 1e999999, tiny < 1e-999999, -huge < -1e999999, huge == 1e1000000)
	println((huge+1)-huge == 0, 1e-700000000 == 0)
}

// show prints a float64 and its bits, so that results are compared exactly.
func show(f float64) { println(f, math.Float64bits(f)) }

func show32(f float32) { println(f, math.Float32bits(f)) }
