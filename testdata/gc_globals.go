package main

import (
	"runtime"
	"strconv"
)

// The only references to these heap objects are in global variables (precise roots from the
// linker's bitmaps of .data and .bss): they must survive many collections while garbage churns.

type node struct {
	val  int
	next *node
}

type mixed struct {
	n     int
	name  string
	f     float64
	list  *node
	count uint64
	nums  []int
	iface interface{}
}

var (
	head    *node
	table   [8]*node
	m       map[string]int
	s       []string
	mix     mixed
	mixes   [3]mixed
	fn      func() int
	anyVal  interface{}
	bytes   []byte
	counter int
	ptrs    = []*int{new(int), new(int)}
)

func build(n int) *node {
	var h *node
	for i := n; i > 0; i-- {
		h = &node{i, h}
	}
	return h
}

func sum(h *node) int {
	t := 0
	for ; h != nil; h = h.next {
		t += h.val
	}
	return t
}

func garbage(k int) int {
	t := 0
	for i := 0; i < 200; i++ {
		b := make([]byte, 64+i%100)
		b[0] = byte(k)
		t += int(b[0])
		l := build(5)
		t += l.val
	}
	return t
}

func main() {
	head = build(1000)
	for i := range table {
		table[i] = build(i + 1)
	}
	m = map[string]int{}
	for i := 0; i < 500; i++ {
		m["key"+strconv.Itoa(i)] = i
	}
	for i := 0; i < 100; i++ {
		s = append(s, "str"+strconv.Itoa(i*i))
	}
	mix = mixed{n: 7, name: "mix" + strconv.Itoa(42), f: 2.5, list: build(10), count: 3, nums: []int{1, 2, 3}, iface: &node{99, nil}}
	for i := range mixes {
		mixes[i] = mixed{name: strconv.Itoa(i) + "x", list: build(i + 2), nums: make([]int, i+1)}
	}
	captured := build(20)
	fn = func() int { return sum(captured) }
	anyVal = []int{4, 5, 6}
	bytes = []byte("bytes " + strconv.Itoa(123456))
	*ptrs[0], *ptrs[1] = 11, 22

	g := 0
	for round := 0; round < 60; round++ {
		g += garbage(round)
		runtime.GC()
		counter++
	}
	println("garbage", g, "rounds", counter)
	println("head", sum(head))
	for i := range table {
		print(sum(table[i]), " ")
	}
	println()
	t := 0
	for k, v := range m {
		if k != "key"+strconv.Itoa(v) {
			println("bad map entry", k, v)
		}
		t += v
	}
	println("map", len(m), t)
	println("slice", len(s), s[0], s[99])
	println("mix", mix.n, mix.name, mix.f, sum(mix.list), mix.count, len(mix.nums), mix.nums[2], mix.iface.(*node).val)
	for i := range mixes {
		println("mixes", i, mixes[i].name, sum(mixes[i].list), len(mixes[i].nums))
	}
	println("fn", fn())
	println("any", anyVal.([]int)[2])
	println("bytes", string(bytes))
	println("ptrs", *ptrs[0], *ptrs[1])
}
