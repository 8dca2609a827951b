package main

type P struct{ X, Y int }
type Q struct {
	p P
	q *P
}

func main() {
	_ = P{1}
	_ = P{1, 2, 3}
	_ = P{X: 1, 2}
	_ = P{X: 1, X: 2}
	_ = P{Z: 1}
	_ = P{x: 1}
	_ = P{X: "a"}
	_ = []int{1, "a"}
	_ = [2]int{1, 2, 3}
	_ = [...]int{1, 2, 3}
	_ = []int{0: 1, 0: 2}
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[string]int{1}
	_ = []P{{1, 2}, {X: 1}}
	_ = []*P{{1, 2}}
	_ = map[P]int{{1, 2}: 1}
	_ = Q{p: {1, 2}}
	_ = int{}
	_ = [...]int
	var x int
	_ = x{}
	_ = [2]int{-1: 1}
	_ = [2]int{x: 1}
	_ = map[interface{}]int{1: 1, 1.0: 2, int8(1): 3}
}

// ERRORS
// 10:9: too few values in P{…}
// 11:14: too many values in P{…}
// 12:14: mixture of field:value and value elements in struct literal
// 13:15: duplicate field name X in struct literal
// 14:8: unknown field 'Z' in struct literal of type P
// 15:8: unknown field 'x' in struct literal of type P
// 16:11: cannot use "a" (untyped string constant) as int value in struct literal
// 17:15: cannot use "a" (untyped string constant) as int value in array or slice literal
// 18:19: index 2 is out of bounds (>= 2)
// 20:19: duplicate index 0 in array or slice literal
// 21:29: duplicate key "a" in map literal
// 22:21: missing key in map literal
// 26:11: missing type in composite literal
// 27:6: invalid composite literal type int
// 28:6: invalid use of [...] array (outside a composite literal)
// 28:6: [...]int (type) is not an expression
// 30:6: x (variable of type int) is not a type
// 31:13: invalid argument: index -1 (constant of type int) must not be negative
// 32:14: index x must be integer constant
