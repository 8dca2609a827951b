package main

type node struct{ depth int }

func f(n *node, k int) int {
	if k < 0 {
		return 0
	}
	return f(n, k+1) + n.depth
}

func main() {
	println("start")
	println(f(&node{1}, 0))
}
