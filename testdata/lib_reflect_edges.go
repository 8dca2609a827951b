package main

import (
	"fmt"
	"reflect"
)

// reflect edge cases: addressability through arrays, interfaces and pointers, nil embedded
// pointers, zero maps, appending to nil slices, and the panics of misuse.

type In struct{ V int }
type Out struct {
	*In
	Arr [2]In
	I   interface{}
	m   map[string]int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	o := Out{Arr: [2]In{{1}, {2}}, I: &In{3}}
	v := reflect.ValueOf(o)
	fmt.Println(v.Field(1).Index(1).CanAddr(), v.Field(1).Index(1).Field(0).Int())
	pv := reflect.ValueOf(&o).Elem()
	fmt.Println(pv.Field(1).Index(1).CanAddr(), pv.Field(1).Index(1).CanSet())
	pv.Field(1).Index(1).Field(0).SetInt(20)
	fmt.Println(o.Arr)
	e := pv.Field(2).Elem()
	fmt.Println(e.Kind(), e.Elem().Field(0).Int(), e.Elem().CanSet())
	e.Elem().Field(0).SetInt(30)
	fmt.Println(o.I.(*In).V)
	try("nil embedded", func() { fmt.Println(pv.FieldByName("V")) })
	pv.Field(2).Set(reflect.Zero(pv.Field(2).Type()))
	fmt.Println(o.I == nil)
	z := reflect.Zero(reflect.TypeOf(map[string]int{}))
	fmt.Println(z.IsNil(), z.Len(), z.MapKeys())
	s := reflect.Append(reflect.ValueOf([]string(nil)), reflect.ValueOf("a"))
	fmt.Println(s.Len(), s.Cap(), s.Interface())
	try("set unexported map", func() { pv.Field(3).Set(reflect.ValueOf(map[string]int{})) })
	try("elem of int", func() { reflect.ValueOf(1).Elem() })
	try("field of ptr", func() { reflect.ValueOf(&o).Field(0) })
	try("num field", func() { reflect.TypeOf(1).NumField() })
	try("len of int", func() { reflect.ValueOf(1).Len() })
	try("call non-func", func() { reflect.ValueOf(1).Call(nil) })
	try("set on non-settable", func() { reflect.ValueOf(o).Field(2).Set(reflect.ValueOf(1)) })
	var ip *int
	fmt.Println(reflect.ValueOf(ip).IsNil(), reflect.ValueOf(ip).Elem().IsValid(), reflect.Indirect(reflect.ValueOf(ip)).IsValid())
	fmt.Println(reflect.ValueOf(o).FieldByName("Arr").Len(), reflect.ValueOf(o).FieldByName("nope").IsValid())
	fmt.Println(reflect.TypeOf(o).Field(0).Name, reflect.TypeOf(o).Field(0).Anonymous, reflect.TypeOf(o).Field(3).PkgPath)
	fmt.Printf("%v %v\n", reflect.ValueOf(o).Field(1), reflect.ValueOf(&o).Elem().Field(1).Index(0).Addr().Interface())

	// Slice3, SetLen, SetCap
	ints := []int{0, 1, 2, 3, 4, 5}
	sv := reflect.ValueOf(ints).Slice3(1, 3, 4)
	fmt.Println(sv.Interface(), sv.Len(), sv.Cap())
	iv := reflect.ValueOf(&ints).Elem()
	iv.SetLen(3)
	iv.SetCap(4)
	fmt.Println(len(ints), cap(ints))
	try("slice3 bounds", func() { reflect.ValueOf(ints).Slice3(2, 1, 3) })
	try("setcap", func() { iv.SetCap(2) })
}
