package main

type S struct {
	x interface{ S }
}

type T [1]interface{ T }

type U struct {
	u interface{ ~int | U }
}

var _ S
var _ T

func main() {}

// ERRORS
// 3:6: invalid recursive type S
// 	e50_recursive_embedded_elem.go:3:6: S refers to
// 	e50_recursive_embedded_elem.go:3:6: S
// 7:6: invalid recursive type T
// 	e50_recursive_embedded_elem.go:7:6: T refers to
// 	e50_recursive_embedded_elem.go:7:6: T
// 9:6: invalid recursive type U
// 	e50_recursive_embedded_elem.go:9:6: U refers to
// 	e50_recursive_embedded_elem.go:9:6: U
// 10:4: cannot use type interface{~int|U} outside a type constraint: interface contains type constraints
