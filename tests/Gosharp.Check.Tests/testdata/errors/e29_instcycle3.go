package main

// A type declared inside a generic function is a new type in each instance.
func F[A any](n int) {
	type L struct{ a A }
	if n > 0 {
		F[L](n - 1)
	}
}

func main() {
	F[int](1)
}

// ERRORS
// 4:8: instantiation cycle:
// 	e29_instcycle3.go:7:5: A instantiated as L
// 	e29_instcycle3.go:5:7: L implicitly parameterized by A
