package runtime

import "unsafe"

// The allocator. Small objects (up to maxSmallSize bytes) are rounded up to a size class
// (msize.go) and taken from the spans of their span class (size class, scan or noscan); large
// objects get a span of their own. When taking a new span would grow the heap past nextGC, the
// collector runs first (mgc.go). Memory is zeroed on request: fresh pages from the OS are zero,
// reused objects are cleared.

var heapReady bool

// Large objects of at least zeroByRemap bytes are zeroed by mapping fresh pages over them.
const zeroByRemap = 256 << 10

// heapinit sets the heap up on the first allocation (or runtime.GC call).
func heapinit() {
	heapReady = true
	initSizeClasses()
	gcPercent = readGOGC()
	gctrace = godebugHas("gctrace=1")
	if gcPercent < 0 {
		nextGC = ^uintptr(0)
	} else {
		nextGC = uintptr(heapMinimum) * uintptr(gcPercent) / 100
	}
}

// mallocgc returns size bytes of memory for a value of type typ, or an array of them when
// size > typ.size (nil: the memory holds no pointers). It is aligned as gc's: to 8 bytes at least,
// and to the largest power of two dividing the object's size class, up to the page size. needzero
// is false when the caller overwrites it all before the next allocation.
func mallocgc(size uintptr, typ *_type, needzero bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	if !heapReady {
		heapinit()
	}
	noscan := typ == nil || typ.ptrdata == 0
	var s *mspan
	var p uintptr
	if size <= maxSmallSize {
		sc := sizeToClass(size) << 1
		if noscan {
			sc |= 1
		}
		s = curSpan[sc]
		idx := uintptr(0)
		if s != nil {
			idx = s.nextFree()
		}
		if s == nil || idx == s.nelems {
			s = refill(sc)
			idx = s.nextFree()
		}
		p = s.start + idx*s.elemsize
		if needzero && s.needzero {
			memclrNoHeapPointers(unsafe.Pointer(p), s.elemsize)
		}
	} else {
		s = allocLarge(size, noscan)
		p = s.start
		if needzero && s.needzero {
			// Fresh pages from the OS are zero, and cost nothing until touched.
			if size < zeroByRemap || !sysZero(p, s.npages<<pageShift) {
				memclrNoHeapPointers(unsafe.Pointer(p), size)
			}
		}
	}
	if !noscan {
		heapSetType(s.arena, p, s.elemsize, size, typ)
	}
	heapLive += s.elemsize
	totalAlloc += s.elemsize
	nmalloc++
	return unsafe.Pointer(p)
}

// refill makes a span of span class sc with a free object the current one: the next partly free
// span, or after a collection when the heap has grown enough, or a new span.
func refill(sc uintptr) *mspan {
	collected := false
	for {
		s := partialSpans[sc]
		if s != nil {
			partialSpans[sc] = s.next
			if s.next == nil {
				partialTail[sc] = nil
			}
			s.next = nil
			curSpan[sc] = s
			return s
		}
		if !collected && heapLive >= nextGC {
			gcCollect()
			collected = true
			continue
		}
		class := sc >> 1
		s = allocSpan(classPages[class], class, sc&1 != 0)
		curSpan[sc] = s
		return s
	}
}

// allocLarge gives a large object a span of its own.
func allocLarge(size uintptr, noscan bool) *mspan {
	if size > maxAlloc {
		throw("runtime: out of memory")
	}
	if heapLive >= nextGC {
		gcCollect()
	}
	npages := (size + pageSize - 1) >> pageShift
	s := allocSpan(npages, 0, noscan)
	s.allocBits[0] = 1
	s.nalloc = 1
	s.freeindex = 1
	return s
}

// zerobase is the address of every zero-size allocation, as in gc.
var zerobase uintptr

// newobject allocates a zeroed object of type typ (the compiler's new(T) and &T{}).
func newobject(typ *_type) unsafe.Pointer {
	return mallocgc(typ.size, typ, true)
}
