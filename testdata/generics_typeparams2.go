package main

import "fmt"

// Interfaces embedding interfaces: a method's slot is the one in the value's own interface.
type I interface{ foo() int }
type J interface {
	I
	bar()
}

type myint32 int32

func (x myint32) foo() int { return int(x) }
func (x myint32) bar()     {}

type myint int

func (x myint) foo() int { return int(x) * 10 }

type S struct{ J }

// Method expressions, type switches and assertions on type parameters.
func viaT[T I](i I) {
	switch x := i.(type) {
	case T:
		println("T", x.foo())
	case myint:
		println("myint", x.foo())
	default:
		println("other", x.foo())
	}
	if t, ok := i.(T); ok {
		h := t.foo
		e := T.foo
		println("assert", h(), e(t))
	}
}

type Stringer interface{ String() string }

type num int

func (n num) String() string { return fmt.Sprint("num", int(n)) }

type pnum struct{ v int }

func (p *pnum) String() string { return fmt.Sprint("pnum", p.v) }

func names[T Stringer](xs []T) []string {
	f := T.String
	var out []string
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// A type parameter of the caller stands for its core type in inference.
func Reduce[T, U any, Us ~[]U](f func(T, U) T, s Us, init T) T {
	r := init
	for _, x := range s {
		r = f(r, x)
	}
	return r
}

func add[T ~int](a, b T) T { return a + b }

func Sum[T ~int, Ts ~[]T](s Ts) T { return Reduce(add[T], s, 0) }

type ints []int

func SetEq[S ~[]E, E comparable](a, b S) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

type set[E comparable, T []E] []T

func (set[E, T]) Equal(a, b T) bool { return SetEq(a, b) }

// Local generic types in non-generic functions.
func local() {
	type Pair[K comparable, V any] struct {
		k K
		v V
	}
	p := Pair[string, int]{"a", 1}
	q := Pair[int, bool]{2, true}
	fmt.Println(p, q)
}

func two(x any) (int, bool) {
	v, ok := x.(int)
	return v, ok
}

func main() {
	viaT[J](myint32(12))
	viaT[J](myint(3))
	viaT[myint](myint(4))
	viaT[I](myint32(5))
	var j J = myint32(13)
	println(j.foo())
	s := S{j}
	println(s.foo())
	sf := s.foo
	println(sf(), J.foo(j), I.foo(j))

	fmt.Println(names([]num{1, 2}))
	fmt.Println(names([]*pnum{{3}, {4}}))

	fmt.Println(Sum(ints{1, 2, 3}), Sum([]int{4, 5}))
	var st set[int, []int]
	fmt.Println(st.Equal([]int{1, 2}, []int{1, 2}), st.Equal([]int{1}, []int{2}))
	local()
	println(two(7))
	println(two("x"))
}
