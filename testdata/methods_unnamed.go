package main

import "fmt"

// Methods promoted into unnamed struct types (struct{ T }) are in their method sets; method calls
// on non-addressable values (conversions, calls) through embedded pointers.

type T int

func (t T) String() string { return fmt.Sprint("T", int(t)) }
func (t *T) Set(v int)     { *t = T(v) }

type Setter interface{ Set(int) }

type A struct{ *B }
type B struct{ C }
type C struct{ n int }

func (c *C) Get() int { return c.n }

func mk() A { return A{&B{C{42}}} }

func main() {
	a := struct{ T }{5}
	var s fmt.Stringer = a
	fmt.Println(s.String(), a)
	p := &struct {
		x int
		T
	}{1, 2}
	var st Setter = p
	st.Set(9)
	fmt.Println(p.T, p.String())
	var s2 fmt.Stringer = p
	fmt.Println(s2)
	fmt.Printf("%T %T\n", a, p)
	fmt.Println(mk().Get(), A(mk()).Get(), mk().B.Get())
}
