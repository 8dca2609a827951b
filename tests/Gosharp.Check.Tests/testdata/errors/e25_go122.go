package main

func Identity[T any](x T) T { return x }

func main() {
	var bad func(bool) int = Identity
	_ = bad
	k := Identity
	_ = k
	for i := range 3.0 {
		_ = i
	}
	for i, j := range 10 {
		_, _ = i, j
	}
	var s string
	for i := range len(s) {
		var _ string = i
	}
	_ = min(1, 2.5, "x")
	_ = max(1.5, 2)
	var f float32 = max(1, 2)
	_ = f
	clear([3]int{})
	_ = min(1, nil)
}

// ERRORS
// 6:27: inferred type func(x bool) bool for func(x T) T does not match type func(bool) int of Identity
// 8:7: cannot use generic function Identity without instantiation
// 10:17: cannot range over 3.0 (untyped float constant 3)
// 13:9: range over 10 (untyped int constant) permits only one iteration variable
// 18:18: cannot use i (variable of type int) as type string in variable declaration
// 20:18: invalid argument: mismatched types untyped float (previous argument) and untyped string (type of "x")
// 24:8: invalid argument: cannot clear [3]int{} (value of type [3]int): argument must be (or constrained by) map or slice
// 25:13: invalid argument: nil cannot be ordered
// GC1.19 (gc 1.19 says this; the messages above are Go 1.22's)
// 6:27: cannot use generic function Identity without instantiation
// 8:7: cannot use generic function Identity without instantiation
// 10:17: cannot range over 3.0 (untyped float constant 3)
// 13:20: cannot range over 10 (untyped int constant)
// 17:17: cannot range over len(s) (value of type int)
// 20:6: undefined: min
// 21:6: undefined: max
// 22:18: undefined: max
// 24:2: undefined: clear
// 25:6: undefined: min
