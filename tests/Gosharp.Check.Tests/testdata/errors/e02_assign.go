package main

func f() (int, string) { return 1, "a" }
func g() {}

func main() {
	var a int = "hello"
	var b, c = f()
	var d, e, h = f()
	i, j := 1
	k := g()
	var l byte = 256
	var m int8 = -129
	var n uint = -1
	var o float32 = 1e100
	var p int = 1.5
	var q string = 'a'
	var r bool = 1
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = a, b, c, d, e, h, i, j, k, l, m, n, o, p
	_, _ = q, r
	1 = 2
	f() = 3
	"s"[0] = 'x'
	const cc = 1
	cc = 2
	var mm map[string]struct{ x int }
	mm["a"].x = 1
	s := []int{}
	s[1.5] = 0
	s["a"] = 0
	s[-1] = 0
}

// ERRORS
// 7:14: cannot use "hello" (untyped string constant) as int value in variable declaration
// 9:16: assignment mismatch: 3 variables but f returns 2 values
// 10:10: assignment mismatch: 2 variables but 1 value
// 11:7: g() (no value) used as value
// 12:15: cannot use 256 (untyped int constant) as byte value in variable declaration (overflows)
// 13:15: cannot use -129 (untyped int constant) as int8 value in variable declaration (overflows)
// 14:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
// 15:18: cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)
// 16:14: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
// 17:17: cannot use 'a' (untyped rune constant 97) as string value in variable declaration
// 18:15: cannot use 1 (untyped int constant) as bool value in variable declaration
// 21:2: cannot assign to 1 (untyped int constant)
// 22:2: multiple-value f() (value of type (int, string)) in single-value context
// 23:2: cannot assign to "s"[0] (value of type byte)
// 25:2: cannot assign to cc (untyped int constant 1)
// 27:2: cannot assign to struct field mm["a"].x in map
// 29:4: 1.5 (untyped float constant) truncated to int
// 30:4: cannot convert "a" (untyped string constant) to int
// 31:4: invalid argument: index -1 (constant of type int) must not be negative
