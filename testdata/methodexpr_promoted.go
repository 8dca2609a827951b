package main

import "fmt"

type T int

func (t T) Val() int   { return int(t) }
func (t *T) Ptr() int  { return int(*t) * 10 }

type I interface{ Val() int }

type E1 struct{ T }
type E2 struct {
	x int
	*T
}
type E3 struct {
	y string
	I
}

func main() {
	t := T(4)
	e1 := E1{5}
	e2 := E2{1, &t}
	e3 := E3{"a", T(6)}
	f1 := E1.Val
	f2 := (*E1).Val
	f3 := (*E1).Ptr
	f4 := E2.Val
	f5 := E2.Ptr
	f6 := E3.Val
	f7 := (*E3).Val
	fmt.Println(f1(e1), f2(&e1), f3(&e1), f4(e2), f5(e2), f6(e3), f7(&e3))
	fmt.Printf("%T\n%T\n", f1, f3)
}
