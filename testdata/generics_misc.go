package main

import (
	"fmt"
	"strconv"
)

type List[T any] struct{ items []T }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

type IntList = List[int]
type Strs List[string]

type Holder struct {
	l List[int]
	m map[string]*List[string]
}

type S struct{ n int }

func (s S) String() string { return "S" + strconv.Itoa(s.n) }

func MethodValue[T fmt.Stringer](x T) func() string { return x.String }

func ArrOf[T any](v T) [3]T { return [3]T{v, v, v} }

func Sizeof[T any]() int {
	var a [4]T
	return len(a)
}

type Num interface{ ~int | ~float64 }

func Avg[T Num](vs ...T) float64 {
	var s T
	for _, v := range vs {
		s += v
	}
	return float64(s) / float64(len(vs))
}

func Const[T ~int | ~uint8]() T {
	var x T = 200
	x += 100
	return x
}

func Str[T ~string](s T) (int, byte, T) {
	return len(s), s[0], s[1:] + T("!")
}

func Go[T any](v T) T {
	var r T
	func() {
		defer func() { r = v }()
	}()
	return r
}

type Box[T any] struct{ v T }
type I interface{ m() }

// Instantiated types' names as %T shows them: type arguments in full (package paths, uint8, int32).
func typeNames() {
	fmt.Printf("%T\n", Box[struct{ x int }]{})
	fmt.Printf("%T\n", Box[struct{ X byte }]{})
	fmt.Printf("%T\n", Box[map[string][]rune]{})
	fmt.Printf("%T\n", Box[func(int) (string, error)]{})
	fmt.Printf("%T\n", Box[interface{ M() }]{})
	fmt.Printf("%T\n", Box[I]{})
	fmt.Printf("%T\n", Box[any]{})
	fmt.Printf("%T\n", Box[Box[*int]]{})
}

type Tuple[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Tuple[A, B] {
	r := make([]Tuple[A, B], len(as))
	for i := range as {
		r[i] = Tuple[A, B]{as[i], bs[i]}
	}
	return r
}

func main() {
	var il IntList
	il.Push(1)
	h := Holder{m: map[string]*List[string]{"a": {}}}
	h.l.Push(5)
	h.m["a"].Push("x")
	fmt.Println(il, h.l, *h.m["a"], Strs{items: []string{"q"}})
	fmt.Printf("%T %T\n", il, Strs{})
	println(MethodValue(S{3})())
	fmt.Println(ArrOf("x"), Sizeof[string]())
	fmt.Println(Avg(1, 2, 4), Avg(1.5, 2.5))
	println(Const[int](), Const[uint8]())
	fmt.Println(Str("hello"))
	println(Go(3), Go("s"))
	z := Zip([]int{1, 2}, []string{"a", "b"})
	fmt.Printf("%v %+v %T\n", z, z[0], z)
	var iface interface{} = z[1]
	if t, ok := iface.(Tuple[int, string]); ok {
		println(t.First, t.Second)
	}
	typeNames()
}
