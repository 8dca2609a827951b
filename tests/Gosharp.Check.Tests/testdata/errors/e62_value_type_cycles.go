package main

import "unsafe"

// A cycle through a type and a value is invalid, and the type is then invalid wherever it is
// used (no follow-on errors). A function's signature is no initialization dependency: only
// initializers and bodies are (g2 does not make x2 depend on itself).
type T1 interface {
	m() [x1.m()[0]]int
}

var x1 T1
var y1 T1 = 1

var r = newReader()

func newReader() r

func g2() [unsafe.Sizeof(x2)]int

var x2 = g2

func main() {}

// ERRORS
// 8:6: invalid recursive type T1
// 	e62_value_type_cycles.go:8:6: T1 refers to
// 	e62_value_type_cycles.go:12:5: x1 refers to
// 	e62_value_type_cycles.go:8:6: T1
// 15:5: illegal cycle in declaration of r
// 	e62_value_type_cycles.go:15:5: r refers to
// 	e62_value_type_cycles.go:17:6: newReader refers to
// 	e62_value_type_cycles.go:15:5: r
