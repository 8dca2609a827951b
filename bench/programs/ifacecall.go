package main

// Interface method calls, closures and defer in loops (issue 8's performance programs).

type shape interface{ area() int }

type rect struct{ w, h int }
type square struct{ s int }

func (r rect) area() int    { return r.w * r.h }
func (s *square) area() int { return s.s * s.s }

func withDefer(i int) (r int) {
	defer func() { r += i }()
	return i
}

func main() {
	shapes := []shape{rect{2, 3}, &square{4}, rect{1, 1}}
	total := 0
	for i := 0; i < 3000000; i++ {
		total += shapes[i%3].area()
	}
	add := func(n int) func(int) int { return func(x int) int { return x + n } }
	f := add(3)
	acc := 0
	for i := 0; i < 3000000; i++ {
		acc = f(acc) & 0xffffff
	}
	d := 0
	for i := 0; i < 500000; i++ {
		d += withDefer(i) & 1023
	}
	println(total, acc, d)
}
