package main

// gc's wording: a blank identifier as an operand "as value or type", a slice of a
// non-sliceable operand is an "invalid operation", and x.(type) outside a type switch is
// an "invalid AST".
var x = _
var y _

func f(i interface{}, m map[int]int) {
	_ = m[:]
	_ = 12[1:]
	_ = i.(type)
	z := i.(type)
	_ = z
}

func main() {}

// ERRORS
// 6:9: cannot use _ as value or type
// 7:7: cannot use _ as value or type
// 10:6: invalid operation: cannot slice m (variable of type map[int]int)
// 11:6: invalid operation: cannot slice 12 (untyped int constant)
// 12:6: invalid AST: use of .(type) outside type switch
// 13:7: invalid AST: use of .(type) outside type switch
