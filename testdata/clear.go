// golden: hand-written (clear is Go 1.21; the gc 1.19 oracle lacks it)
package main

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	println(len(m), m["a"])
	m["c"] = 3
	println(len(m), m["c"])
	var nm map[int]int
	clear(nm)
	println(len(nm))
}

func init() {
	s := []int{1, 2, 3, 4}
	clear(s[1:3])
	println(s[0], s[1], s[2], s[3])
}
