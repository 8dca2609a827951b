package main

import "unsafe"

// A generic function is generic already while its own signature is checked:
// F1[int] may appear in the types of its parameters or results.
func F1[T any](_ [unsafe.Sizeof(F1[int])]T) (res T)      { return }
func F2[T any](_ T) (res [unsafe.Sizeof(F2[string])]int) { return }
func F3[T any](_ [unsafe.Sizeof(F1[string])]int)         {}

func main() {
	var a [8]int
	_ = F1[int](a)
	_ = F2(1)
	F3[int](a)
}
