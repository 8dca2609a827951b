package main

import (
	"fmt"
	"reflect"
)

// reflect.Type: kinds, names, sizes, elements, struct fields, methods, interface relations.

type Point struct {
	X, Y int
}

type Describer interface{ Describe() string }

type Shape interface {
	Area() int
	Name() string
}

type Rect struct {
	Point
	W, H  int
	label string
	next  *Rect
}

func (r Rect) Area() int    { return r.W * r.H }
func (r Rect) Name() string { return "rect" }
func (r *Rect) Grow(n int)  { r.W += n }
func (r Rect) hidden() bool { return true }

type Label string

func (l Label) Describe() string { return string(l) }

type Tagged struct {
	Name  string `json:"name,omitempty" xml:"n"`
	Count int    `json:"count"`
	raw   []byte `custom:"a\"b" empty:""`
	Plain bool
}

// Wrapper gets Describe from Label and Area/Name (and, for *Wrapper, Grow) from *Rect.
type Wrapper struct {
	Label
	*Rect
}

type MyInt int
type Strs []string
type Table map[string][]int
type Grid [3][4]float64

func describe(t reflect.Type) {
	fmt.Printf("%-22s kind=%-9s name=%-8q pkg=%-6q size=%-3d align=%d cmp=%v",
		t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Align(), t.Comparable())
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		fmt.Printf(" elem=%s", t.Elem())
	case reflect.Array:
		fmt.Printf(" elem=%s len=%d", t.Elem(), t.Len())
	case reflect.Map:
		fmt.Printf(" key=%s elem=%s", t.Key(), t.Elem())
	case reflect.Struct:
		fmt.Printf(" fields=%d", t.NumField())
	}
	fmt.Printf(" methods=%d\n", t.NumMethod())
}

func main() {
	values := []interface{}{
		true, 1, int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1), uint32(1),
		uint64(1), uintptr(1), float32(1), 1.5, complex64(1), 2i, "s",
		[]int{}, [5]int16{}, map[string]bool{}, &Point{}, Point{}, Rect{}, &Rect{}, MyInt(3), Label("l"),
		Strs{}, Table{}, Grid{}, []Point{}, map[Point]*Rect{}, [0]int{},
		new(Shape), new(error),
	}
	for _, v := range values {
		describe(reflect.TypeOf(v))
	}
	fmt.Println(reflect.TypeOf(nil) == nil)

	// Kind names
	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		fmt.Print(k, " ")
	}
	fmt.Println()
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.Kind(100))

	// struct fields
	rt := reflect.TypeOf(Rect{})
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		fmt.Printf("field %d: %s type=%s offset=%d anonymous=%v exported=%v index=%v\n",
			i, f.Name, f.Type, f.Offset, f.Anonymous, f.IsExported(), f.Index)
	}
	if f, ok := rt.FieldByName("Y"); ok {
		fmt.Println("promoted Y:", f.Name, f.Index, f.Type)
	}
	_, ok := rt.FieldByName("Z")
	fmt.Println("Z found:", ok)
	fmt.Println(rt.FieldByIndex([]int{0, 1}).Name)

	// methods: exported methods of the method set, sorted by name
	for _, t := range []reflect.Type{reflect.TypeOf(Rect{}), reflect.TypeOf(&Rect{}), reflect.TypeOf(Label("")), reflect.TypeOf(MyInt(0))} {
		fmt.Print(t, ":")
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Print(" ", m.Name, " ", m.Index)
		}
		fmt.Println()
	}
	for _, t := range []reflect.Type{reflect.TypeOf(Wrapper{}), reflect.TypeOf(&Wrapper{})} {
		fmt.Print(t, " promoted:")
		for i := 0; i < t.NumMethod(); i++ {
			fmt.Print(" ", t.Method(i).Name)
		}
		fmt.Println(" implements Shape:", t.Implements(reflect.TypeOf((*Shape)(nil)).Elem()))
	}
	if m, ok := reflect.TypeOf(&Rect{}).MethodByName("Grow"); ok {
		fmt.Println("Grow:", m.Name, m.Index)
	}

	// interfaces
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	stringer := reflect.TypeOf((*Describer)(nil)).Elem()
	fmt.Println(shape, shape.Kind(), shape.NumMethod(), shape.Method(0).Name, shape.Method(1).Name)
	fmt.Println(errT, errT.Kind(), errT.Name(), errT.NumMethod())
	fmt.Println(reflect.TypeOf(Rect{}).Implements(shape), reflect.TypeOf(&Rect{}).Implements(shape))
	fmt.Println(reflect.TypeOf(Point{}).Implements(shape), reflect.TypeOf(Label("")).Implements(stringer))
	fmt.Println(reflect.TypeOf(Rect{}).Implements(errT), reflect.TypeOf(1).Implements(errT))

	// assignability and conversion
	it := reflect.TypeOf(0)
	mi := reflect.TypeOf(MyInt(0))
	fmt.Println(it.AssignableTo(mi), mi.AssignableTo(it), it.AssignableTo(it))
	fmt.Println(reflect.TypeOf([]string{}).AssignableTo(reflect.TypeOf(Strs{})))
	fmt.Println(reflect.TypeOf(Rect{}).AssignableTo(shape), reflect.TypeOf(Point{}).AssignableTo(shape))
	fmt.Println(it.ConvertibleTo(mi), it.ConvertibleTo(reflect.TypeOf(1.5)), it.ConvertibleTo(reflect.TypeOf("")))
	fmt.Println(reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})), reflect.TypeOf(Point{}).ConvertibleTo(it))

	// comparability, identity
	fmt.Println(reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(map[int]int{}).Comparable(),
		reflect.TypeOf([2]Strs{}).Comparable(), reflect.TypeOf(Rect{}).Comparable())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(MyInt(2)))
	fmt.Println(reflect.TypeOf([]int{}) == reflect.TypeOf(make([]int, 1)[:0:0]))
	fmt.Println(reflect.TypeOf(int32(0)).Bits(), reflect.TypeOf(1.0).Bits(), reflect.TypeOf(complex64(0)).Bits())

	// struct tags and field package paths
	tt := reflect.TypeOf(Tagged{})
	for i := 0; i < tt.NumField(); i++ {
		f := tt.Field(i)
		json, ok := f.Tag.Lookup("json")
		empty, eok := f.Tag.Lookup("empty")
		fmt.Printf("%s pkg=%q tag=%q json=%q,%v xml=%q custom=%q empty=%q,%v\n",
			f.Name, f.PkgPath, f.Tag, json, ok, f.Tag.Get("xml"), f.Tag.Get("custom"), empty, eok)
	}
	fmt.Println(reflect.StructTag(`a:"1" b:"2"`).Get("b"), reflect.StructTag(`bad`).Get("bad") == "")

	// type strings of unnamed types
	for _, v := range []interface{}{struct{ A int }{}, struct{}{}, struct {
		a, B string
		C    []int `k:"v"`
	}{}, []interface{}{}, map[string]interface{}{}, 'x', byte(1), new(fmt.Stringer), []error{}} {
		t := reflect.TypeOf(v)
		fmt.Printf("%s | %q | %s\n", t, t.Name(), t.Kind())
	}

	// func types
	for _, v := range []interface{}{main, describe, fmt.Sprintf, func(int, ...string) (bool, error) { return false, nil }, strings3} {
		t := reflect.TypeOf(v)
		fmt.Print(t, " in=", t.NumIn(), " out=", t.NumOut(), " variadic=", t.IsVariadic(), ":")
		for i := 0; i < t.NumIn(); i++ {
			fmt.Print(" ", t.In(i))
		}
		fmt.Print(" ->")
		for i := 0; i < t.NumOut(); i++ {
			fmt.Print(" ", t.Out(i))
		}
		fmt.Println()
	}

	// New, Addr, Elem of defined types
	nv := reflect.New(reflect.TypeOf(Point{}))
	nv.Elem().Field(0).SetInt(9)
	fmt.Println(nv.Type(), nv.Elem().Interface(), nv.Interface().(*Point).X)
	pt := Point{1, 2}
	av := reflect.ValueOf(&pt).Elem().Addr()
	fmt.Println(av.Type(), av.Interface() == &pt)
	mv := reflect.New(reflect.TypeOf(MyInt(0)))
	mv.Elem().SetInt(5)
	fmt.Println(*mv.Interface().(*MyInt))
}

func strings3(a, b, c string) string { return a + b + c }
