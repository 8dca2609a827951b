package main

func main() {
	defer func() { println("recovered:", recover().(error).Error()) }()
	var n map[interface{}]int
	println(n[1], len(n))
	delete(n, "x")
	m := map[interface{}]int{}
	println(m[[2]int{}])
	println(m[[]int{1}])
}
