package main

// An interface value assigned to a type parameter that implements it needs a type assertion.

type I interface{ m() }

func f[P I](x I, y interface{}) {
	var _ P = x
	var _ P = y
}

func g[P any](y any) P { return y }

func main() {}

// ERRORS
// 8:12: cannot use x (variable of type I) as type P in variable declaration:
// 	need type assertion
// 9:12: cannot use y (variable of type interface{}) as type P in variable declaration:
// 	need type assertion
// 12:33: cannot use y (variable of type any) as type P in return statement:
// 	need type assertion
