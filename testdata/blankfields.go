package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

// A composite literal's values for blank fields are evaluated, in order, but never stored.

type T struct {
	a, _, c int
}

type U struct {
	s string
	_ [2]int16
	t T
	_ *int
}

var calls []string

func val(name string, v int) int {
	calls = append(calls, name)
	return v
}

var g = struct{ a, _, c int }{1, 2, 3}
var gt = T{val("g.a", 4), 5, val("g.c", 6)}

func blank(p unsafe.Pointer, off uintptr) int { return *(*int)(unsafe.Add(p, off)) }

func main() {
	fmt.Println(reflect.ValueOf(g).Field(1).Int(), g.a, g.c)
	fmt.Println(blank(unsafe.Pointer(&gt), 8), gt.a, gt.c, calls)

	calls = nil
	t := T{val("a", 7), val("_", 8), val("c", 9)}
	fmt.Println(blank(unsafe.Pointer(&t), 8), t.a, t.c, calls)

	calls = nil
	x := 42
	u := U{"s", [2]int16{int16(val("arr", 1)), 2}, T{1, val("inner", 99), 3}, &x}
	fmt.Println(reflect.ValueOf(u).Field(1).Index(0).Int(), reflect.ValueOf(u).Field(3).IsNil(), reflect.ValueOf(u.t).Field(1).Int(), calls)

	p := &T{10, val("ptr", 11), 12}
	fmt.Println(reflect.ValueOf(*p).Field(1).Int(), p.a, p.c)

	arr := [2]T{{1, 2, 3}, {4, val("elem", 5), 6}}
	fmt.Println(reflect.ValueOf(arr[0]).Field(1).Int(), reflect.ValueOf(arr[1]).Field(1).Int())

	// A blank field's value still faults.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var np *int
		_ = T{1, *np, 3}
		fmt.Println("not reached")
	}()
}
