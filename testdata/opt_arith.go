package main

// Arithmetic the arm64 lowering combines: multiply-add/subtract (with wraparound), shifted operands,
// compares with negative and large constants, bit tests, and scaled-index loads and stores.

//go:noinline
func madd(a, b, c int64) int64 { return a + b*c }

//go:noinline
func msub(a, b, c int64) int64 { return a - b*c }

//go:noinline
func mneg(b, c int32) int32 { return -(b * c) }

//go:noinline
func shifts(x, y uint64, z int64) (uint64, uint64, int64, uint64) {
	return x + y<<7, x - y>>3, z & (z >> 60), x ^ (y << 63)
}

//go:noinline
func cmpNeg(x int) (bool, bool, bool, bool) {
	return x < -5, x == -4095, x >= -4096, x > -1
}

//go:noinline
func bits(x uint32) int {
	n := 0
	if x&1 == 0 {
		n++
	}
	if x&0x80000000 != 0 {
		n += 10
	}
	if x&6 == 6 {
		n += 100
	}
	return n
}

var words [16]uint64
var halves [16]int16
var floats [16]float64

func main() {
	println(madd(1, 2, 3), madd(9223372036854775807, 2, 2), madd(-9223372036854775808, -1, 1))
	println(msub(1, 2, 3), msub(-9223372036854775808, 3, 3), msub(0, 4611686018427387904, 2))
	println(mneg(65536, 65536), mneg(-3, 7))
	a, b, c, d := shifts(1, 0xffffffffffffffff, -1<<62)
	println(a, b, c, d)
	a, b, c, d = shifts(12345, 3, 77)
	println(a, b, c, d)
	for _, x := range []int{-6, -5, -4095, -4096, -4097, -1, 0, 1} {
		p, q, r, s := cmpNeg(x)
		println(x, p, q, r, s)
	}
	println(bits(0), bits(1), bits(6), bits(0x80000007), bits(0xffffffff))
	for i := 0; i < len(words); i++ {
		words[i] = uint64(i) << 60
		halves[i] = int16(i*5000 - 30000)
		floats[i] = float64(i) / 4
	}
	var sw uint64
	var sh int
	var sf float64
	for i := len(words) - 1; i >= 0; i-- {
		sw += words[i] >> 58
		sh += int(halves[i])
		sf += floats[i] * floats[i]
	}
	println(sw, sh, sf)
	var m [4][4]int
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			m[i][j] = i*4 + j - 7
		}
	}
	t := 0
	for i := 0; i < 4; i++ {
		t = t*31 + m[i][3-i]*m[3-i][i]
	}
	println(t)
}
