package main

// Large objects (over 32 KB, spans of their own) of many sizes, a few kept in a ring of recent
// ones, most dropped: about 1.5 GB allocated in total, with small objects hanging off them.

type small struct {
	next *small
	v    int
}

type blob struct {
	words [4500]int // 36 KB
	tail  *small
}

type huge struct {
	words [300000]int // 2.4 MB
	list  *small
}

type pointers struct {
	ptrs [9000]*small // 72 KB of pointers
}

var ring [16]*blob
var hugeRing [3]*huge
var keepPtrs *pointers

func chain(n, seed int) *small {
	var h *small
	for i := 0; i < n; i++ {
		s := new(small)
		s.v = seed + i
		s.next = h
		h = s
	}
	return h
}

func total(s *small) int {
	t := 0
	for ; s != nil; s = s.next {
		t += s.v
	}
	return t
}

func main() {
	keepPtrs = new(pointers)
	for i := 0; i < 9000; i += 1000 {
		keepPtrs.ptrs[i] = chain(3, i)
	}
	sum := 0
	for i := 0; i < 20000; i++ {
		b := new(blob)
		b.words[i%4500] = i
		b.words[4499] = i * 3
		b.tail = chain(2, i)
		old := ring[i%16]
		if old != nil {
			sum += old.words[4499] + total(old.tail)
		}
		ring[i%16] = b
		if i%100 == 0 {
			h := new(huge)
			h.words[299999] = i
			h.list = chain(5, i)
			if o := hugeRing[(i/100)%3]; o != nil {
				sum += o.words[299999] + total(o.list)
			}
			hugeRing[(i/100)%3] = h
		}
		if i%5000 == 0 {
			println(i, sum)
		}
	}
	t := 0
	for i := 0; i < 9000; i += 1000 {
		t += total(keepPtrs.ptrs[i])
	}
	println("sum", sum, "kept", t)
}
