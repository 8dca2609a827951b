// Large values are zeroed and copied by loops: sizes around the 16-byte step, odd tails, and
// values big enough that unrolled code would be enormous.
package main

import "fmt"

type S struct {
	a [37]byte
	b [21]int64
	c [5]byte
}

type Big struct {
	x [100000]int64
	y byte
}

//go:noinline
func fill(s *S, k int) {
	for i := range s.a {
		s.a[i] = byte(i + k)
	}
	for i := range s.b {
		s.b[i] = int64(i * k)
	}
	for i := range s.c {
		s.c[i] = byte(100 + i + k)
	}
}

//go:noinline
func copyBig(b *Big) Big { return *b }

var sink *Big

func main() {
	var s, t S
	fill(&s, 3)
	t = s
	fmt.Println(t.a[0], t.a[36], t.b[0], t.b[20], t.c[4], t == s)
	s = S{}
	fmt.Println(s.a[36], s.b[20], s.c[4], t.c[4])

	var arr [33]int32
	for i := range arr {
		arr[i] = int32(i)
	}
	brr := arr
	arr = [33]int32{}
	fmt.Println(arr[32], brr[32], brr[0])

	b := new(Big)
	b.x[0], b.x[99999], b.y = 1, 2, 3
	c := copyBig(b)
	sink = b
	*b = Big{}
	fmt.Println(c.x[0], c.x[99999], c.y, b.x[99999], b.y)
}
