// An interface literal that embeds a named interface whose method returns that same literal:
// its type string is finite, and comparisons of such interfaces work.
package main

import "fmt"

type I1 interface {
	F() interface{ I1 }
}

type I2 interface {
	F() interface{ I2 }
}

type T struct{ n int }

func (t T) F() interface{ I1 } { return T{t.n + 1} }

var V1 I1
var V2 I2

func main() {
	fmt.Println(V1 == V2)
	var x I1 = T{1}
	fmt.Println(x.F().(T).n)
	var e interface{} = x.F()
	fmt.Printf("%T %v\n", e, e)
	fmt.Printf("%T\n", V1)
}
