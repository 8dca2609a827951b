// An interface constraint with several methods whose signatures mention other type parameters:
// substituting the type arguments must not go round through each method's receiver (it used to
// take exponential time).
package main

type Ledger[T ~string, K ~int] struct {
	ID_      T
	Amounts_ []K
}

func (l Ledger[T, _]) ID() T        { return l.ID_ }
func (l Ledger[_, K]) Amounts() []K { return l.Amounts_ }
func (l Ledger[_, K]) Sum() K       { return 0 }
func (l Ledger[_, K]) First() K     { return 0 }

func Print[
	T ~string,
	K ~int,
	L interface {
		~struct {
			ID_      T
			Amounts_ []K
		}
		ID() T
		Amounts() []K
		Sum() K
		First() K
	},
](l L) T {
	return l.ID()
}

func main() {
	_ = Print(Ledger[string, int]{ID_: "x"})
}
