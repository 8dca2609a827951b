package main

import (
	"fmt"
	"strconv"
)

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | ~float64 | ~string
}

func Min[T Ordered](a T, rest ...T) T {
	m := a
	for _, v := range rest {
		if v < m {
			m = v
		}
	}
	return m
}

func MaxOf[T Ordered](s []T) (T, bool) {
	if len(s) == 0 {
		var z T
		return z, false
	}
	m := s[0]
	for _, v := range s[1:] {
		if v > m {
			m = v
		}
	}
	return m, true
}

func SortSlice[T Ordered](s []T) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

type Celsius float64
type Name string

func Equal[T comparable](a, b T) bool { return a == b }

func Count[T comparable](s []T, x T) int {
	n := 0
	for _, v := range s {
		if v == x {
			n++
		}
	}
	return n
}

type Stringer interface{ String() string }

type Temp struct{ deg int }

func (t Temp) String() string { return strconv.Itoa(t.deg) + "°" }

type Ptr struct{ n int }

func (p *Ptr) String() string { return "ptr" + strconv.Itoa(p.n) }

func Join[T Stringer](s []T, sep string) string {
	r := ""
	for i, v := range s {
		if i > 0 {
			r += sep
		}
		r += v.String()
	}
	return r
}

// A constraint with both a method and a type set.
type StringableInt interface {
	~int
	String() string
}

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Describe[T StringableInt](v T) string { return v.String() + "=" + strconv.Itoa(int(v)*2) }

// The pointer-method pattern: PT is *T and has the method.
type Setter[T any] interface {
	*T
	Set(string)
}

type Field struct{ v string }

func (f *Field) Set(s string) { f.v = s }

func FromStrings[T any, PT Setter[T]](s []string) []T {
	r := make([]T, len(s))
	for i, v := range s {
		p := PT(&r[i])
		p.Set(v)
	}
	return r
}

type Number interface {
	~int | ~int64 | ~float64
}

func Scale[S ~[]E, E Number](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

type Vec []float64

func (v Vec) Norm1() float64 {
	t := 0.0
	for _, x := range v {
		if x < 0 {
			x = -x
		}
		t += x
	}
	return t
}

func Abs[T ~int | ~float64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Bits[T ~uint8 | ~uint16 | ~uint32](x T) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func Concat[T ~string | ~[]byte](a, b T) T { return T(append([]byte(a), b...)) }

func Keys[M ~map[K]V, K Ordered, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	SortSlice(r)
	return r
}

type Shower interface{ Show() string }

type A struct{}

func (A) Show() string { return "A" }

type B struct{ A }

func ShowAll[T Shower](xs ...T) string {
	s := ""
	for _, x := range xs {
		s += x.Show()
	}
	return s
}

func Interfaces[T fmt.Stringer](x T) string { return x.String() }

func main() {
	println(Min(3, 1, 2), Min(2.5), Min("b", "a", "c"), Min[Celsius](30, -4.5))
	println(Min[int8](-128, 127), Min[uint](7, 3))
	m, ok := MaxOf([]Name{"bob", "alice", "carol"})
	println(m, ok)
	_, ok = MaxOf([]float64{})
	println(ok)
	s := []string{"pear", "apple", "fig"}
	SortSlice(s)
	fmt.Println(s)
	f := []Celsius{3, -1, 2.5}
	SortSlice(f)
	fmt.Println(f)

	println(Equal(1, 1), Equal("a", "b"), Equal(Temp{1}, Temp{1}), Equal(&Temp{1}, &Temp{1}))
	var e1, e2 error
	_, _ = e1, e2
	println(Equal([2]int{1, 2}, [2]int{1, 2}), Equal(struct{ a, b string }{"x", "y"}, struct{ a, b string }{"x", "z"}))
	println(Count([]Temp{{1}, {2}, {1}}, Temp{1}), Count([]string{"a", "b", "a", "a"}, "a"))

	fmt.Println(Join([]Temp{{20}, {30}}, ", "))
	fmt.Println(Join([]*Ptr{{1}, {2}}, "|"))
	fmt.Println(Join([]Stringer{Temp{1}, &Ptr{2}}, "+"))
	fmt.Println(Describe(MyInt(21)))

	fs := FromStrings[Field]([]string{"x", "y"})
	fmt.Println(fs, len(fs))

	v := Scale(Vec{1, -2, 3}, 2)
	fmt.Printf("%T %v %v\n", v, v, v.Norm1())
	fmt.Println(Scale([]int{1, 2}, 3))

	println(Abs(-3), Abs(2.5), Abs(MyInt(-7)))
	println(Bits(uint8(255)), Bits(uint32(0x10101)))
	fmt.Println(Concat("ab", "cd"), string(Concat([]byte("x"), []byte("y"))), Concat(Name("n"), "m"))
	fmt.Println(Keys(map[string]int{"z": 1, "a": 2, "m": 3}), Keys(map[Celsius]bool{2: true, -1: false}))
	println(ShowAll(A{}, A{}), ShowAll(B{}), ShowAll[Shower](A{}, B{}))
	println(Interfaces(Temp{5}), Interfaces[fmt.Stringer](MyInt(3)))
}
