// A panic in another package: the value's type and the frames are named by import path.
package main

import "example.com/panics/lib"

type item struct{ n int }

func main() {
	b := &lib.Box[item]{V: item{3}}
	b.Check(func(i item) bool { return i.n > 0 })
	b.V.n = -1
	b.Check(func(i item) bool { return i.n > 0 })
}
