package main

// Selecting on a type whose declaration is being checked: a type defined by that very selector
// has no underlying type but itself (a cycle); one defined by a type literal has nothing known yet.

type T T.x

type J (J.y)

type A [len(A.m)]int

func (A) m() {}

type P *P.z

func main() {}

// ERRORS
// 6:6: invalid recursive type T
// 	e58_selector_on_type_in_progress.go:6:6: T refers to
// 	e58_selector_on_type_in_progress.go:6:6: T
// 8:6: invalid recursive type J
// 	e58_selector_on_type_in_progress.go:8:6: J refers to
// 	e58_selector_on_type_in_progress.go:8:6: J
// 10:15: A.m undefined (type A has no field or method m)
// 14:11: P.z undefined (type P has no field or method z)
