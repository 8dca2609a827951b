package main

// A recursive interface is reported once; assignments between it and the types it
// involves are then not errors of their own (as gc: bug251.go).
type I1 interface {
	m() I2
	I2
}

type I2 interface {
	I1
}

var i1 I1 = i2
var i2 I2
var i2a I2 = i1

func main() {}

// ERRORS
// 5:6: invalid recursive type I1
// 	e48_invalid_type_assign.go:5:6: I1 refers to
// 	e48_invalid_type_assign.go:10:6: I2 refers to
// 	e48_invalid_type_assign.go:5:6: I1
