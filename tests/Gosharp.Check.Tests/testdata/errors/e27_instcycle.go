package main

// F[int] needs F[*int], which needs F[**int], ...: gc rejects the program before compiling it.
func F[T any](n int) {
	if n > 0 {
		F[*T](n - 1)
	}
}

type Box[T any] struct{ v T }

// Going through another generic type, with the type argument inferred, is just as endless.
func G[T any](x T, n int) {
	if n > 0 {
		G(Box[T]{x}, n-1)
	}
}

// A zero-weight cycle (T stays T) is fine.
func H[T any](x T, n int) {
	if n > 0 {
		H(x, n-1)
	}
}

func main() {
	F[int](3)
	G(1, 3)
	H(1, 3)
}

// ERRORS
// 4:8: instantiation cycle:
// 	e27_instcycle.go:6:5: T instantiated as *T
