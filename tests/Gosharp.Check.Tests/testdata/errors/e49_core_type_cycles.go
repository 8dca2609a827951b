package main

// Core types that refer back to their own type parameter infer nothing (and must not
// make the inference loop grow types without end).
func f1[P interface{ *P }]()                          {}
func f3[P, Q interface{ func(Q) P }]()                {}
func f4[P interface{ *Q }, Q interface{ func(P) }]() {}

func main() {
	f1()
	f3()
	f4()
}

// ERRORS
// 10:4: in call to f1, cannot infer P (declared at e49_core_type_cycles.go:5:9)
// 11:4: in call to f3, cannot infer P (declared at e49_core_type_cycles.go:6:9)
// 12:4: in call to f4, cannot infer P (declared at e49_core_type_cycles.go:7:9)
// GC1.19 (gc 1.19 says this; the messages above are Go 1.22's)
// 10:4: cannot infer P (e49_core_type_cycles.go:5:9)
// 11:4: cannot infer P (e49_core_type_cycles.go:6:9)
// 12:4: cannot infer P (e49_core_type_cycles.go:7:9)
