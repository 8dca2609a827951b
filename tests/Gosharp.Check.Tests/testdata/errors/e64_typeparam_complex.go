package main

// real, imag and complex of a type parameter are checked through (their result is a type
// parameter too) but not supported yet, in gc 1.19 as in later ones.

func Re[P ~complex64 | ~complex128](x P) {
	_ = real(x)
	_ = imag(x) + 1
}

func Cx[P ~float32 | ~float64](x P) {
	_ = complex(x, 1)
	var s string = complex(x, x)
	_ = s
}

func main() {}

// ERRORS
// 7:11: x (variable of type P constrained by ~complex64|~complex128) not supported as argument to real for go1.18 (see issue #50937)
// 8:11: x (variable of type P constrained by ~complex64|~complex128) not supported as argument to imag for go1.18 (see issue #50937)
// 12:14: x (variable of type P constrained by ~float32|~float64) not supported as argument to complex for go1.18 (see issue #50937)
// 13:17: cannot use complex(x, x) (value of type P constrained by interface{~complex64|~complex128}) as type string in variable declaration
// 13:25: x (variable of type P constrained by ~float32|~float64) not supported as argument to complex for go1.18 (see issue #50937)
