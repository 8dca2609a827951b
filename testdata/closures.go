package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Acc struct{ total int }

func (a *Acc) Add(x int) { a.total += x }

func newPoint(x, y int) *[2]int {
	p := [2]int{x, y}
	return &p
}

func main() {
	c := counter()
	d := counter()
	println(c(), c(), c(), d())
	k := 10
	res := apply([]int{1, 2, 3}, func(x int) int { return x*k + 1 })
	println(res[0], res[1], res[2])
	k = 100
	println(apply([]int{4}, func(x int) int { return x + k })[0])


	sum := 0
	add := func(v int) { sum += v }
	for i := 1; i <= 4; i++ {
		add(i)
	}
	println(sum)

	outer := func(a int) func(int) int {
		return func(b int) int { return a*10 + b + k }
	}
	println(outer(3)(4))

	var acc Acc
	for i := 0; i < 5; i++ {
		acc.Add(i)
	}
	println(acc.total)
	p := newPoint(3, 4)
	q := newPoint(5, 6)
	println(p[0], p[1], q[0], q[1])

	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(15))
}
