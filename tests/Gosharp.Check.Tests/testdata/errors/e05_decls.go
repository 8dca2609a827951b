package main

import "fmt"

const c1 int = "a"
const c2 = []int{}
const c3
const c4, c5 = 1
var v1, v2 = 1, 2, 3
var v3 = undefinedThing
var fmt = 1

type T1 struct {
	a int
	a string
}

type T2 interface {
	M()
	M()
}

type T3 [-1]int
type T4 [1.5]int
type T5 map[[]int]int
type T6 [n]int

var n = 3

func init() int { return 1 }

func main() {
	init()
	var x T7
	_ = x
}

type I interface{ M() }

func (i I) M() {}
func (p *int) M() {}
func (x T8) Q() {}

type P *int

func (p P) M() {}

type S struct{ f int }

func (S) f() {}

// ERRORS
// 3:8: imported and not used: "fmt"
// 5:16: cannot use "a" (untyped string constant) as int value in constant declaration
// 6:12: []int{} (value of type []int) is not constant
// 7:7: missing init expr for c3
// 8:11: missing init expr for c5
// 9:20: extra init expr 3
// 10:10: undefined: undefinedThing
// 11:5: fmt already declared through import of package fmt ("fmt")
// 	e05_decls.go:3:8: other declaration of fmt
// 15:2: a redeclared
// 	e05_decls.go:14:2: other declaration of a
// 20:2: duplicate method M
// 	e05_decls.go:19:2: other declaration of M
// 23:10: invalid array length -1 (untyped int constant)
// 24:10: array length 1.5 (untyped float constant) must be integer
// 25:13: invalid map key type []int
// 26:10: invalid array length n
// 30:6: func init must have no arguments and no return values
// 33:2: undefined: init
// 34:8: undefined: T7
// 40:7: invalid receiver type I (pointer or interface type)
// 41:7: cannot define new methods on non-local type int
// 42:9: undefined: T8
// 46:7: invalid receiver type P (pointer or interface type)
// 50:10: field and method with the same name f
// 	e05_decls.go:48:16: other declaration of f
