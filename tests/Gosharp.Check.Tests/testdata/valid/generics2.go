package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
}

type Tree[K Ordered, V any] struct {
	root *treeNode[K, V]
	n    int
}

type treeNode[K Ordered, V any] struct {
	k     K
	v     V
	left  *treeNode[K, V]
	right *treeNode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch {
		case k < (*p).k:
			p = &(*p).left
		case k > (*p).k:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &treeNode[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (v V, ok bool) {
	for n := t.root; n != nil; {
		if k < n.k {
			n = n.left
		} else if k > n.k {
			n = n.right
		} else {
			return n.v, true
		}
	}
	return
}

func (t *Tree[K, V]) Walk(f func(K, V)) { walk(t.root, f) }

func walk[K Ordered, V any](n *treeNode[K, V], f func(K, V)) {
	if n == nil {
		return
	}
	walk(n.left, f)
	f(n.k, n.v)
	walk(n.right, f)
}

type Numeric interface{ ~int | ~float64 }

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Celsius float64

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() T {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}

type Lener interface{ Len() int }

type lenStr string

func (s lenStr) Len() int { return len(s) }

func TotalLen[T Lener](xs ...T) (n int) {
	for _, x := range xs {
		n += x.Len()
	}
	return
}

type PtrTo[T any] interface{ *T }

func New[T any, P PtrTo[T]]() P { return P(new(T)) }

type Setter[T any] interface {
	Set(string)
	*T
}

type Settable struct{ s string }

func (p *Settable) Set(s string) { p.s = s }

func FromStrings[T any, PT Setter[T]](s []string) []T {
	result := make([]T, len(s))
	for i, v := range s {
		p := PT(&result[i])
		p.Set(v)
	}
	return result
}

func Convert[From, To Numeric](xs []From) []To {
	r := make([]To, len(xs))
	for i, x := range xs {
		r[i] = To(x)
	}
	return r
}

func Equal[T comparable](a, b T) bool { return a == b }

func Apply[S ~[]E, E any](s S, f func(E) E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}

type IntSlice []int

func Keys[K comparable, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	return keys
}

func Zero[T any]() T {
	var z T
	return z
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func Swap[A, B any](p Pair[A, B]) Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type List[T any] struct {
	next *List[T]
	val  T
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

func main() {
	xs := []int{3, 1, 2}
	SortSlice(xs)
	var t Tree[string, int]
	t.Put("b", 2)
	t.Put("a", 1)
	v, ok := t.Get("a")
	t.Walk(func(k string, v int) { fmt.Println(k, v) })
	sum := Reduce(xs, 0.0, func(a float64, x int) float64 { return a + float64(x) })
	var st Stack[Celsius]
	st.Push(1.5)
	_ = st.Pop()
	_ = TotalLen(lenStr("ab"), lenStr("c"))
	p := New[int]()
	*p = 3
	objs := FromStrings[Settable]([]string{"a"})
	fs := Convert[int, float64](xs)
	_ = Equal("a", "b") && Equal(1, 2)
	is := Apply(IntSlice{1}, func(i int) int { return i * 2 })
	var _ IntSlice = is
	ks := Keys(map[string]bool{"x": true})
	z := Zero[*int]()
	n := Must(strconv.Atoi("12"))
	pr := Swap(MakePair(1, "x"))
	var s string = pr.First
	var l *List[int]
	fmt.Println(v, ok, sum, objs, fs, ks, z, n, s, l.Len(), pr)
}
