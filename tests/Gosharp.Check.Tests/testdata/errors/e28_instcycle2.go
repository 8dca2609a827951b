package main

type List[T any] struct{ next *List[T] }

// A method's receiver type parameter stands for the type's own.
func (l *List[E]) Grow() {
	var m List[[]E]
	m.Grow()
}

func main() {
	var l List[int]
	l.Grow()
}

// ERRORS
// 3:11: instantiation cycle:
// 	e28_instcycle2.go:7:13: T instantiated as []E
