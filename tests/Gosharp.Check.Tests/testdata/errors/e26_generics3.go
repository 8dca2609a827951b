package main

type Number interface{ int | float64 }

func Add[T Number](a, b T) T { return a + b }

func Neg[T any](x T) T { return -x }

func Idx[T any](s []T, i int) T { return s[i] }

func Cast[T int | string](x int) T { return T(x) }

func Nil[T any]() T { return nil }

func Ptr[T any](p *T) T { return *p }

func Field[T struct{ x int }](v T) int { return v.x }

type G[T any] struct{}

func (G[T]) M() {}

func (g G[T]) N(x T) { g.M(); _ = x.y }

func main() {
	_ = Add(1, 2.5)
	_ = Add[int](1, 2.5)
	var i8 int8
	_ = Add(i8, i8)
	_ = Idx[int]
	var g G[int]
	g.N("s")
	_ = G[int, int]{}
	_ = G{}
	var a interface{ Number } = 1
	_ = a
}

// ERRORS
// 7:34: invalid operation: operator - not defined on x (variable of type T constrained by any)
// 13:30: cannot use nil as T value in return statement
// 17:51: v.x undefined (type T has no field or method x)
// 23:37: x.y undefined (type T has no field or method y)
// 27:18: cannot use 2.5 (untyped float constant) as int value in argument to Add[int] (truncated)
// 29:9: int8 does not implement Number (int8 missing in int | float64)
// 32:6: cannot use "s" (untyped string constant) as int value in argument to g.N
// 33:6: got 2 arguments but 1 type parameters
// 34:6: cannot use generic type G[T any] without instantiation
// 35:8: cannot use type interface{Number} outside a type constraint: interface contains type constraints
// GC1.19 (gc 1.19 says this; the messages above are Go 1.22's)
// 7:34: invalid operation: operator - not defined on x (variable of type T constrained by any)
// 13:30: cannot use nil as T value in return statement
// 17:51: v.x undefined (type T has no field or method x)
// 23:37: x.y undefined (type T has no field or method y)
// 26:13: default type float64 of 2.5 does not match inferred type int for T
// 27:18: cannot use 2.5 (untyped float constant) as int value in argument to Add[int] (truncated)
// 29:9: int8 does not implement Number (int8 missing in int | float64)
// 32:6: cannot use "s" (untyped string constant) as int value in argument to g.N
// 33:6: got 2 arguments but 1 type parameters
// 34:6: cannot use generic type G[T any] without instantiation
// 35:8: cannot use type interface{Number} outside a type constraint: interface contains type constraints
