package main

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func apply(f func(int, int) int, x, y int) int {
	return f(x, y)
}

type op func(int, int) int

var table [2]op

func pick(i int) func(int, int) int {
	if i == 0 {
		return add
	}
	return sub
}

func main() {
	f := add
	println(f(2, 3), apply(sub, 10, 4), apply(add, 1, 1))
	table[0] = add
	table[1] = sub
	for i := 0; i < 2; i++ {
		println(table[i](7, 5), pick(i)(100, 1))
	}
	var g func(int, int) int
	println(g == nil, f != nil)
	g = pick(1)
	println(g(1, 2))
}
