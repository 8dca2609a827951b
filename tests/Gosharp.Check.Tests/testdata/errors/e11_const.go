package main

const (
	a = iota
	b
	c = 1 << 100
	d = c >> 98
	e int8 = 100 + 100
	f = 1.0 / 3
	g uint = 1 - 2
	h = "a" + 1
	k = len("abc")
	l = -'a'
	m = 1 << 1000
	n = m * m
)

const x1 byte = 255 + 1
const x2 = 10 / 0
const x3 = 10.0 / 0
const x4 = 1 % 2.0
const x5 float32 = 1e39
var x6 = iota

func main() {
	var i8 int8 = 1
	_ = i8 + 200
	_ = i8 << 8
	var u uint8 = 255
	_ = u + 1
	const big = 1 << 62
	var i int = big * 4
	_ = i
	_ = 1 << 64 >> 62
	var s uint
	var fl float64 = 1 << s
	_ = fl
	var i2 int = 1.0 << s
	_ = i2
	_ = ^uint8(0)
	_ = -uint(1)
}

// ERRORS
// 8:11: cannot use 100 + 100 (untyped int constant 200) as int8 value in constant declaration (overflows)
// 10:11: cannot use 1 - 2 (untyped int constant -1) as uint value in constant declaration (overflows)
// 11:6: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
// 14:8: constant shift overflow
// 18:17: cannot use 255 + 1 (untyped int constant 256) as byte value in constant declaration (overflows)
// 19:17: invalid operation: division by zero
// 20:19: invalid operation: division by zero
// 21:12: invalid operation: operator % not defined on 1 (untyped float constant)
// 22:20: cannot use 1e39 (untyped float constant 1e+39) as float32 value in constant declaration (overflows)
// 23:10: cannot use iota outside constant declaration
// 27:11: 200 (untyped int constant) overflows int8
// 32:14: cannot use big * 4 (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)
// 36:19: invalid operation: 1 << s (shift of type float64)
// 41:6: -uint(1) (constant -1 of type uint) overflows uint
