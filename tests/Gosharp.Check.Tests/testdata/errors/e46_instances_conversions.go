package main

type RC[RG any] interface{ ~[]RG }

type F[RCT RC[RG], RG any] interface{ Fn() }

type concreteF[RCT RC[RG], RG any] struct{ makeFn func() }

func (c *concreteF[RCT, RG]) Fn() {}

func NewConcrete[RCT RC[RG], RG any](Rc RCT) F[RCT] {
	return &concreteF[RCT]{makeFn: nil}
}

type X Y
type Y X

func conversions() {
	var s []byte
	_ = ([4]byte)(s)
	type A [4]byte
	_ = (A)(s)
	_ = (*[4]byte)(s)
	_ = func() { _ = iota }
}

func main() {}

// ERRORS
// 11:46: got 1 arguments but 2 type parameters
// 12:9: cannot use &concreteF[RCT]{…} (value of type *concreteF[RCT]) as type F[RCT] in return statement
// 12:10: got 1 arguments but 2 type parameters
// 15:6: invalid recursive type X
// 	e46_instances_conversions.go:15:6: X refers to
// 	e46_instances_conversions.go:16:6: Y refers to
// 	e46_instances_conversions.go:15:6: X
// 24:19: cannot use iota outside constant declaration
// GC1.19 (gc 1.19 says this; slice-to-array conversions are valid in Go 1.22, since 1.20)
// 11:46: got 1 arguments but 2 type parameters
// 12:9: cannot use &concreteF[RCT]{…} (value of type *concreteF[RCT]) as type F[RCT] in return statement
// 12:10: got 1 arguments but 2 type parameters
// 15:6: invalid recursive type X
// 	e46_instances_conversions.go:15:6: X refers to
// 	e46_instances_conversions.go:16:6: Y refers to
// 	e46_instances_conversions.go:15:6: X
// 20:16: cannot convert s (variable of type []byte) to type [4]byte
// 22:10: cannot convert s (variable of type []byte) to type A
// 24:19: cannot use iota outside constant declaration
