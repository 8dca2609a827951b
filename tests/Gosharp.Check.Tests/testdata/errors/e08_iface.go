package main

import "io"

type I interface{ M(int) string }

type A struct{}

func (A) M(int) string { return "" }

type B struct{}

func (*B) M(int) string { return "" }

type C struct{}

func (C) M(string) string { return "" }

type D struct{}

func (D) m(int) string { return "" }

type E struct{ A }
type F struct {
	A
	*B
}

func main() {
	var i I
	i = A{}
	i = B{}
	i = &B{}
	i = C{}
	i = D{}
	i = E{}
	i = F{}
	var r io.Reader = i
	_ = r
	var pi *I
	pi.M(1)
	a := i.(A)
	b := i.(B)
	c := i.(C)
	_, _, _ = a, b, c
	var x int
	_ = x.(int)
	F{}.M(1)
	_ = A.M
	_ = B.M
	_ = (*B).M
	var s struct{ x int }
	_ = s.y
	_ = s.X
	var e error = io.EOF
	_ = e.Error
	_ = e.error
	_ = i.m
}

// ERRORS
// 32:6: cannot use B{} (value of type B) as type I in assignment:
// 	B does not implement I (M method has pointer receiver)
// 34:6: cannot use C{} (value of type C) as type I in assignment:
// 	C does not implement I (wrong type for M method)
// 		have M(string) string
// 		want M(int) string
// 35:6: cannot use D{} (value of type D) as type I in assignment:
// 	D does not implement I (missing M method)
// 		have m(int) string
// 		want M(int) string
// 37:6: cannot use F{} (value of type F) as type I in assignment:
// 	F does not implement I (missing M method)
// 38:20: cannot use i (variable of type I) as type io.Reader in variable declaration:
// 	I does not implement io.Reader (missing Read method)
// 41:5: pi.M undefined (type *I is pointer to interface, not interface)
// 43:7: impossible type assertion: i.(B)
// 	B does not implement I (M method has pointer receiver)
// 44:7: impossible type assertion: i.(C)
// 	C does not implement I (wrong type for M method)
// 		have M(string) string
// 		want M(int) string
// 47:6: invalid operation: x (variable of type int) is not an interface
// 48:6: ambiguous selector F{}.M
// 50:8: cannot call pointer method M on B
// 53:8: s.y undefined (type struct{x int} has no field or method y)
// 54:8: s.X undefined (type struct{x int} has no field or method X, but does have x)
// 57:8: e.error undefined (type error has no field or method error, but does have Error)
// 58:8: i.m undefined (type I has no field or method m, but does have M)
