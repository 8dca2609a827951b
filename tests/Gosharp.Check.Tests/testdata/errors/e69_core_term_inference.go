package main

// A constraint's core type takes part in inference inexactly: chan E matches the core type
// chan<- E of a mixed channel constraint, a defined type the literal of its constraint (the
// constraint is then checked: no ~). A term list names this package's types with its path.

func send[P chan E | ~chan<- E, E any](E) {}

type Map map[string]int

func exact[M map[K]V, K comparable, V any](M) {}

type S struct{ f int }

func fs[P S]() {}

type T struct{}

func main() {
	_ = send[chan int]
	var m Map
	exact(m)
	fs[T]()
}

// ERRORS
// 22:7: Map does not implement map[string]int (possibly missing ~ for map[string]int in constraint map[string]int)
// 23:5: T does not implement S (T missing in main.S)
