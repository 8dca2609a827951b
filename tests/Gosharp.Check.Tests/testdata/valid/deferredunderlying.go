package main

import "unsafe"

// A type defined as another whose declaration is still being checked (through a pointer).
type T1 struct{ Next *T2 }
type T2 T1
type T3 T2

func (*T3) M() {}

type A struct{ Next *B }
type B C
type C D
type D A

type P *[10]Q
type Q P

// iota in function literals of a constant declaration is the declaration's.
const (
	zero = iota
	one  = unsafe.Sizeof(func() { var x [iota]int; _ = x })
	two  = unsafe.Sizeof(func() {
		var x [iota]int
		const (
			inner0 = iota
			inner1 = unsafe.Sizeof([iota + 1]int{} == x)
		)
	})
)

func main() {
	_ = &T1{&T2{}}
	_ = &T2{&T2{}}
	var t T3
	t.M()
	_ = &A{&B{}}
	_ = &D{&B{}}
	q := &[10]Q{}
	_ = P(q)
	println(zero, one, two)
}
