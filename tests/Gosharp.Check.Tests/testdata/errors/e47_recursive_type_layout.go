package main

import "unsafe"

type T struct {
	f T
}

type A [2]struct{ a A }

type B struct{ c C }
type C struct{ b [1]B }

var _ = unsafe.Sizeof(T{})
var _ = unsafe.Alignof(A{})
var _ = unsafe.Offsetof(B{}.c)

func main() {
	type L struct{ l L }
	_ = unsafe.Sizeof(L{})
}

// ERRORS
// 5:6: invalid recursive type T
// 	e47_recursive_type_layout.go:5:6: T refers to
// 	e47_recursive_type_layout.go:5:6: T
// 9:6: invalid recursive type A
// 	e47_recursive_type_layout.go:9:6: A refers to
// 	e47_recursive_type_layout.go:9:6: A
// 11:6: invalid recursive type B
// 	e47_recursive_type_layout.go:11:6: B refers to
// 	e47_recursive_type_layout.go:12:6: C refers to
// 	e47_recursive_type_layout.go:11:6: B
// 19:7: invalid recursive type L
// 	e47_recursive_type_layout.go:19:7: L refers to
// 	e47_recursive_type_layout.go:19:7: L
