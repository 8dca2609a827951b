package main

func main() {
	y := 2.5
	y++
	var f float32 = 1.25
	f--
	c := 1 + 2i
	c++
	var c64 complex64 = 3i
	c64--
	var u uint8 = 255
	u++
	println(y, f, c, c64, u)
}
