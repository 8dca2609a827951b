package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T)  { l.items = append(l.items, v) }
func (l *List[T]) Len() int  { return len(l.items) }
func (l List[T]) At(i int) T { return l.items[i] }
func (l *List[T]) Each(f func(int, T)) {
	for i, v := range l.items {
		f(i, v)
	}
}

func (l List[T]) String() string {
	parts := make([]string, len(l.items))
	for i, v := range l.items {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

// A linked list node type referring to itself through its instance.
type Node[T any] struct {
	val  T
	next *Node[T]
}

type Stack[T any] struct{ top *Node[T] }

func (s *Stack[T]) Push(v T) { s.top = &Node[T]{v, s.top} }
func (s *Stack[T]) Pop() (T, bool) {
	if s.top == nil {
		var z T
		return z, false
	}
	v := s.top.val
	s.top = s.top.next
	return v, true
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

type Getter[T any] interface {
	Get() T
}

type box[T any] struct{ v T }

func (b box[T]) Get() T { return b.v }

type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }
func None[T any]() Option[T]    { return Option[T]{} }
func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

type Result[T any] struct {
	Val T
	Err error
}

// Embedding an instantiated generic type promotes its methods.
type Named struct {
	List[string]
	Name string
}

type Matrix[T ~int | ~float64] [2][2]T

func (m Matrix[T]) Mul(o Matrix[T]) Matrix[T] {
	var r Matrix[T]
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return r
}

type Cache[K comparable, V any] struct {
	data  map[K]V
	order []K
}

func NewCache[K comparable, V any]() *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V)}
}

func (c *Cache[K, V]) Put(k K, v V) {
	if _, ok := c.data[k]; !ok {
		c.order = append(c.order, k)
	}
	c.data[k] = v
}

func (c *Cache[K, V]) Get(k K) (V, bool) {
	v, ok := c.data[k]
	return v, ok
}

type Point struct{ X, Y int }

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	l.Push(3)
	println(l.Len(), l.At(1))
	fmt.Println(l, &l)
	fmt.Printf("%T %v %+v\n", l, l, l.items)
	l.Each(func(i, v int) { print(i, ":", v, " ") })
	println()

	ls := &List[string]{}
	ls.Push("a")
	ls.Push("b")
	fmt.Printf("%T %v %d\n", ls, ls, ls.Len())

	lp := List[Point]{}
	lp.Push(Point{1, 2})
	fmt.Printf("%T %v\n", lp, lp)

	p := Pair[string, int]{"a", 1}
	fmt.Printf("%T %v %+v\n", p, p, p.Swap())
	ps := []Pair[int, []string]{{1, []string{"x"}}, {2, nil}}
	fmt.Printf("%T %v\n", ps, ps)

	var s Stack[string]
	s.Push("x")
	s.Push("y")
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		print(v, " ")
	}
	println()

	set := NewSet(3, 1, 4, 1, 5)
	println(len(set), set.Has(4), set.Has(2))
	fmt.Printf("%T\n", set)

	var t *Tree[int]
	for _, v := range []int{5, 3, 8, 1, 4} {
		t = t.Insert(v)
	}
	t.Walk(func(v int) { print(v, " ") })
	println()
	var ts *Tree[string]
	for _, v := range strings.Fields("pear apple fig") {
		ts = ts.Insert(v)
	}
	ts.Walk(func(v string) { print(v, " ") })
	println()

	var g Getter[int] = box[int]{42}
	println(g.Get())
	var gs Getter[string] = box[string]{"s"}
	fmt.Printf("%T %v %T\n", gs, gs.Get(), g)
	var anyv any = box[float64]{1.5}
	if gg, ok := anyv.(Getter[float64]); ok {
		println(gg.Get())
	}
	if _, ok := anyv.(Getter[int]); !ok {
		println("not Getter[int]")
	}
	switch x := anyv.(type) {
	case box[int]:
		println("box[int]", x.v)
	case box[float64]:
		println("box[float64]", x.v)
	}

	println(Some(3).OrElse(0), None[int]().OrElse(-1), None[string]().OrElse("def"))
	fmt.Printf("%+v\n", Some("x"))

	r := Result[[]int]{Err: errors.New("boom")}
	fmt.Printf("%v %T\n", r, r)

	n := Named{Name: "n"}
	n.Push("p")
	n.Push("q")
	println(n.Len(), n.At(0))
	fmt.Println(n.String(), n)
	var st fmt.Stringer = n
	println(st.String())

	m := Matrix[int]{{1, 2}, {3, 4}}
	fmt.Println(m.Mul(m), Matrix[float64]{{0.5, 0}, {0, 2}}.Mul(Matrix[float64]{{2, 0}, {0, 0.5}}))

	c := NewCache[string, Point]()
	c.Put("a", Point{1, 1})
	c.Put("b", Point{2, 2})
	c.Put("a", Point{3, 3})
	v, ok := c.Get("a")
	fmt.Println(v, ok, c.order)
	keys := make([]string, 0)
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)

	pushFn := l.Push
	pushFn(10)
	at := List[int].At
	println(at(l, 3))
	lenFn := (*List[int]).Len
	println(lenFn(&l))
	mm := map[Pair[int, int]]List[string]{}
	mm[Pair[int, int]{1, 2}] = List[string]{items: []string{"z"}}
	fmt.Println(mm)
	var e1, e2 any = Pair[int, string]{1, "a"}, Pair[int, string]{1, "a"}
	println(e1 == e2, p == Pair[string, int]{"a", 1})
}
