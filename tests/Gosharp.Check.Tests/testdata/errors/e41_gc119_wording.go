package main

type T struct {
	x int
	x int
}

type R struct{ R }

type I interface{ M() }

type P struct{}

func (*P) M() {}

func (P) N()  {}
func (*P) N() {}

func foo(x foo) {}

const A = 1 + B
const B = C - 1
const C = A + B + 1

var e [ee]int
var g [1 << 65]int

type it struct{ Floats bool }

func main() {
	var t T
	_ = t.x
	_ = R{}
	var i I
	var p *P = i
	var c, d = 1, 2, 3
	var f, h, k = 1, 2
	_, _, _, _ = c, d, f, h
	byte := 3
	var n byte
	var v it
	_ = v.floats
	_ = struct{ a int }{b: 1}
	_ = it{true, false}
	_ = p
}

// ERRORS
// 5:2: x redeclared
// 	e41_gc119_wording.go:4:2: other declaration of x
// 8:6: invalid recursive type R
// 	e41_gc119_wording.go:8:6: R refers to
// 	e41_gc119_wording.go:8:6: R
// 17:11: P.N redeclared in this block
// 	e41_gc119_wording.go:16:10: other declaration of N
// 19:12: foo (value of type func()) is not a type
// 21:7: initialization loop for A
// 	e41_gc119_wording.go:21:7: A refers to
// 	e41_gc119_wording.go:22:7: B refers to
// 	e41_gc119_wording.go:23:7: C refers to
// 	e41_gc119_wording.go:21:7: A
// 22:7: initialization loop for B
// 	e41_gc119_wording.go:22:7: B refers to
// 	e41_gc119_wording.go:23:7: C refers to
// 	e41_gc119_wording.go:21:7: A refers to
// 	e41_gc119_wording.go:22:7: B
// 25:8: undeclared name ee for array length
// 26:8: array length 1 << 65 (untyped int constant 36893488147419103232) must be integer
// 35:13: cannot use i (variable of type I) as type *P in variable declaration:
// 	need type assertion
// 36:19: extra init expr 3
// 37:12: missing init expr for k
// 40:8: byte (variable of type int) is not a type
// 42:8: v.floats undefined (type it has no field or method floats, but does have Floats)
// 43:22: unknown field 'b' in struct literal of type struct{a int}
// 44:15: too many values in it{…}
