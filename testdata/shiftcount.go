package main

// Untyped constant shift counts of float and complex kind are uint counts.

func f(x, y int) {
	if x != y {
		println(x, "!=", y)
	}
}

func main() {
	var x int = 1
	f(x<<1., 2)
	f(x<<(1+0i), 2)
	f(x<<0i, 1)
	f(x<<(1.<<x), 4)
	f(x<<((1+0i)<<x), 4)
	var u uint8 = 3
	println(u<<2., u>>1., x<<(2.+0i))
}
