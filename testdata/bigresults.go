package main

import "fmt"

// Huge arrays and structs as parameters, results and call results assigned to variables: gc keeps
// variables over 10 MB on the heap and copies huge results straight into their variables, so frames
// stay small; the values must be what the program says all the same.

type Big [3 << 20]int32 // 12 MB

type Mid struct {
	a [20000]int64 // 160 KB
	n int
}

//go:noinline
func mkBig(i int, v int32) (b Big) {
	b[i] = v
	b[len(b)-1] = v + 1
	return
}

//go:noinline
func mkBig2(i int, v int32) Big {
	var b Big
	b[i] = v
	return b
}

//go:noinline
func viaReturn(i int, v int32) Big { return mkBig(i, v) }

//go:noinline
func mkMid(n int) Mid {
	var m Mid
	m.n = n
	for i := range m.a {
		m.a[i] = int64(i * n)
	}
	return m
}

//go:noinline
func sumMid(m Mid) int64 {
	var s int64
	for _, x := range m.a {
		s += x
	}
	m.a[0] = 99 // the callee's copy only
	return s + int64(m.n)
}

//go:noinline
func setParam(m Mid, p **Mid) int64 {
	m.n = 7
	*p = &m // the parameter escapes: it is moved to the heap
	return m.a[1]
}

//go:noinline
func swap(x, y Mid) (a, b Mid) {
	a, b = x, y
	return b, a
}

//go:noinline
func deferred() (r Big) {
	defer func() { r[5] = 55 }()
	return mkBig(4, 44)
}

func main() {
	a := mkBig(1, 11)
	var b = mkBig2(2, 22)
	var c Big
	c = viaReturn(3, 33)
	fmt.Println(a[1], a[len(a)-1], b[2], b[1], c[3], c[len(c)-1])

	d, e := mkBig(6, 66), mkBig(7, 77)
	d, e = e, d
	fmt.Println(d[7], e[6], d[6], e[7])

	m := mkMid(3)
	fmt.Println(sumMid(m), m.a[0], m.n)
	var p *Mid
	fmt.Println(setParam(m, &p), p.n, m.n)

	x, y := swap(mkMid(1), mkMid(2))
	fmt.Println(x.n, y.n, x.a[5], y.a[5])
	m = mkMid(4)
	fmt.Println(m.n, m.a[10])

	r := deferred()
	fmt.Println(r[4], r[5], r[len(r)-1])

	ptr := &a
	a = mkBig2(9, 99) // a lives on the heap; ptr sees the new value
	fmt.Println(ptr[9], ptr[1])

	f := func() Big { return mkBig(8, 88) }
	g := f()
	fmt.Println(g[8])
}
