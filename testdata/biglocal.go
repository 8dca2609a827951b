// A local array too big for a frame (over gc's 10 MB) and a large literal: both on the heap.
package main

import "fmt"

func sum(b *[16 << 20]byte) int {
	n := 0
	for i := 0; i < len(b); i += 1 << 20 {
		n += int(b[i])
	}
	return n
}

func main() {
	var big [16 << 20]byte
	for i := range big {
		big[i] = byte(i >> 20)
	}
	fmt.Println(sum(&big))
	lit := [100000]int{5: 1, 99999: 2}
	fmt.Println(lit[5] + lit[99999] + lit[7])
}
