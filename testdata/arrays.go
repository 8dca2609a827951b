package main

var table [8]int

func fill() {
	for i := 0; i < len(table); i++ {
		table[i] = i * i
	}
}

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	return t
}

func main() {
	fill()
	println(table[3], table[7], len(table))
	println(sum(table[:]), sum(table[2:5]), sum(table[6:]))
	var local [5]byte
	for i := 0; i < 5; i++ {
		local[i] = byte('a' + i)
	}
	s := local[1:4]
	println(len(s), cap(s), s[0], s[2])
	t := s[1:3:3]
	println(len(t), cap(t), t[1])
	str := "hello, gopher"
	println(len(str), str[0], str[7], str[7:13], str[:5])
	var grid [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			grid[r][c] = r*10 + c
		}
	}
	println(grid[2][3], grid[1][0], len(grid[0]))
	copyOf := grid
	copyOf[0][0] = 99
	println(grid[0][0], copyOf[0][0])
	idx := 9
	println(table[idx%8])
	println(table[idx])
}
