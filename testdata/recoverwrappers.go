package main

import (
	"fmt"
	"reflect"
)

// recover() works in a deferred call reached through wrappers the compiler makes (value methods
// called through an interface, promoted methods, method values and expressions) and through the
// code of reflect's func values, as with gc; a function the deferred call calls does not recover.

type I interface{ M() }

type Val uintptr // not pointer-shaped: the interface holds a pointer, a wrapper loads the value

func (Val) M() { report("Val.M", recover()) }

type Big [4]string

func (Big) M() { report("Big.M", recover()) }

type Ptr struct{}

func (*Ptr) M() { report("(*Ptr).M", recover()) }

type Outer struct{ Big }

type Nested struct{}

func (Nested) M() { report("Nested.M helper", helper()); report("Nested.M", recover()) }

func helper() interface{} { return recover() }

func report(who string, r interface{}) { fmt.Println(who, "recovered:", r) }

func viaInterface(i I, v int) {
	defer i.M()
	panic(v)
}

func methodValue(v int) {
	f := Big{}.M
	defer f()
	panic(v)
}

func methodExpr(v int) {
	defer Val.M(Val(1))
	panic(v)
}

func reflectFunc(v int) {
	f := reflect.TypeOf(&Ptr{}).Method(0).Func.Interface().(func(*Ptr))
	defer f(&Ptr{})
	panic(v)
}

func reflectMethodValue(v int) {
	f := reflect.ValueOf(Val(2)).Method(0).Interface().(func())
	defer f()
	panic(v)
}

func makeFunc(v int) {
	f := reflect.MakeFunc(reflect.TypeOf((func())(nil)), func([]reflect.Value) []reflect.Value {
		report("MakeFunc", recover())
		return nil
	}).Interface().(func())
	defer f()
	panic(v)
}

func main() {
	viaInterface(Val(0), 1)
	viaInterface(Big{}, 2)
	viaInterface(&Ptr{}, 3)
	viaInterface(Outer{}, 4)
	viaInterface(&Outer{}, 5)
	methodValue(6)
	methodExpr(7)
	reflectFunc(8)
	reflectMethodValue(9)
	makeFunc(10)
	viaInterface(Nested{}, 11)
}
