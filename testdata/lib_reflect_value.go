package main

import (
	"fmt"
	"reflect"
)

// sortSlice is an insertion sort through reflect.Swapper, as sort.Slice uses it.
func sortSlice(x interface{}, less func(i, j int) bool) {
	swap := reflect.Swapper(x)
	n := reflect.ValueOf(x).Len()
	for i := 1; i < n; i++ {
		for j := i; j > 0 && less(j, j-1); j-- {
			swap(j, j-1)
		}
	}
}

// reflect.Value: reading, walking, setting, maps, slices, DeepEqual, Swapper.

type Inner struct {
	N    int
	Text string
}

type Rec struct {
	Name   string
	Count  int
	Ratio  float64
	Flags  []bool
	Inner  Inner
	Ptr    *Inner
	M      map[string]int
	Any    interface{}
	hidden int
}

type Num int

func (n Num) Double() Num { return n * 2 }

func walk(v reflect.Value, depth int) {
	indent := ""
	for i := 0; i < depth; i++ {
		indent += "  "
	}
	switch v.Kind() {
	case reflect.Struct:
		fmt.Printf("%sstruct %s (%d fields)\n", indent, v.Type(), v.NumField())
		for i := 0; i < v.NumField(); i++ {
			fmt.Printf("%s .%s canInterface=%v canSet=%v\n", indent, v.Type().Field(i).Name, v.Field(i).CanInterface(), v.Field(i).CanSet())
			walk(v.Field(i), depth+1)
		}
	case reflect.Slice, reflect.Array:
		fmt.Printf("%s%s len=%d\n", indent, v.Kind(), v.Len())
		for i := 0; i < v.Len(); i++ {
			walk(v.Index(i), depth+1)
		}
	case reflect.Pointer:
		if v.IsNil() {
			fmt.Printf("%snil pointer\n", indent)
			return
		}
		fmt.Printf("%spointer to\n", indent)
		walk(v.Elem(), depth+1)
	case reflect.Interface:
		if v.IsNil() {
			fmt.Printf("%snil interface\n", indent)
			return
		}
		fmt.Printf("%sinterface holding %s\n", indent, v.Elem().Type())
		walk(v.Elem(), depth+1)
	case reflect.Map:
		fmt.Printf("%smap len=%d\n", indent, v.Len())
		keys := v.MapKeys()
		sortSlice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, k := range keys {
			fmt.Printf("%s %q:\n", indent, k.String())
			walk(v.MapIndex(k), depth+1)
		}
	case reflect.Int:
		fmt.Printf("%sint %d\n", indent, v.Int())
	case reflect.Float64:
		fmt.Printf("%sfloat %v\n", indent, v.Float() == 0.5)
	case reflect.String:
		fmt.Printf("%sstring %q\n", indent, v.String())
	case reflect.Bool:
		fmt.Printf("%sbool %v\n", indent, v.Bool())
	default:
		fmt.Printf("%s%s\n", indent, v.Kind())
	}
}

func main() {
	r := Rec{Name: "rec", Count: 3, Ratio: 0.5, Flags: []bool{true, false}, Inner: Inner{1, "in"},
		M: map[string]int{"b": 2, "a": 1}, Any: Inner{2, "any"}, hidden: 9}
	walk(reflect.ValueOf(r), 0)
	walk(reflect.ValueOf(&r), 0)

	// reading basic kinds
	for _, x := range []interface{}{int8(-8), uint16(16), int64(-64), uintptr(7), true, "str", float32(0.25), complex(1, 2), Num(4)} {
		v := reflect.ValueOf(x)
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			fmt.Println(v.Kind(), v.Int(), v.Type())
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			fmt.Println(v.Kind(), v.Uint())
		case reflect.Bool:
			fmt.Println(v.Kind(), v.Bool())
		case reflect.String:
			fmt.Println(v.Kind(), v.String(), v.Len(), v.Index(1).Uint())
		case reflect.Float32:
			fmt.Println(v.Kind(), v.Float() == 0.25)
		case reflect.Complex128:
			fmt.Println(v.Kind(), real(v.Complex()) == 1, imag(v.Complex()) == 2)
		}
		fmt.Println(" interface back:", v.Interface() == x, v.IsZero(), v.CanSet(), v.CanAddr())
	}
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.Value{}.Kind(), reflect.Value{}.String())
	fmt.Println(reflect.ValueOf(42).String(), reflect.ValueOf(r).String())

	// setting through a pointer
	v := reflect.ValueOf(&r).Elem()
	v.Field(0).SetString("renamed")
	v.FieldByName("Count").SetInt(77)
	v.Field(2).SetFloat(1.5)
	v.Field(3).Index(1).SetBool(true)
	v.Field(4).Field(1).Set(reflect.ValueOf("set"))
	v.Field(7).Set(reflect.ValueOf(123))
	fmt.Println(r.Name, r.Count, r.Ratio == 1.5, r.Flags, r.Inner.Text, r.Any)
	fmt.Println(v.Field(8).CanSet(), v.Field(8).CanInterface(), v.Field(8).Int())
	v.Field(7).Set(reflect.Zero(v.Field(7).Type()))
	fmt.Println(r.Any == nil)
	v.Field(5).Set(reflect.ValueOf(&Inner{5, "p"}))
	fmt.Println(r.Ptr.N, v.Field(5).Elem().Field(1))
	v.Field(3).SetLen(1)
	fmt.Println(r.Flags, v.Field(3).Cap())

	// errors from setting
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, "->", recover()) }()
		f()
	}
	try("unaddressable", func() { reflect.ValueOf(r).Field(1).SetInt(1) })
	try("unexported", func() { v.Field(8).SetInt(1) })
	try("wrong kind", func() { reflect.ValueOf(1).String(); reflect.ValueOf("s").Int() })
	try("bad assign", func() { v.Field(0).Set(reflect.ValueOf(1)) })
	try("index", func() { reflect.ValueOf([]int{1}).Index(5) })
	try("interface of unexported", func() { v.Field(8).Interface() })
	try("nil elem", func() { fmt.Println(reflect.ValueOf((*int)(nil)).Elem().IsValid()) })
	try("zero value type", func() { reflect.Value{}.Type() })

	// maps
	m := map[string]int{"one": 1, "two": 2}
	mv := reflect.ValueOf(m)
	fmt.Println(mv.Len(), mv.MapIndex(reflect.ValueOf("two")), mv.MapIndex(reflect.ValueOf("none")).IsValid())
	mv.SetMapIndex(reflect.ValueOf("three"), reflect.ValueOf(3))
	mv.SetMapIndex(reflect.ValueOf("one"), reflect.Value{})
	fmt.Println(m)
	it := mv.MapRange()
	sum := 0
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println("sum", sum)
	nm := reflect.MakeMap(reflect.TypeOf(map[int]string{}))
	nm.SetMapIndex(reflect.ValueOf(2), reflect.ValueOf("two"))
	fmt.Println(nm.Interface(), nm.Len())
	im := map[interface{}]string{1: "int", "s": "string"}
	fmt.Println(reflect.ValueOf(im).MapIndex(reflect.ValueOf("s")), reflect.ValueOf(im).MapIndex(reflect.ValueOf(1)))

	// slices
	s := reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 4)
	s.Index(0).SetInt(10)
	s = reflect.Append(s, reflect.ValueOf(30), reflect.ValueOf(40), reflect.ValueOf(50))
	fmt.Println(s.Len(), s.Interface())
	s2 := reflect.AppendSlice(s, reflect.ValueOf([]int{6, 7}))
	fmt.Println(s2.Interface(), s2.Slice(1, 3).Interface())
	dst := make([]int, 3)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), s2), dst)
	fmt.Println(reflect.ValueOf("hello").Slice(1, 4))

	// Indirect, Zero, IsNil, IsZero, Pointer
	x := 5
	fmt.Println(reflect.Indirect(reflect.ValueOf(&x)).Int(), reflect.Indirect(reflect.ValueOf(6)).Int())
	fmt.Println(reflect.Zero(reflect.TypeOf(Inner{})).Interface())
	var nilMap map[string]int
	var nilFunc func()
	var nilIface interface{} = (*int)(nil)
	fmt.Println(reflect.ValueOf(nilMap).IsNil(), reflect.ValueOf(nilFunc).IsNil(), reflect.ValueOf(nilIface).IsNil(), reflect.ValueOf(&x).IsNil())
	fmt.Println(reflect.ValueOf(Inner{}).IsZero(), reflect.ValueOf(Inner{0, "x"}).IsZero(), reflect.ValueOf([2]int{}).IsZero(), reflect.ValueOf(0.0).IsZero())
	fmt.Println(reflect.ValueOf(&x).Pointer() != 0, reflect.ValueOf([]int(nil)).Pointer())

	// DeepEqual
	a := Rec{Name: "x", Flags: []bool{true}, M: map[string]int{"k": 1}, Ptr: &Inner{1, "p"}}
	b := Rec{Name: "x", Flags: []bool{true}, M: map[string]int{"k": 1}, Ptr: &Inner{1, "p"}}
	fmt.Println(reflect.DeepEqual(a, b), a.Ptr == b.Ptr)
	b.M["k"] = 2
	fmt.Println(reflect.DeepEqual(a, b))
	fmt.Println(reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)))
	fmt.Println(reflect.DeepEqual(map[int][]int{1: {2}}, map[int][]int{1: {2}}), reflect.DeepEqual(1, int64(1)))
	fmt.Println(reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0), reflect.DeepEqual([]interface{}{1, "a"}, []interface{}{1, "a"}))
	type node struct {
		next *node
		v    int
	}
	n1 := &node{v: 1}
	n1.next = n1
	n2 := &node{v: 1}
	n2.next = n2
	fmt.Println(reflect.DeepEqual(n1, n2))
	var f1 func()
	fmt.Println(reflect.DeepEqual(f1, f1), reflect.DeepEqual(map[string]int{}, map[string]int(nil)))

	// Swapper and sort.Slice
	people := []Inner{{3, "c"}, {1, "a"}, {2, "b"}}
	swap := reflect.Swapper(people)
	swap(0, 2)
	fmt.Println(people)
	sortSlice(people, func(i, j int) bool { return people[i].N < people[j].N })
	fmt.Println(people)
	words := []string{"pear", "fig", "apple"}
	sortSlice(words, func(i, j int) bool { return words[i] < words[j] })
	fmt.Println(words)
}
