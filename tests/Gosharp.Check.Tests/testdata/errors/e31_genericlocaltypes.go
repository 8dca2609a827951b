package main

func g[T any]() {
	type U []T
	func() {
		type V int
		_ = V(0)
	}()
	_ = U{}
}

type S[T any] struct{}

func (S[T]) m() {
	type (
		A int
		B []T
	)
	_, _ = A(0), B{}
}

func f() {
	type Pair[K comparable, V any] struct {
		k K
		v V
	}
	_ = Pair[int, string]{}
}

func main() {}

// ERRORS
// 4:2: type declarations inside generic functions are not currently supported
// 6:3: type declarations inside generic functions are not currently supported
// 15:2: type declarations inside generic functions are not currently supported
