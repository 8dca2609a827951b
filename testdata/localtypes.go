package main

import (
	"fmt"
	"reflect"
)

// Types declared inside different functions with the same name are different types, with
// different descriptors (same printed name).

func a() interface{} {
	type T struct{ x int }
	type S []T
	return S{{1}, {2}}
}

func b() interface{} {
	type T interface{}
	type S []T
	return S{1, "two"}
}

func c() interface{} {
	type S int
	return S(3)
}

func main() {
	x, y, z := a(), b(), c()
	fmt.Printf("%T %v\n%T %v\n%T %v\n", x, x, y, y, z, z)
	fmt.Println(reflect.TypeOf(x) == reflect.TypeOf(y), reflect.TypeOf(x) == reflect.TypeOf(a()))
	fmt.Println(reflect.DeepEqual(x, a()), reflect.DeepEqual(x, y))
	type S []interface{}
	s := S{1, "two"}
	fmt.Println(reflect.DeepEqual(s, y), reflect.TypeOf(s).Kind(), reflect.TypeOf(y).Kind())
	_, ok := y.(S)
	fmt.Println(ok)
}
