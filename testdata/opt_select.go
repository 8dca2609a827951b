package main

// Single-bit and sign tests (TBZ/TBNZ) and if/else diamonds assigning a value (CSEL), on the
// edges: the sign bit of every width, bit 63, unsigned and signed comparisons, pointers.

import "fmt"

//go:noinline
func min64(a, b int64) int64 {
	x := b
	if a < b {
		x = a
	}
	return x
}

//go:noinline
func max32(a, b int32) int32 {
	var x int32
	if a > b {
		x = a
	} else {
		x = b
	}
	return x
}

//go:noinline
func minU(a, b uint64) uint64 {
	if a < b {
		return a
	}
	return b
}

//go:noinline
func pick8(c bool, a, b int8) int8 {
	x := b
	if c {
		x = a
	}
	return x
}

//go:noinline
func clamp(v, lo, hi int) int {
	if v < lo {
		v = lo
	} else if v > hi {
		v = hi
	}
	return v
}

//go:noinline
func abs(x int) int {
	if x < 0 {
		x = -x
	}
	return x
}

//go:noinline
func orNil(p, q *int) *int {
	r := q
	if p != nil {
		r = p
	}
	return r
}

//go:noinline
func fmin(a, b float64) float64 {
	x := b
	if a < b {
		x = a
	}
	return x
}

//go:noinline
func bit(x uint64, k uint) string {
	if x&(1<<k) != 0 {
		return "1"
	}
	return "0"
}

//go:noinline
func bit3(x int) bool { return x&8 != 0 }

//go:noinline
func flags(x int32) string {
	s := ""
	if x&1 != 0 {
		s += "a"
	}
	if x&(-1<<31) != 0 {
		s += "b"
	}
	if x&0x40 == 0 {
		s += "c"
	}
	return s
}

//go:noinline
func top(x uint64) int {
	if x&(1<<63) != 0 {
		return 1
	}
	return 0
}

//go:noinline
func sign8(x int8) string {
	if x < 0 {
		return "-"
	}
	if x >= 0 {
		return "+"
	}
	return "?"
}

//go:noinline
func sign32(x int32) string {
	if x >= 0 {
		return "+"
	}
	return "-"
}

//go:noinline
func sign64(x int64) string {
	if 0 > x {
		return "-"
	}
	return "+"
}

//go:noinline
func countNeg(s []int) int {
	n := 0
	for _, v := range s {
		if v < 0 {
			n++
		}
	}
	return n
}

func main() {
	fmt.Println(min64(3, -4), min64(-1<<63, 1<<63-1), min64(5, 5))
	fmt.Println(max32(-1<<31, 1<<31-1), max32(7, -7), max32(0, 0))
	fmt.Println(minU(1<<63, 1), minU(0, 1<<64-1))
	fmt.Println(pick8(true, -128, 127), pick8(false, -128, 127))
	fmt.Println(clamp(-5, 0, 10), clamp(50, 0, 10), clamp(5, 0, 10))
	fmt.Println(abs(-9), abs(9), abs(-1<<63))
	i, j := 1, 2
	fmt.Println(*orNil(&i, &j), *orNil(nil, &j))
	fmt.Println(fmin(1.5, -2.5), fmin(2, 3))
	for _, k := range []uint{0, 1, 31, 32, 62, 63} {
		fmt.Print(bit(1<<63|1<<31|1, k), bit(0x5555555555555555, k), " ")
	}
	fmt.Println()
	fmt.Println(bit3(8), bit3(7), bit3(-8), bit3(-9))
	fmt.Println(flags(1), flags(-1<<31), flags(0x41), flags(-1))
	fmt.Println(top(1<<63), top(1<<63-1))
	fmt.Println(sign8(-128), sign8(127), sign8(0), sign8(-1))
	fmt.Println(sign32(-1<<31), sign32(1<<31-1), sign32(0))
	fmt.Println(sign64(-1<<63), sign64(1<<63-1), sign64(0), sign64(-1))
	fmt.Println(countNeg([]int{-1, 2, -3, 0, -1 << 63, 1<<63 - 1}))
}
