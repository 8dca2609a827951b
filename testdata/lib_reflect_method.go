package main

import (
	"fmt"
	"reflect"
)

type Inner struct{ n int }

func (i Inner) Get() int       { return i.n }
func (i *Inner) Set(n int)     { i.n = n }
func (i Inner) hidden() string { return "hidden" }

type Outer struct {
	Inner
	name string
}

func (o Outer) Name(prefix string, times int) (string, int) {
	s := ""
	for i := 0; i < times; i++ {
		s += prefix
	}
	return s + o.name, len(s)
}

func (o *Outer) Scale(f float64) float64 { return f * float64(o.n) }

type M int

func (m M) Double() M           { return m * 2 }
func (m M) Sum(xs ...int) int   { s := int(m); for _, x := range xs { s += x }; return s }

type Shape interface {
	Area() float64
	Name() string
}

func show(t reflect.Type) {
	fmt.Println(t, "NumMethod", t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(" ", m.Index, m.Name, m.PkgPath == "", m.Type, m.Func.IsValid(), m.IsExported())
	}
}

func main() {
	show(reflect.TypeOf(Outer{}))
	show(reflect.TypeOf(&Outer{}))
	show(reflect.TypeOf(M(0)))
	show(reflect.TypeOf((*Shape)(nil)).Elem())

	o := Outer{Inner{3}, "bob"}
	m, ok := reflect.TypeOf(o).MethodByName("Name")
	fmt.Println(ok, m.Type.NumIn(), m.Type.In(0), m.Type.NumOut())
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(o), reflect.ValueOf("ab"), reflect.ValueOf(2)})
	fmt.Println(out[0], out[1])
	name := m.Func.Interface().(func(Outer, string, int) (string, int))
	fmt.Println(name(o, "x", 3))

	get, _ := reflect.TypeOf(o).MethodByName("Get")
	fmt.Println(get.Func.Call([]reflect.Value{reflect.ValueOf(o)})[0].Int())
	_, ok = reflect.TypeOf(o).MethodByName("Set")
	fmt.Println("value type has Set:", ok)
	_, ok = reflect.TypeOf(o).MethodByName("hidden")
	fmt.Println("hidden found:", ok)

	po := &o
	set, _ := reflect.TypeOf(po).MethodByName("Set")
	set.Func.Call([]reflect.Value{reflect.ValueOf(po), reflect.ValueOf(42)})
	fmt.Println(o.n)
	scale, _ := reflect.TypeOf(po).MethodByName("Scale")
	fmt.Println(scale.Func.Call([]reflect.Value{reflect.ValueOf(po), reflect.ValueOf(0.5)})[0].Float())
	setf := set.Func.Interface().(func(*Outer, int))
	setf(po, 7)
	fmt.Println(o.n)

	d, _ := reflect.TypeOf(M(0)).MethodByName("Double")
	fmt.Println(d.Func.Call([]reflect.Value{reflect.ValueOf(M(21))})[0].Interface())
	sum, _ := reflect.TypeOf(M(0)).MethodByName("Sum")
	fmt.Println(sum.Type, sum.Type.IsVariadic())
	fmt.Println(sum.Func.Call([]reflect.Value{reflect.ValueOf(M(1)), reflect.ValueOf(2), reflect.ValueOf(3)})[0].Int())
	fmt.Println(sum.Func.Interface().(func(M, ...int) int)(10, 20, 30))

	v := reflect.ValueOf(o)
	fmt.Println(v.NumMethod(), v.Method(0).Type(), v.MethodByName("Get").Call(nil)[0].Int())
	fmt.Println(v.MethodByName("Nope").IsValid())

	sm, _ := reflect.TypeOf((*Shape)(nil)).Elem().MethodByName("Area")
	fmt.Println(sm.Type, sm.Func.IsValid(), sm.Index)

	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.TypeOf(o).Method(5)
}
