package main

// gc looks for instantiation cycles only in a package free of other errors:
// here it reports the undefined name alone.
func F[T any](n int) {
	if n > 0 {
		F[*T](n - 1)
	}
}

func main() {
	F[int](3)
	_ = undefined
}

// ERRORS
// 13:6: undefined: undefined
