package main

type T struct{}

// An alias of a pointer type declares a pointer method.
type T0 = *T

func (T0) m() {}

type (
	T4 = *(T5)
	T5 = T
)

func (T4) m4() {}

// Two pointers: no base type.
type T9 = *T10
type T10 = *T

func (T9) m9() {}

func main() {
	(&T{}).m()
	(T{}).m4()
	(&T{}).m4()
	(&T{}).m9()
}

// ERRORS
// 21:7: invalid receiver type **T
// 25:8: cannot call pointer method m4 on T
// 27:9: (&T{}).m9 undefined (type *T has no field or method m9)
