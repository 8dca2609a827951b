package main

func main() {
	x := 1
	f := func() {
		y := 2
		x = 3
	}
	f()
	g := func(a int) int {
		return a + z
	}
	_ = g
	for i := 0; i < 3; i++ {
		go func() {
			_ = i
		}()
	}
	h := func() {
		var unused int
	}
	_ = h
}

// ERRORS
// 4:2: x declared but not used
// 6:3: y declared but not used
// 11:14: undefined: z
// 20:7: unused declared but not used
// GC1.19 (gc 1.19 says this; the messages above are Go 1.22's)
// 4:2: x declared but not used
// 6:3: y declared but not used
// 11:14: undefined: z
// 20:7: unused declared but not used
