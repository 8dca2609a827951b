package main

// Common subexpressions across blocks and memory states, constants shared by loops, and inlined
// small functions (with several returns, in loops, and //go:noinline ones kept as calls).

type point struct{ x, y int }

var p point
var counter int

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func min3(a, b, c int) int {
	if a < b {
		if a < c {
			return a
		}
		return c
	}
	if b < c {
		return b
	}
	return c
}

//go:noinline
func bump() { counter++ }

func swap(a, b int) (int, int) { return b, a }

func work(a, b int) int {
	x := a*b + 7
	y := 0
	if a > b {
		y = a*b + 7 // the same as x
	} else {
		y = a*b - 7
	}
	p.x = x
	q := p.x + p.x // one load
	p.x = 3
	r := p.x // the store changed memory: loaded again
	bump()
	s := counter + counter // after the call, memory changed
	return x + y + q + r + s
}

func main() {
	println(work(3, 4), work(5, 2), work(-1, -1))
	println(abs(-3), abs(4), min3(3, 1, 2), min3(1, 2, 3), min3(3, 2, 1), min3(2, 3, 1))
	t := 0
	for i := -5; i < 5; i++ {
		t += abs(i) * 1000003
		a, b := swap(i, t)
		t = a - b + min3(i, -i, 2)
	}
	println(t, counter)
	f := 1.5
	for i := 0; i < 3; i++ {
		f = f*2.25 + 1e10
	}
	println(f)
}
