package main

import (
	"fmt"
	"reflect"
)

// reflect.Value.Convert between numeric kinds, strings and byte or rune slices, named types of
// one underlying type, slices to array pointers, interfaces; overflow checks; PointerTo;
// convertibility of func and interface types.

type MyInt int
type Bytes []byte
type Name string
type P struct{ X int }
type Q P

func main() {
	conv := func(x interface{}, to interface{}) {
		v := reflect.ValueOf(x)
		t := reflect.TypeOf(to)
		if !v.CanConvert(t) {
			fmt.Printf("%T -> %v: cannot\n", x, t)
			return
		}
		r := v.Convert(t)
		fmt.Printf("%T -> %v: %#v\n", x, t, r.Interface())
	}
	conv(42, MyInt(0))
	conv(MyInt(7), 0.0)
	conv(-1, uint8(0))
	conv(3.99, 0)
	conv(-3.99, int8(0))
	conv(1e10, float32(0))
	conv(uint64(1<<63), 0.0)
	conv(65, "")
	conv(-1, "")
	conv(uint(0x1F600), "")
	conv("héllo", []byte(nil))
	conv("héllo", []rune(nil))
	conv([]byte("ab"), "")
	conv([]rune{'x', 'ÿ'}, Name(""))
	conv(Name("n"), "")
	conv("s", Bytes(nil))
	conv(P{1}, Q{})
	conv(&P{2}, (*Q)(nil))
	conv(1+2i, complex64(0))
	conv(P{}, 0)
	conv("x", 0)
	conv([]int{1, 2, 3}, (*[2]int)(nil))
	conv([]int{1}, (*[2]int)(nil))
	conv(5, (*interface{})(nil))
	var e interface{} = 5
	conv(e, new(fmt.Stringer))
	it := reflect.TypeOf((*interface{})(nil)).Elem()
	fmt.Println(reflect.ValueOf(3).Convert(it).Kind(), reflect.ValueOf(3).Convert(it).Interface())
	v := reflect.ValueOf(int8(0))
	fmt.Println(v.OverflowInt(127), v.OverflowInt(128), v.OverflowInt(-129), reflect.ValueOf(uint16(0)).OverflowUint(70000))
	fmt.Println(reflect.ValueOf(float32(0)).OverflowFloat(1e39), reflect.ValueOf(0.0).OverflowFloat(1e300))
	fmt.Println(v.CanInt(), v.CanUint(), v.CanFloat(), reflect.ValueOf(1i).CanComplex())
	fmt.Println(reflect.PointerTo(reflect.TypeOf(P{})), reflect.PtrTo(reflect.TypeOf(MyInt(0))))
}

type F func(int) string
type I interface{ M() }

func init() {
	f := func(int) string { return "" }
	fmt.Println(reflect.TypeOf(f).ConvertibleTo(reflect.TypeOf(F(nil))), reflect.TypeOf(f).AssignableTo(reflect.TypeOf(F(nil))))
	fmt.Println(reflect.TypeOf(F(nil)).ConvertibleTo(reflect.TypeOf(func(int) {})))
	it := reflect.TypeOf((*I)(nil)).Elem()
	ut := reflect.TypeOf((*interface{ M() })(nil)).Elem()
	fmt.Println(it.AssignableTo(ut), ut.AssignableTo(it), it.ConvertibleTo(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))
}
