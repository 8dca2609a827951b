package lib

import "fmt"

type Box[T any] struct{ V T }

type BadValue struct{ N int }

func (b BadValue) Error() string { return fmt.Sprintf("bad value %d", b.N) }

func (b *Box[T]) Check(ok func(T) bool) {
	if !ok(b.V) {
		fail(b.V)
	}
}

func fail(v any) {
	fmt.Printf("%T %v\n", v, v)
	panic(BadValue{N: 7})
}
