package main

func f1[T any, C chan T | <-chan T](ch C) {}

func _(ch chan int)   { f1(ch) }
func _(ch <-chan int) { f1(ch) }
func _(ch chan<- int) { f1(ch) }

func f3[P int](x P) {}

type myInt int

func _() {
	var x myInt
	f3(x)
}

// A defined interface and an identical interface literal infer the defined type, in either order.
func g[T interface{ Equal(T) bool }](a, b T) {}

type I interface{ Equal(I) bool }

func _() {
	var i I
	var j interface{ Equal(I) bool }
	g(i, j)
	g(j, i)
}

func main() {}

// ERRORS
// 7:27: chan<- int does not implement chan int|<-chan int (chan<- int missing in chan int | <-chan int)
// 15:4: myInt does not implement int (possibly missing ~ for int in constraint int)
