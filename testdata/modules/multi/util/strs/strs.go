// Package strs is imported by greet and by main: it is built once.
package strs

import "strings"

// Map is an exported generic function, instantiated in other packages.
func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

// Number constrains Sum.
type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](s ...T) T {
	var t T
	for _, v := range s {
		t += v
	}
	return t
}

// Stack is an exported generic type with methods.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s Stack[T]) Len() int { return len(s.items) }

// Pair is a generic struct type used across packages.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Upper(s string) string { return strings.ToUpper(s) }

var Calls = 0

func Count() int { Calls++; return Calls }
