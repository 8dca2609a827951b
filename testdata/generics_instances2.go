package main

import (
	"fmt"
	"unsafe"
)

// Built-ins whose result is a constant in plain code but not in generic code.
type Token *[16]byte

func length[T ~*[16]byte | ~[4]int](t T) int { return len(t) }

type pair[T any] struct {
	a byte
	b T
}

func layout[T any](x T) (uintptr, uintptr, uintptr) {
	var p pair[T]
	return unsafe.Sizeof(x), unsafe.Alignof(x), unsafe.Offsetof(p.b)
}

type Complex interface{ ~complex64 | ~complex128 }

func pi[T Complex]() T   { return T(3.25) }
func negI[T Complex]() T { return T(-1i) }

type Float interface{ ~float32 | ~float64 }

func half[T Float]() T { return T(1) / T(2) }

// switch with a concrete tag and an interface case (and the reverse).
func find[T comparable](tag T, cases ...any) int {
	for i, c := range cases {
		switch tag {
		case c:
			return i
		}
	}
	return -1
}

func find2[T comparable](tag any, c T) bool {
	switch tag {
	case c:
		return true
	}
	return false
}

func both[T any](x any) (T, bool) {
	t, ok := x.(T)
	return t, ok
}

func main() {
	var tok Token
	println(length(tok), length([4]int{}))
	fmt.Println(layout(int64(1)))
	fmt.Println(layout(int16(1)))
	fmt.Println(layout("s"))
	fmt.Println(layout([3]byte{}))
	fmt.Println(pi[complex128](), negI[complex64](), half[float32](), half[float64]())
	fmt.Println(find(3, "a", 3.0, 3), find("x", 1, "x"), find(2.5, 1))
	fmt.Println(find2(7, 7), find2(int8(7), 7), find2("a", "b"))
	println(both[int](5))
	println(both[string](5))
	var t int
	var i any = 0
	switch t {
	case i:
		println("t matches i")
	}
}
