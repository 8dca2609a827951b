package main

import "unsafe"

// A composite literal of a type inside its own declaration has no field or element types yet.
type T struct {
	f *[unsafe.Sizeof(T{})]int
}

type (
	A1 struct {
		_ [unsafe.Sizeof(B1{})]int
	}

	B1 struct {
		_ [unsafe.Sizeof(A1{})]int
	}
)

type A2 struct {
	f [len(A2{}.f)]int
}

func main() {}

// ERRORS
// 7:20: illegal cycle in type declaration
// 16:20: illegal cycle in type declaration
// 21:9: illegal cycle in type declaration
