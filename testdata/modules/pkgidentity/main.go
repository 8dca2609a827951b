// Types and methods that look alike but belong to different packages stay apart.
package main

import (
	"fmt"

	"example.com/pkgidentity/a"
	"example.com/pkgidentity/b"
)

type M struct{}

func (M) hidden() {}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func main() {
	fmt.Println(b.F1(b.T{}))
	fmt.Println(b.F2(b.T{}))

	_, ok := a.Embedded().(struct{ int })
	_, ok2 := any(struct{ int }{1}).(struct{ int })
	fmt.Println(ok, ok2)
	try(func() { _ = a.Field().(struct{ x int }) })

	var m any = M{}
	try(func() { _ = m.(a.Hidden) })
	var h any = a.H(1)
	_, ok3 := h.(a.Hidden)
	fmt.Println(ok3)
}
