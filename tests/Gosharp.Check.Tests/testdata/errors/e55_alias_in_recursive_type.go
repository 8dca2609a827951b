package main

// An alias used while its own right-hand side is checked, through a type definition (which makes
// the cycle itself valid), has no type yet: an error of its own. A cycle of aliases alone is
// reported as a cycle.

type C interface {
	Get() *PA
}

type Pair[K, V any] struct{}

type PA = Pair[IA, int]

type IA interface {
	Get() *PA
}

type U = *U

var _ PA

func main() {}

// ERRORS
// 16:9: invalid use of type alias PA in recursive type (see issue #50729)
// 19:6: invalid recursive type U
// 	e55_alias_in_recursive_type.go:19:6: U refers to
// 	e55_alias_in_recursive_type.go:19:6: U
