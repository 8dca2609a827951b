// go1.22: Max(1.5, 2) infers float64 (Go 1.21 untyped inference); gc 1.19 rejects it.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	r := make([]U, 0, len(xs))
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

type MyInt int

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stringer interface{ String() string }

type S struct{ n int }

func (s S) String() string { return fmt.Sprint(s.n) }

func Join[T Stringer](xs []T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, ",")
}

func Ptr[T any](v T) *T { return &v }

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func Filter[T any](xs []T, p func(T) bool) (r []T) {
	for _, x := range xs {
		if p(x) {
			r = append(r, x)
		}
	}
	return
}

type Tree[T interface{ Less(T) bool }] struct {
	root *T
}

func Zero[T any]() (z T) { return }

func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[MyInt](1, 2))
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i) }))
	var l List[string]
	l.Push("a")
	l.Each(func(s string) { fmt.Println(s) })
	p := Pair[string, int]{"a", 1}
	_ = p
	fmt.Println(Keys(map[string]int{"x": 1}))
	fmt.Println(Max(1, 2), Max("a", "b"), Max(1.5, 2))
	fmt.Println(Join([]S{{1}, {2}}))
	x := Ptr(3)
	*x = 4
	s := Set[int]{}
	s.Add(1)
	fmt.Println(s.Has(1))
	fmt.Println(Filter([]int{1, 2, 3}, func(i int) bool { return i > 1 }))
	fmt.Println(Zero[int](), Zero[string]())
	fmt.Println(Index([]string{"a", "b"}, "b"))
	f := Sum[float64]
	fmt.Println(f(1, 2))
}
