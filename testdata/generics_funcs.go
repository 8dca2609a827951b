package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~float32 | ~float64
}

func Sum[T Number](s []T) T {
	var t T
	for _, v := range s {
		t += v
	}
	return t
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Filter[T any](s []T, keep func(T) bool) []T {
	var r []T
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

// Nested generic calls: SumOfSquares calls Map and Sum with its own type parameter.
func SumOfSquares[T Number](s []T) T {
	return Sum(Map(s, func(v T) T { return v * v }))
}

func Keys[K comparable, V any](m map[K]V) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func Index[T comparable](s []T, x T) int {
	for i, v := range s {
		if v == x {
			return i
		}
	}
	return -1
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

// A generic closure factory: the returned closure captures a variable of type T.
func Counter[T Number](step T) func() T {
	var n T
	return func() T {
		n += step
		return n
	}
}

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return "int " + strconv.Itoa(x)
	case string:
		return "string " + x
	case []T:
		return "slice of T"
	}
	return fmt.Sprintf("other %T", v)
}

func Convert[From, To Number](s []From) []To {
	r := make([]To, len(s))
	for i, v := range s {
		r[i] = To(v)
	}
	return r
}

func Apply[T any](v T, fs ...func(T) T) T {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func Pair[A, B any](a A, b B) (A, B, string) {
	return a, b, fmt.Sprintf("%T/%T", a, b)
}

type MyInt int

func Recurse[T Number](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Recurse(n-1)
}

func Defer[T any](v T) (r T) {
	defer func() { r = v }()
	return Zero[T]()
}

func main() {
	ints := []int{1, 2, 3, 4}
	floats := []float64{1.5, 2.25}
	println(Sum(ints), Sum(floats))
	println(Sum([]MyInt{5, 6}), Sum([]uint8{200, 100}))
	fmt.Println(Sum[float32]([]float32{0.5, 0.25}))
	strs := Map(ints, func(i int) string { return strconv.Itoa(i * 10) })
	fmt.Println(strs, len(strs))
	fmt.Println(Map[string, int](strs, func(s string) int { n, _ := strconv.Atoi(s); return n + 1 }))
	fmt.Println(Filter(ints, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce(ints, "", func(a string, i int) string { return a + strconv.Itoa(i) }))
	println(SumOfSquares(ints), SumOfSquares([]int8{3, 4}))
	ks := Keys(map[string]int{"a": 1})
	fmt.Println(ks)
	println(Index(strs, "30"), Index(ints, 7), Index([]MyInt{4, 5}, 5))
	println(Max(3, 9), Max(2.5, -1.0), Max("abc", "abd"))
	c := Counter(2)
	c()
	println(c(), c())
	cf := Counter(0.5)
	cf()
	println(cf())
	a, b := "x", "y"
	Swap(&a, &b)
	println(a, b)
	x, y := 1, 2
	Swap(&x, &y)
	println(x, y)
	println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	fmt.Println(Zero[[]int]() == nil, Zero[struct{ A int }]())
	p := Ptr(42)
	*p++
	println(*p)
	fmt.Println(Describe(5), Describe("s"), Describe(2.5), Describe([]int{}))
	fmt.Println(Convert[int, float64](ints), Convert[float64, int8]([]float64{1.9, -2.7}))
	fmt.Println(Apply(3, func(i int) int { return i + 1 }, func(i int) int { return i * 10 }))
	fmt.Println(Apply("s"))
	fmt.Println(Pair(1, "a"))
	fmt.Println(Pair([]byte("hi"), MyInt(3)))
	println(Recurse(5), Recurse(MyInt(4)))
	f := Sum[int]
	g := Map[int, int]
	println(f(g(ints, func(i int) int { return -i })))
	fmt.Printf("%T %T\n", f, g)
	println(Defer(7), Defer("d"))
	var fs []func() string
	for _, v := range []int{1, 2} {
		v := v
		fs = append(fs, func() string { return Describe(v) })
	}
	fmt.Println(fs[0](), fs[1]())
}
