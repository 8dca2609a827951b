package main

func add(a, b int) int {
	return a + b
}

func main() {
	x := 40
	println("hello, world", x+2, add(x, 2)*3)
	print("a", 1, "\n")
}
