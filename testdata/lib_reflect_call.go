package main

import (
	"fmt"
	"reflect"
)

// reflect.Value.Call and Method: functions, closures, variadic calls, methods of values, pointers
// and interfaces; method Values as func values; MakeFunc.

type Acc struct {
	Total int
	Name  string
}

func (a Acc) Describe(prefix string, n int8) string { return fmt.Sprint(prefix, a.Name, a.Total, n) }
func (a *Acc) Add(x int, f float64) (int, float64) {
	a.Total += x
	return a.Total, f * 2
}
func (a Acc) Pair() (Acc, bool) { return Acc{a.Total + 1, a.Name + "!"}, true }

type Shape interface{ Area(scale float32) float32 }
type Sq float32

func (s Sq) Area(scale float32) float32 { return float32(s) * float32(s) * scale }

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

type T struct{ n int }

func (t T) Get() int                     { return t.n }
func (t *T) Add(d int, f float64) string { t.n += d; return fmt.Sprint(t.n, f) }
func (t T) Join(a, b string) string      { return fmt.Sprint(a, t.n, b) }

type Namer interface{ Name(suffix string) string }
type N string

func (n N) Name(s string) string { return string(n) + s }

// methodValues turns method Values into func values with Interface and calls them.
func methodValues() {
	t := &T{5}
	get := reflect.ValueOf(t).Elem().MethodByName("Get").Interface().(func() int)
	t.n = 6
	fmt.Println(get())
	add := reflect.ValueOf(t).MethodByName("Add").Interface().(func(int, float64) string)
	fmt.Println(add(2, 1.5), add(3, 0.25), t.n)
	join := reflect.ValueOf(*t).MethodByName("Join").Interface().(func(string, string) string)
	fmt.Println(join("<", ">"))
	var nm Namer = N("x")
	name := reflect.ValueOf(&nm).Elem().Method(0).Interface().(func(string) string)
	fmt.Println(name("-y"))
	fmt.Printf("%T\n", reflect.ValueOf(t).MethodByName("Add").Interface())
}

// makeFuncs builds functions with MakeFunc and calls them directly and through Call.
func makeFuncs() {
	swap := func(in []reflect.Value) []reflect.Value { return []reflect.Value{in[1], in[0]} }
	var intSwap func(int, int) (int, int)
	fn := reflect.MakeFunc(reflect.TypeOf(intSwap), swap)
	reflect.ValueOf(&intSwap).Elem().Set(fn)
	fmt.Println(intSwap(1, 2))
	var strSwap func(string, string) (string, string)
	reflect.ValueOf(&strSwap).Elem().Set(reflect.MakeFunc(reflect.TypeOf(strSwap), swap))
	fmt.Println(strSwap("a", "b"))
	sum := reflect.MakeFunc(reflect.TypeOf(func(float64, int8, []int) float64 { return 0 }), func(in []reflect.Value) []reflect.Value {
		t := in[0].Float() + float64(in[1].Int())
		for i := 0; i < in[2].Len(); i++ {
			t += float64(in[2].Index(i).Int())
		}
		return []reflect.Value{reflect.ValueOf(t)}
	})
	f := sum.Interface().(func(float64, int8, []int) float64)
	fmt.Println(f(0.5, -2, []int{10, 20}))
	fmt.Println(sum.Call([]reflect.Value{reflect.ValueOf(1.0), reflect.ValueOf(int8(1)), reflect.ValueOf([]int{1})})[0])
	counter := 0
	inc := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value { counter++; return nil }).Interface().(func())
	inc()
	inc()
	fmt.Println(counter)
	errf := reflect.MakeFunc(reflect.TypeOf(func(string) error { return nil }), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(fmt.Errorf("bad %s", in[0]))}
	}).Interface().(func(string) error)
	fmt.Println(errf("x"))
}

func main() {
	methodValues()
	makeFuncs()
	add := func(a, b int) int { return a + b }
	out := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(40)})
	fmt.Println(len(out), out[0].Int())
	k := 10
	clo := func(s string, c complex128, b bool) (string, complex128, []int, error) {
		return s + "!", c * 2, []int{k, len(s)}, nil
	}
	res := reflect.ValueOf(clo).Call([]reflect.Value{reflect.ValueOf("hi"), reflect.ValueOf(1 + 2i), reflect.ValueOf(true)})
	fmt.Println(res[0], res[1], res[2], res[3].IsNil())
	fmt.Println(reflect.ValueOf(sum).Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	fmt.Println(reflect.ValueOf(sum).CallSlice([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf([]int{5, 5})})[0])
	fmt.Println(reflect.ValueOf(fmt.Sprintf).Call([]reflect.Value{reflect.ValueOf("%d-%s"), reflect.ValueOf(7), reflect.ValueOf("x")})[0])

	a := &Acc{1, "acc"}
	v := reflect.ValueOf(a)
	fmt.Println(v.NumMethod(), v.Type().Method(0).Name, v.Type().Method(1).Name, v.Type().Method(2).Name)
	r := v.MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(5), reflect.ValueOf(1.25)})
	fmt.Println(r[0].Int(), r[1].Float(), a.Total)
	r = v.Elem().MethodByName("Describe").Call([]reflect.Value{reflect.ValueOf("p:"), reflect.ValueOf(int8(-3))})
	fmt.Println(r[0])
	r = v.Method(2).Call(nil)
	fmt.Println(r[0].Interface(), r[1].Bool(), v.Method(2).Type())
	var s Shape = Sq(3)
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Method(0).Call([]reflect.Value{reflect.ValueOf(float32(0.5))})[0].Float())
	fmt.Println(reflect.ValueOf(Sq(2)).MethodByName("Area").Call([]reflect.Value{reflect.ValueOf(float32(2))})[0].Float())
	fmt.Println(reflect.ValueOf(a).MethodByName("Nope").IsValid())
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(1)})
}
