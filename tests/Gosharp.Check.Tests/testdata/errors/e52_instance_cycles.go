package main

import "unsafe"

// Invalid recursive types through instances of generic types: an instance is named where it is
// first written; a type parameter stands for its argument, checked where the instance was written.

type Box[P any] struct{ v P }
type Arr[P any] [2]P
type Ptr[P any] *P

type A Box[A]
type B struct{ _ Arr[Box[B]] }
type C Ptr[C]
type D struct{ _ Box[Ptr[D]] }

type G[P any] struct {
	G[P]
}

const _ = unsafe.Sizeof(G[int]{})

// No cycle: Three holds Two[string], not Two[Three].
type I interface {
	~struct{ f Two[Three] }
}
type One[P any] struct{ f P }
type Two[P any] struct{ f One[P] }
type Three struct{ f Two[string] }

// Reported once: the type made invalid is not reported again through E.
type E Box[A]

func main() {}

// ERRORS
// 12:6: invalid recursive type A
// 	e52_instance_cycles.go:12:6: A refers to
// 	e52_instance_cycles.go:12:8: Box refers to
// 	e52_instance_cycles.go:12:6: A
// 13:6: invalid recursive type B
// 	e52_instance_cycles.go:13:6: B refers to
// 	e52_instance_cycles.go:13:18: Arr refers to
// 	e52_instance_cycles.go:13:22: Box refers to
// 	e52_instance_cycles.go:13:6: B
// 18:2: invalid recursive type G
// 	e52_instance_cycles.go:18:2: G refers to
// 	e52_instance_cycles.go:18:2: G
// 21:11: unsafe.Sizeof(G[int]{}) (value of type uintptr) is not constant
