package main

func main() {
	// The seed's byte-append hello.
	bytes := *new([]byte)
	bytes = append(bytes, 72)
	bytes = append(bytes, 101, 121)
	bytes = append(bytes, 32, 230, 159)
	bytes = append(bytes, 177, 33, 33, 33)
	println(string(bytes))

	// The seed's aliasing example.
	s0 := []int{1, 2, 3, 4}
	s1 := s0[:2]
	s2 := append(s1, 5)
	s3 := append(s1, 6, 7)
	s4 := append(s1, 8, 9, 0)
	for _, s := range [][]int{s0, s1, s2, s3, s4} {
		print("[")
		for i, v := range s {
			if i > 0 {
				print(" ")
			}
			print(v)
		}
		println("]", len(s), cap(s))
	}

	var caps []int
	var grow []int
	last := -1
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	for _, c := range caps {
		print(c, " ")
	}
	println()

	m := make([]string, 2, 5)
	m[1] = "b"
	m = append(m, "c", "d")
	println(len(m), cap(m), m[0] == "", m[1], m[3])
	n := copy(m, []string{"x", "y"})
	println(n, m[0], m[1], m[2])
	dst := make([]byte, 3)
	println(copy(dst, "hello"), string(dst))
	for i, r := range "aé世\xffz" {
		print(i, ":", r, " ")
	}
	println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		print(i, v, " ")
	}
	println(arr[2])
	more := append([]byte("abc"), "def"...)
	println(string(more), len(more))
}
