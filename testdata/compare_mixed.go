package main

// Comparing an interface with a non-interface value.

type U16 uint16

type S struct{ a, b int }

func main() {
	var n interface{} = 3
	i := 3
	println(i == n, n == i, n != 4, n == int64(3))
	var u U16 = 7
	var iu interface{} = u
	println(u == iu, iu == u, u != iu, uint16(7) == iu)
	var e error
	println(e == nil)
	var is interface{} = S{1, 2}
	println(is == S{1, 2}, S{1, 3} == is)
	var str interface{} = "x"
	println(str == "x", "y" == str)
	in := func(i int, n interface{}) bool { return i == n }
	println(in(5, 5), in(5, 6), in(5, "5"))
}
