package main

// runtime.MemStats after much allocation and a forced collection: the relations between its
// fields that hold in gc hold in gosharp.

import "runtime"

type node struct {
	next *node
	pad  [6]int
}

var keep *node

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	numGC := m.NumGC
	mallocs := m.Mallocs
	for i := 0; i < 300000; i++ {
		n := new(node)
		n.pad[0] = i
		if i%1000 == 0 {
			n.next = keep
			keep = n
		}
	}
	runtime.GC()
	runtime.ReadMemStats(&m)
	println("collected:", m.NumGC > numGC, m.NumForcedGC == 1)
	println("counted:", m.Mallocs-mallocs >= 300000, m.Frees >= 250000, m.HeapObjects == m.Mallocs-m.Frees)
	println("sizes:", m.HeapAlloc == m.Alloc, m.HeapAlloc < 4<<20, m.TotalAlloc >= 300000*64, m.HeapInuse >= m.HeapAlloc)
	println("sys:", m.HeapIdle+m.HeapInuse == m.HeapSys, m.HeapReleased <= m.HeapIdle, m.Sys >= m.HeapSys, m.NextGC >= 4<<20)
	t := 0
	for n := keep; n != nil; n = n.next {
		t += n.pad[0]
	}
	println(t)
}
