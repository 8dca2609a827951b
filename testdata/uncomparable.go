package main

type S struct {
	a int
	f []int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panic:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	var a, b interface{} = []int{1}, []int{1}
	try("slices", func() { println(a == b) })
	try("mixed", func() { println(a == interface{}(1)) })
	var c, d interface{} = S{}, S{}
	try("struct", func() { println(c == d) })
	var e, f interface{} = map[int]int{}, 1
	try("map-vs-int", func() { println(e == f) })
	m := map[interface{}]int{}
	try("mapkey", func() { m[[]int{1}] = 1 })
	type K struct{ x interface{} }
	try("nested", func() { println(K{[]int{}} == K{[]int{}}) })
	var g, h interface{} = func() {}, func() {}
	try("func", func() { println(g == h) })
	println(a != nil)
	var k1, k2 interface{} = [2]interface{}{1, []int{}}, [2]interface{}{2, []int{}}
	try("array-early", func() { println(k1 == k2) })
	try("array", func() { println(k1 == k1) })
}
