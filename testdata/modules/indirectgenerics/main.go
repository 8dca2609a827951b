// The main package imports neither a nor (for BuildInt) b: the instances of a's generic methods are
// built from a's export data, which the importer reads although it does not import a.
package main

import (
	"fmt"

	"example.com/indirectgenerics/b"
	"example.com/indirectgenerics/c"
)

func main() {
	l := b.NewLoaders()
	l.Names.Store("one", 1)
	v, ok := l.Names.Load("one")
	w, ok2 := l.Names.Load("two")
	fmt.Println(v, ok, w, ok2)
	fmt.Println(c.BuildInt())
	fmt.Println(b.PairOf("x", "y"))
}
