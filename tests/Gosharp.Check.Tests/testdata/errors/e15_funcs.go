package main

func init(x int) {}

func init() {}

var init = 1

func main(x int) int { return 0 }

func f(a, a int) {}

func g(...int, string) {}

func h() (x int, x string) { return }

func k(a int) { var a int; _ = a }

type T struct{}

func (t T) M(t int) {}

func (T) N() {}
func (*T) N() {}

func noBody()

func G[T any]()

// ERRORS
// 3:6: func init must have no arguments and no return values
// 7:5: cannot declare init - must be func
// 9:6: func main must have no arguments and no return values
// 11:11: a redeclared in this block
// 	e15_funcs.go:11:8: other declaration of a
// 13:8: can only use ... with final parameter in list
// 15:18: x redeclared in this block
// 	e15_funcs.go:15:11: other declaration of x
// 15:30: result parameter x not in scope at return
// 	e15_funcs.go:15:11: inner declaration of var x string
// 17:21: a redeclared in this block
// 	e15_funcs.go:17:8: other declaration of a
// 21:14: t redeclared in this block
// 	e15_funcs.go:21:7: other declaration of t
// 24:11: T.N redeclared in this block
// 	e15_funcs.go:23:10: other declaration of N
// 28:6: parameterized function is missing function body
