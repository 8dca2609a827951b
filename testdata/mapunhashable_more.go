package main

import "fmt"

type key struct {
	name string
	v    interface{}
}

func try(what string, f func()) {
	defer func() { fmt.Println(what+":", recover()) }()
	f()
}

func main() {
	var nilMap map[interface{}]int
	empty := map[interface{}]string{}
	structs := map[key]int{}
	arrays := map[[2]interface{}]bool{}
	try("nil lookup", func() { _ = nilMap[[]int{1}] })
	try("nil comma-ok", func() { _, ok := nilMap[map[string]int{}]; fmt.Println(ok) })
	try("nil delete", func() { delete(nilMap, []string{"a"}) })
	try("empty lookup", func() { fmt.Println(empty[func() {}]) })
	try("empty delete", func() { delete(empty, []byte("x")) })
	try("struct key lookup", func() { _ = structs[key{"a", []int{}}] })
	try("struct key delete", func() { delete(structs, key{"b", map[int]int{}}) })
	try("array key lookup", func() { _ = arrays[[2]interface{}{1, []int{}}] })
	try("hashable keys", func() {
		fmt.Println(nilMap[1], empty["x"], structs[key{"a", 1}], arrays[[2]interface{}{1, "x"}])
		delete(nilMap, 1)
		delete(structs, key{"c", 2.5})
	})
	try("non-empty lookup", func() { empty["k"] = "v"; _ = empty[[]int{}] })
}
