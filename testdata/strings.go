package main

func greet(name string) string {
	return "hello, " + name + "!"
}

func main() {
	s := greet("gopher")
	println(s, len(s))
	t := ""
	for i := 0; i < 5; i++ {
		t += string(rune('a' + i))
	}
	println(t)
	println("abc" < "abd", "abc" == "ab"+"c", "b" > "abc", "x" != "x", "" < "a")
	a, b := "apple", "banana"
	println(a < b, a > b, a <= a, b >= a, a == b)
	bs := []byte(s)
	bs[0] = 'H'
	println(string(bs), s)
	println(string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	u := "héllo, 世界"
	println(len(u), u[1], u[7:])
	var parts [3]string
	parts[0] = "x"
	parts[2] = "z"
	println(parts[0] + parts[1] + parts[2])
	println(greet(u[:1]) + greet(""))
}
