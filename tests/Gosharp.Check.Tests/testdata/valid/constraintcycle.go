package main

// A generic type's constraint may lead back to the type, instantiated: its type parameters are
// known before its constraints are checked (Go test suite typeparam/issue51219b).

type Interaction[D DataConstraint] struct{ d D }

type DataConstraint interface {
	[]byte | CommandData
}

type CommandData struct{ r Resolved }

type Resolved struct{ users Data[User] }

type Data[T DataOf] map[uint64]T

type DataOf interface{ User | Message }

type User struct{}

type Message struct {
	i *Interaction[[]byte]
}

func main() {
	var m Message
	_ = m.i
	var i Interaction[CommandData]
	_ = i
}
