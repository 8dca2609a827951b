package main

import "runtime"

// Allocation sites that escape analysis keeps in the frame (gc's "does not escape") and those
// that must go to the heap; escape_stack.m lists gc 1.19's -m decisions for every site here.
// Frame objects pointing at heap objects keep them alive across collections (the stack is scanned
// conservatively), and every execution of a site in a loop gets zeroed memory.

type node struct {
	val  int
	next *node
	data []int
}

type pair struct{ a, b int }

var global *node
var sinkSlice []int

//go:noinline
func frameObjects(n int) int {
	p := new(node)
	p.val = n
	q := &node{val: 2 * n}
	s := make([]int, 16)
	lit := []int{1, 2, 3, n}
	cnt := new(int)
	for i := range s {
		s[i] = i * n
		*cnt += s[i]
	}
	// A frame object pointing at heap objects: they must survive collections.
	p.next = nil
	p.data = make([]int, n)
	for i := range p.data {
		p.data[i] = i
	}
	for k := 0; k < 5; k++ {
		garbage()
		runtime.GC()
	}
	sum := 0
	for _, v := range p.data {
		sum += v
	}
	return p.val + q.val + *cnt + lit[3] + sum
}

//go:noinline
func garbage() {
	for i := 0; i < 100; i++ {
		global = &node{val: i}
	}
	global = nil
}

//go:noinline
func loops() int {
	t := 0
	for i := 0; i < 10; i++ {
		x := &pair{}
		if x.a != 0 || x.b != 0 {
			println("not zeroed", i)
		}
		x.a = i
		x.b = i * i
		buf := make([]int, 4)
		if buf[0] != 0 || buf[3] != 0 {
			println("buffer not zeroed", i)
		}
		buf[0], buf[3] = i, i
		t += x.a + x.b + buf[0] + buf[3]
	}
	return t
}

//go:noinline
func maps(n int) int {
	counts := make(map[int]int)
	for i := 0; i < n; i++ {
		counts[i%7] += i
	}
	names := map[string]int{"a": 1, "b": 2}
	names["c"] = len(counts)
	runtime.GC()
	return counts[3] + names["a"] + names["c"]
}

//go:noinline
func keepAcrossIterations() int {
	var first, last *pair
	for i := 0; i < 3; i++ {
		x := &pair{a: i}
		if first == nil {
			first = x
		}
		last = x
	}
	return first.a*10 + last.a
}

//go:noinline
func escapes(k int) *node {
	r := new(node)
	r.val = k
	global = &node{val: k + 1}
	sinkSlice = make([]int, 3)
	v := make([]int, k)
	v[0] = 1
	big := make([]byte, 100000)
	big[k] = 1
	return r
}

//go:noinline
func namedResult() (res *pair) {
	res = &pair{a: 7}
	return
}

//go:noinline
func closure() func() int {
	c := new(int)
	return func() int { *c++; return *c }
}

func main() {
	println(frameObjects(10))
	println(loops())
	println(keepAcrossIterations())
	println(maps(100))
	e := escapes(5)
	println(e.val, global.val, len(sinkSlice))
	println(namedResult().a)
	f := closure()
	f()
	println(f())
}
