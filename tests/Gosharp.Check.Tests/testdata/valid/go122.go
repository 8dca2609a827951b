// go1.22: range over int, min/max/clear builtins, per-iteration loop variables.
package main

import "fmt"

func sum(n int) (s int) {
	for i := range n {
		s += i
	}
	for range 3 {
		s++
	}
	return
}

func main() {
	fmt.Println(sum(10), min(1, 2.5, 3), max("a", "b"), min(3))
	m := map[string]int{"a": 1}
	clear(m)
	s := []int{1, 2}
	clear(s)
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	var x uint8 = 3
	for i := range x {
		var _ uint8 = i
	}
	const c = max(1, 2, 3)
	var arr [c]int
	_ = arr
	var f float64 = min(1, 2)
	_ = f
}
