package main

// A type parameter whose type set is empty has no comparable, ordered or numeric type.

func f[T interface {
	int
	string
}](x, y T) {
	_ = x == y
	_ = x < y
	_ = x + y
}

func g[T interface {
	comparable
	~[]byte
}](x T) bool {
	return x != x
}

func main() {}

// ERRORS
// 9:6: invalid operation: x == y (empty type set)
// 10:6: invalid operation: x < y (type parameter T is not comparable with <)
// 11:6: invalid operation: operator + not defined on x (variable of type T constrained by interface{int; string} with empty type set)
// 18:9: invalid operation: x != x (empty type set)
// GC1.19 (Go 1.22 says the type set is empty when it describes the operand)
// 9:6: invalid operation: x == y (empty type set)
// 10:6: invalid operation: x < y (type parameter T is not comparable with <)
// 11:6: invalid operation: operator + not defined on x (variable of type T constrained by interface{int; string})
// 18:9: invalid operation: x != x (empty type set)
