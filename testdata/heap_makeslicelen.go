package main

// make with a negative length panics with gc's message.

func length(n int) int { return n - 10 }

func main() {
	s := make([]int, 3, 8)
	println(len(s), cap(s))
	n := length(5)
	t := make([]int, n)
	println(len(t))
}
