package main

type Num interface{ ~int | ~float64 }

type Vec[T Num] []T

func (v Vec[T]) Sum() (s T) {
	for _, x := range v {
		s += x
	}
	return
}

func (v Vec[T, U]) Bad() {}

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T) { b.v = v }
func (b Box[_]) Ignore()  {}

type Map[K comparable, V any] map[K]V

type Bad1[T any] T

type Bad2[T ~[]int | ~string] struct{}

func F[T interface{ ~int; String() string }](x T) string { return x.String() }

type MyInt int

func (MyInt) String() string { return "" }

func Conv[T ~int | ~string](x T) int { return int(x) }

func Ops[T ~int | ~string](a, b T) T { return a * b }

func Len[T ~string | ~[]byte](x T) int { return len(x) }

func Idx[T ~[]int | ~[3]int](x T) int { return x[0] }

func main() {
	_ = Vec[string]{}
	_ = Vec[int]{1, 2}.Sum()
	var b Box[int]
	b.Set("a")
	_ = Map[[]int, int]{}
	_ = F(MyInt(1))
	_ = F(1)
	var x interface{ ~int }
	_ = x
	var _ Num
}

// ERRORS
// 14:9: got 2 arguments but 1 type parameters
// 23:18: cannot use a type parameter as RHS in type declaration
// 33:51: cannot convert x (variable of type T constrained by ~int|~string) to type int:
// 	cannot convert string (in T) to int
// 35:47: invalid operation: operator * not defined on a (variable of type T constrained by ~int|~string)
// 42:10: string does not implement Num (string missing in ~int | ~float64)
// 45:8: cannot use "a" (untyped string constant) as int value in argument to b.Set
// 46:10: []int does not implement comparable
// 48:7: int does not implement interface{String() string; ~int} (missing String method)
// 49:8: cannot use type interface{~int} outside a type constraint: interface contains type constraints
// 51:8: cannot use type Num outside a type constraint: interface contains type constraints
