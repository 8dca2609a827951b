package main

type A int

// ~A holds no type (no type has A as its underlying type): C's type set is empty.
type C interface {
	~A
}

func f[_ C]()              {}
func g[_ interface{ C }]() {}
func h[_ C | int]()        {}

func main() {
	_ = f[int]
	_ = g[int]
	_ = h[int]
}

// ERRORS
// 7:2: invalid use of ~ (underlying type of A is int)
// 15:8: cannot implement C (empty type set)
// 16:8: cannot implement interface{C} (empty type set)
