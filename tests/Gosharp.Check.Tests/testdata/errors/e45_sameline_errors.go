package main

// gc drops an error equal to the one reported just before it on the same line: the two shifts of
// untyped float constants on one line report once, different messages or lines are all reported.

var s uint

var (
	_ = 1.<<s == 1.<<s
	_ = 1<<s+1<<s == 1<<s+1.<<s
	_ = (1.1 << s) << (1.1 << s)
	_ = 1.<<s +
		1.<<s
	_ = 1<<s == 1.<<s
)

func main() {
	_, _ = u, u
	_, _ = u, v
	_, _ = u,
		u
}

// ERRORS
// 9:6: invalid operation: 1. << s (shift of type float64)
// 10:6: invalid operation: 1 << s (shift of type float64)
// 10:24: invalid operation: 1. << s (shift of type float64)
// 11:7: invalid operation: shifted operand 1.1 (untyped float constant) must be integer
// 12:6: invalid operation: 1. << s (shift of type float64)
// 13:3: invalid operation: 1. << s (shift of type float64)
// 14:6: invalid operation: 1 << s (shift of type float64)
// 14:14: invalid operation: 1. << s (shift of type float64)
// 18:9: undefined: u
// 19:9: undefined: u
// 19:12: undefined: v
// 20:9: undefined: u
// 21:3: undefined: u
