package main

type A struct{ X int }

func (A) M() {}

type B struct{ X int }

func (B) M() {}

type C struct {
	A
	B
}

type D struct {
	*A
	A2 A
}

type I interface{ M() }

type E struct {
	I
}

type P *A

type F struct {
	P
	x **A
	*I
}

func main() {
	var c C
	_ = c.X
	c.M()
	var d D
	_ = d.X
	var i I = c
	_ = i
	var e E
	e.M()
}

// ERRORS
// 30:2: embedded field type cannot be a pointer
// 32:2: embedded field type cannot be a pointer to an interface
// 37:8: ambiguous selector c.X
// 38:4: ambiguous selector c.M
// 41:12: cannot use c (variable of type C) as type I in variable declaration:
// 	C does not implement I (missing M method)
