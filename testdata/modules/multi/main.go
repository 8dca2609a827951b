// A program made of several packages of one module: nested import paths, a package imported by
// two others, generics and interfaces across packages, init order and package-level variables.
package main

import (
	"errors"
	"fmt"

	"example.com/multi/greet"
	"example.com/multi/internal/order/a"
	"example.com/multi/internal/order/b"
	"example.com/multi/shapes"
	"example.com/multi/util/strs"
)

type loud struct{}

func (loud) Greet(name string) string { return strs.Upper("hey " + name) }

var fromOtherPackages = a.A + b.B + fmt.Sprint(len(greet.Order))

func init() { fmt.Println("init main", fromOtherPackages) }

func main() {
	fmt.Println(greet.Hello(greet.Default, "ann", "bob"))
	c := &greet.Counting{Prefix: "hi"}
	fmt.Println(greet.Hello(c, "x", "y", "z"), c.Times())
	var gs []greet.Greeter = []greet.Greeter{greet.English{}, c, loud{}}
	for _, g := range gs {
		fmt.Printf("%T: %s\n", g, g.Greet("you"))
	}
	fmt.Println(greet.Secret())

	var st strs.Stack[shapes.Shape]
	st.Push(shapes.Rect{W: 2, H: 3})
	st.Push(&shapes.Circle{R: 10})
	fmt.Println(st.Len())
	for {
		s, ok := st.Pop()
		if !ok {
			break
		}
		fmt.Printf("%v %T %g\n", s, s, s.Area())
		if err := shapes.Check(s.Area()); err != nil {
			var se *shapes.Err
			fmt.Println(err, errors.As(err, &se), se.Code)
		}
	}
	fmt.Println(shapes.Total(shapes.Rect{W: 1, H: 1}, &shapes.Circle{R: 1}))
	fmt.Println(strs.Sum(1, 2, 3), strs.Sum(1.5, 2.5))
	ps := strs.Map([]int{1, 2}, func(i int) strs.Pair[string, int] { return strs.Pair[string, int]{Key: fmt.Sprint("k", i), Val: i * i} })
	fmt.Printf("%v %+v %T\n", ps, ps[0], ps[0])
	n := shapes.Named[[]int]{Name: "xs", Value: []int{1, 2}}
	fmt.Println(n, fmt.Sprintf("%T", n))
	var sh shapes.Shape = shapes.Rect{W: 1, H: 2}
	if _, ok := sh.(interface{ Greet(string) string }); !ok {
		fmt.Println("a Rect is no Greeter")
	}
	fmt.Println(strs.Calls, greet.Order)
}
