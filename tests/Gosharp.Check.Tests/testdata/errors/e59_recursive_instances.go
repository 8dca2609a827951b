package main

// Invalid recursive types are found by following each declaration as written (type A4 A2
// leads to A2, not to A2's underlying type), and an instance is a type of its own, named
// where it is written: T2[T2[P]] inside T1 is no cycle, T[P] inside T is.
type (
	A2 [10]A3
	A3 [10]A4
	A4 A2
)

type T1[P any] struct{ f T2[P] }
type T2[P any] struct{ f P }
type T3[P any] T1[T2[P]]

type T[P any] struct{ f T[P] }

type A[P any] struct{ f B[P] }
type B[P any] struct{ f A[P] }

var _ T3[int]

func main() {}

// ERRORS
// 7:2: invalid recursive type A2
// 	e59_recursive_instances.go:7:2: A2 refers to
// 	e59_recursive_instances.go:8:2: A3 refers to
// 	e59_recursive_instances.go:9:2: A4 refers to
// 	e59_recursive_instances.go:7:2: A2
// 16:25: invalid recursive type T
// 	e59_recursive_instances.go:16:25: T refers to
// 	e59_recursive_instances.go:16:25: T
// 18:25: invalid recursive type B
// 	e59_recursive_instances.go:18:25: B refers to
// 	e59_recursive_instances.go:19:25: A refers to
// 	e59_recursive_instances.go:18:25: B
