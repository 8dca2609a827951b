package runtime

// Memory statistics for programs: runtime.MemStats with gc's fields, in gc's order. gosharp fills
// the heap and collection counts; it keeps no timing statistics (those stay zero), gives BySize
// only the size of each class, and has no separate stacks or caches to count (the runtime's own
// memory beyond the heap arenas is all in GCSys).

type MemStats struct {
	Alloc         uint64 // bytes of heap objects in use (HeapAlloc)
	TotalAlloc    uint64 // bytes ever allocated for heap objects
	Sys           uint64 // bytes obtained from the OS
	Lookups       uint64
	Mallocs       uint64 // heap objects ever allocated
	Frees         uint64 // heap objects ever freed
	HeapAlloc     uint64
	HeapSys       uint64 // bytes of heap arenas
	HeapIdle      uint64 // bytes of free pages
	HeapInuse     uint64 // bytes of pages in spans
	HeapReleased  uint64 // bytes of free pages holding nothing (never used, or returned to the OS)
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64 // bytes of collector metadata: arenas' bitmaps and span tables
	OtherSys      uint64
	NextGC        uint64 // HeapAlloc that starts the next collection
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats fills m with the allocator's statistics.
func ReadMemStats(m *MemStats) {
	if !heapReady {
		heapinit()
	}
	m.Alloc = uint64(heapLive)
	m.TotalAlloc = uint64(totalAlloc)
	m.Sys = uint64(heapSysBytes + metaSysBytes)
	m.Mallocs = uint64(nmalloc)
	m.Frees = uint64(nfree)
	m.HeapAlloc = uint64(heapLive)
	m.HeapSys = uint64(heapSysBytes)
	m.HeapInuse = uint64(heapInuseBytes)
	m.HeapIdle = uint64(heapSysBytes - heapInuseBytes)
	m.HeapReleased = uint64(releasedBytes())
	m.HeapObjects = uint64(nmalloc - nfree)
	m.GCSys = uint64(metaSysBytes)
	m.NextGC = uint64(nextGC)
	m.NumGC = numGC
	m.NumForcedGC = numForcedGC
	m.EnableGC = true
	for i := 0; i < len(m.BySize); i++ {
		m.BySize[i].Size = uint32(classSize[i])
	}
}
