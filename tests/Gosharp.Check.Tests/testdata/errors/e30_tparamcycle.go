package main

type T[U interface{ M() T[U] }] int

type X int

func (X) M() T[X] { return 0 }

type Fn[A ~[]B, B any] func(A)

type Two[A, B any] struct{}

var _ Two[int]

var _ Two[int, int, int]

func use(f Fn[[]int]) {}

func main() {}

// ERRORS
// 3:6: invalid recursive type T
// 	e30_tparamcycle.go:3:6: T refers to
// 	e30_tparamcycle.go:3:6: T
// 13:7: got 1 arguments but 2 type parameters
// 15:7: got 3 arguments but 2 type parameters
// 17:12: got 1 arguments but 2 type parameters
