package main

// A cycle makes only the type where it was found invalid: I still contains type constraints.
type S struct {
	I
}

type I interface {
	int | S
}

type P interface {
	*P
}

type J interface{ ~int }

var _ *J

func main() {}

// ERRORS
// 4:6: invalid recursive type S
// 	e60_constraint_ifaces.go:4:6: S refers to
// 	e60_constraint_ifaces.go:8:6: I refers to
// 	e60_constraint_ifaces.go:4:6: S
// 5:2: cannot use type I outside a type constraint: interface contains type constraints
// 13:3: cannot use type P outside a type constraint: interface contains type constraints
// 18:8: cannot use type J outside a type constraint: interface contains type constraints
