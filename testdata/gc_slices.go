package main

// Slices on the collected heap: append's capacities for several element sizes (gc's growth rule
// and size classes), slices of pointers built and dropped while some are kept, copy, make.

type item struct {
	name string
	next *item
	n    int
}

var kept [][]*item

func label(s string) string { return s + ":" }

func main() {
	var a []byte
	var b []int
	var c []item
	var d []*item
	var e [][3]int64
	la, lb, lc, ld, le := -1, -1, -1, -1, -1
	for i := 0; i < 3000; i++ {
		a = append(a, byte(i))
		b = append(b, i)
		var it item
		it.n = i
		c = append(c, it)
		d = append(d, &c[len(c)-1])
		var t [3]int64
		t[2] = int64(i)
		e = append(e, t)
		if cap(a) != la || cap(b) != lb || cap(c) != lc || cap(d) != ld || cap(e) != le {
			la, lb, lc, ld, le = cap(a), cap(b), cap(c), cap(d), cap(e)
			println(i, la, lb, lc, ld, le)
		}
	}
	sum := 0
	for i := 0; i < len(d); i++ {
		sum += d[i].n + int(a[i]) + b[i] + int(e[i][2])
	}
	println("sum", sum)

	// Lists of slices of pointers: most dropped, every tenth kept.
	for round := 0; round < 300; round++ {
		var s []*item
		for i := 0; i < 1000; i++ {
			it := new(item)
			it.n = round*1000 + i
			it.name = label("r")
			if len(s) > 0 {
				it.next = s[len(s)-1]
			}
			s = append(s, it)
		}
		if round%10 == 0 {
			kept = append(kept, s)
		}
	}
	total := 0
	for i := 0; i < len(kept); i++ {
		s := kept[i]
		for j := 0; j < len(s); j++ {
			total += s[j].n + len(s[j].name)
		}
		total += s[len(s)-1].next.n
	}
	println("kept", len(kept), cap(kept), total)

	// make with a capacity, copy, and append of a slice.
	m := make([]int, 10, 100)
	for i := 0; i < len(m); i++ {
		m[i] = i * i
	}
	n := make([]int, 5)
	k := copy(n, m)
	m = append(m, n...)
	m = append(m, m...)
	println(len(m), cap(m), k, m[3], m[12], m[29])
	big := make([]*item, 5000)
	big[4999] = d[7]
	big = append(big, d[8])
	println(len(big), cap(big), big[4999].n, big[5000].n)
	var strs []string
	for i := 0; i < 100; i++ {
		strs = append(strs, label("s"))
	}
	println(len(strs), cap(strs), strs[99])
}
