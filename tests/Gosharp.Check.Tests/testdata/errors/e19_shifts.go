package main

func main() {
	var s uint = 2
	var i int
	var f float64
	_ = 1 << s
	var a float64 = 1 << s
	var b = 1.5 << s
	_ = f << 2
	_ = i << s
	_ = i >> -s
	_ = 1 << 1.5
	_ = 2.0 << s
	var c int64 = 1 << 63
	var d = 1 << 64
	_, _, _, _ = a, b, c, d
	_ = "a" << 1
	const k = 1 << 10000
}

// ERRORS
// 8:18: invalid operation: 1 << s (shift of type float64)
// 9:10: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
// 10:6: invalid operation: shifted operand f (variable of type float64) must be integer
// 13:11: 1.5 (untyped float constant) truncated to uint
// 14:6: invalid operation: 2.0 << s (shift of type float64)
// 15:16: cannot use 1 << 63 (untyped int constant 9223372036854775808) as int64 value in variable declaration (overflows)
// 16:10: cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)
// 18:6: invalid operation: shifted operand "a" (untyped string constant) must be integer
// 19:17: invalid operation: invalid shift count 10000 (untyped int constant)
