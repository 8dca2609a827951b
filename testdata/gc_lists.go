package main

// Allocates about 500 MB in short-lived linked lists while a few lists stay reachable only from a
// global, only from the stack, and only through an interior pointer; prints checksums.

type node struct {
	next *node
	val  int
	data [28]int // 256-byte nodes
}

func build(n int, seed int) *node {
	var head *node
	for i := 0; i < n; i++ {
		x := new(node)
		x.val = seed + i
		x.data[i%28] = i
		x.next = head
		head = x
	}
	return head
}

func sum(l *node) int {
	t := 0
	for ; l != nil; l = l.next {
		t += l.val + l.data[l.val%28]*3
	}
	return t
}

var global *node

func main() {
	global = build(1000, 7)
	onStack := build(2000, 11)
	inner := &build(300, 5).data[19] // the list's head only through a pointer into its middle
	total := 0
	for round := 0; round < 200; round++ {
		l := build(10000, round)
		total += sum(l) % 1000003
		if round%50 == 0 {
			println(round, sum(global), sum(onStack), *inner)
		}
	}
	println("total", total)
	println(sum(global), sum(onStack), *inner)
}
