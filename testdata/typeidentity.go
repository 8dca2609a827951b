// Type identity and equality corner cases: fields embedded through an alias name a different
// type; blank (_) fields take no part in == or map keys; failed assertions between types that
// print alike say why; calling a value method through a nil pointer in an interface panics with
// gc's message; unsafe.Pointer belongs to package unsafe.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type Int = int

type A = struct{ int }
type B = struct{ Int }

type U struct {
	A, _, B int
}

type W struct {
	X int8
	_   [3]byte
	Y int32
}

type T struct{}

func (T) M() {}

type I interface{ M() }

var local interface{}

func makeLocal() {
	type T struct{}
	local = T{}
}

func assert(x interface{}) (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	_ = x.(T)
	return "ok"
}

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Println(x == y, reflect.TypeOf(x) == reflect.TypeOf(y))
	fmt.Printf("%T %T\n", x, y)

	var a, b U
	copy((*[24]byte)(unsafe.Pointer(&a))[:], "hello world, hello world")
	a.A, a.B = 1, 2
	b.A, b.B = 1, 2
	fmt.Println(a == b)
	m := map[U]int{a: 1}
	m[b]++
	fmt.Println(len(m), m[a])
	var w1, w2 W
	*(*[4]byte)(unsafe.Pointer(&w1)) = [4]byte{7, 1, 2, 3}
	w2.X = 7
	fmt.Println(w1 == w2)

	makeLocal()
	fmt.Println(assert(local))
	fmt.Println(assert(T{}))

	var tp *T
	var i I = tp
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println(ok, err)
		}()
		i.M()
	}()

	fmt.Println(reflect.TypeOf(unsafe.Pointer(nil)).PkgPath(), reflect.TypeOf(0).PkgPath() == "")
}
