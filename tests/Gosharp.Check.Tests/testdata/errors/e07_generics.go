package main

type Number interface{ ~int | ~float64 }

func Sum[T Number](xs ...T) (s T) { return }

func Keys[K comparable, V any](m map[K]V) []K { return nil }

type List[T any] struct{ v T }

func (l List[T]) Get() T { return l.v }

type Stringer interface{ String() string }

func Str[T Stringer](x T) string { return x.String() }

func Two[T, U any](x T) U { var u U; return u }

func Bad[T any](x T) int { return x + 1 }

func Cmp[T any](a, b T) bool { return a == b }

func Len[T any](x T) int { return len(x) }

func main() {
	_ = Sum("a", "b")
	_ = Sum[string]()
	_ = Keys([]int{})
	var l List
	_ = l
	var l2 List[int, string]
	_ = l2
	_ = Str(1)
	_ = Two(1)
	_ = Two[int, string, bool]
	f := Sum
	_ = f
	var m map[[]int]int
	_ = m
	_ = List[int]{v: "a"}
	_ = Sum(1, "a")
}

type C interface{ int | string }

var c C

func G[T C]() {}

func use() { G[float64]() }

// ERRORS
// 19:39: cannot convert 1 (untyped int constant) to T
// 21:39: invalid operation: a == b (incomparable types in type set)
// 23:39: invalid argument: x (variable of type T constrained by any) for len
// 26:9: string does not implement Number (string missing in ~int | ~float64)
// 27:10: string does not implement Number (string missing in ~int | ~float64)
// 28:11: type []int of []int{} does not match map[K]V (cannot infer K and V)
// 29:8: cannot use generic type List[T any] without instantiation
// 31:9: got 2 arguments but 1 type parameters
// 33:9: int does not implement Stringer (missing String method)
// 34:9: in call to Two, cannot infer U (declared at e07_generics.go:17:13)
// 35:23: got 3 type arguments but Two has 2 type parameters
// 36:7: cannot use generic function Sum without instantiation
// 38:12: invalid map key type []int
// 40:19: cannot use "a" (untyped string constant) as int value in struct literal
// 41:13: mismatched types untyped int and untyped string (cannot infer T)
// 46:7: cannot use type C outside a type constraint: interface contains type constraints
// 50:16: float64 does not implement C (float64 missing in int | string)
// GC1.19 (gc 1.19 says this; the messages above are Go 1.22's)
// 19:39: cannot convert 1 (untyped int constant) to T
// 21:39: invalid operation: a == b (incomparable types in type set)
// 23:39: invalid argument: x (variable of type T constrained by any) for len
// 26:9: string does not implement Number (string missing in ~int | ~float64)
// 27:10: string does not implement Number (string missing in ~int | ~float64)
// 28:11: type []int of []int{} does not match map[K]V (cannot infer K and V)
// 29:8: cannot use generic type List[T any] without instantiation
// 31:9: got 2 arguments but 1 type parameters
// 33:9: int does not implement Stringer (missing String method)
// 34:9: cannot infer U (e07_generics.go:17:13)
// 35:23: got 3 type arguments but want 2
// 36:7: cannot use generic function Sum without instantiation
// 38:12: invalid map key type []int
// 40:19: cannot use "a" (untyped string constant) as int value in struct literal
// 41:13: default type string of "a" does not match inferred type int for T
// 46:7: cannot use type C outside a type constraint: interface contains type constraints
// 50:16: float64 does not implement C (float64 missing in int | string)
