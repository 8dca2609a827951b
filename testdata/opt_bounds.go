package main

// Bounds checks the compiler may remove (counting loops) and ones it must keep.

var global [10]int

func sum(s []int) int {
	t := 0
	for i := 0; i < len(s); i++ {
		t += s[i]
	}
	for i := range s {
		t += s[i] * 2
	}
	return t
}

func tryIndex(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "recovered:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	println(sum(s), sum(nil))
	for i := 0; i < len(global); i++ {
		global[i] = i * i
	}
	println(global[9])
	// i <= len(s) reaches len(s): the check must stay.
	tryIndex("le", func() {
		t := 0
		for i := 0; i <= len(s); i++ {
			t += s[i]
		}
		println("unreachable", t)
	})
	// Starting below zero.
	tryIndex("neg", func() {
		for i := -1; i < len(s); i++ {
			s[i+0] = 0
		}
	})
	// Stepping by 2 past the end of a shorter slice.
	tryIndex("other", func() {
		short := s[:3]
		for i := 0; i < len(s); i += 2 {
			short[i]++
		}
	})
	// A loop bound unrelated to the slice.
	tryIndex("bound", func() {
		n := 7
		for i := 0; i < n; i++ {
			global[i+4] = i
		}
	})
	// Counting down.
	tryIndex("down", func() {
		for i := len(s) - 1; i >= -1; i-- {
			s[i] = i
		}
	})
	println(s[0], s[1], s[2], s[3], s[4])
	// Index checked once, used twice; a second check on a different length.
	a := []int{10, 20, 30}
	b := []int{1}
	tryIndex("twice", func() {
		for i := 0; i < len(a); i++ {
			a[i] += a[i]
			b[i] = a[i]
		}
	})
	println(a[0], a[1], a[2], b[0])
}
