package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Pop() T {
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v
}

func Div[T ~int | ~int64](a, b T) T { return a / b }

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Apply[T any](v T, f func(T)) { f(v) }

func main() {
	defer fmt.Println("deferred")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		println(Div(7, 0))
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		println(Must(1, fmt.Errorf("bad %d", 1)))
	}()
	s := &Stack[string]{items: []string{"a"}}
	println(s.Pop())
	Apply(s, func(s *Stack[string]) { s.Pop() })
}
