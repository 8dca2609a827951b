package main

var a = b + 1
var b = f()
var c int
var counter int

func f() int {
	counter++
	return 41
}

func init() {
	c = a * 2
	println("init 1", a, b, c)
}

func init() {
	counter += 100
	println("init 2", counter)
}

func bump() {
	counter++
}

func main() {
	bump()
	bump()
	println("main", a, b, c, counter)
}
