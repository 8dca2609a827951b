package main

// A pointer type's base type is a variable's type: not a constraint interface.

type C interface{ int | string }

var _ *interface{ int }

var _ = (*C)(nil)

func f[P *C]() {}

func main() {}

// ERRORS
// 7:8: cannot use type interface{int} outside a type constraint: interface contains type constraints
// 9:11: cannot use type C outside a type constraint: interface contains type constraints
// 11:11: cannot use type C outside a type constraint: interface contains type constraints
