package runtime

import "unsafe"

// The garbage collector: mark and sweep, non-moving, stopping the world (there is one thread).
//
// Globals are scanned precisely: the linker's bitmaps runtime.gcdata and runtime.gcbss say which
// words of the data and bss sections may hold pointers (built from the compiler's pointer bitmap of
// each variable; pointer-free variables live in noptrdata and noptrbss, which are never scanned).
// The running goroutine's stack is scanned conservatively, from the current stack pointer up to
// g0.stack.hi: every word that points into an object in use keeps the object alive (frames have no
// pointer maps; objects the compiler put in a frame are scanned with it). gosharp's calling
// convention keeps nothing live in registers across a call, so when mallocgc collects, every live
// value of its callers is in their frames. Heap objects are scanned precisely with the pointer
// bitmap (mbitmap.go). A pointer anywhere into an object (not only its start) keeps it alive.
// Marking uses an explicit work list, not recursion: stacks are limited.
//
// The sweep then frees unmarked objects (marks become the new allocation bits), gives spans with
// no object left back to the page heap, and rebuilds the lists of spans with free objects.
//
// A collection starts when the heap in use reaches nextGC: the heap that survived the previous
// collection (plus the roots) grown by GOGC percent, at least heapMinimum scaled by GOGC.

const heapMinimum = 4 << 20

// rootRanges returns the linker's bounds of the data and bss sections (mem_arm64.s).
func rootRanges() (data, edata, bss, ebss uintptr)

// rootMasks returns the linker's pointer bitmaps of the data and bss sections (mem_arm64.s).
func rootMasks() (gcdata, gcbss uintptr)

// getsp returns its caller's stack pointer (mem_arm64.s).
func getsp() uintptr

var gcPercent int      // GOGC; negative: collection off
var nextGC uintptr     // heapLive that starts the next collection
var heapLive uintptr   // bytes of the objects in use (their size classes' sizes)
var heapMarked uintptr // heapLive after the last collection
var totalAlloc uintptr // bytes ever allocated
var nmalloc uintptr    // objects ever allocated
var nfree uintptr      // objects ever freed
var numGC uint32       // collections done
var numForcedGC uint32 // collections done by GC()
var gcRunning bool
var gctrace bool // GODEBUG=gctrace=1: a line per collection on standard error

// The mark work list: pairs (object address, *mspan) still to scan, in runtime memory that grows
// by doubling.
var workBuf uintptr
var workLen uintptr // pairs
var workCap uintptr // pairs

func pushWork(b uintptr, s *mspan) {
	if workLen == workCap {
		n := workCap * 2
		if n == 0 {
			n = 4096
		}
		nb := uintptr(sysAlloc(n * 16))
		if workLen > 0 {
			memmove(unsafe.Pointer(nb), unsafe.Pointer(workBuf), workLen*16)
			sysFree(unsafe.Pointer(workBuf), workCap*16)
		}
		workBuf = nb
		workCap = n
	}
	e := workBuf + workLen*16
	*(*uintptr)(unsafe.Pointer(e)) = b
	*(**mspan)(unsafe.Pointer(e + 8)) = s
	workLen++
}

// markPointer marks the object p points into, if any, and queues it for scanning when it may hold
// pointers.
func markPointer(p uintptr) {
	if p < heapMin || p >= heapMax {
		return
	}
	a := lastArena
	if p < a.base || p >= a.end {
		a = arenaOf(p)
		if a == nil {
			return
		}
		lastArena = a
	}
	s := *(**mspan)(unsafe.Pointer(a.spans + (p-a.base)>>pageShift*8)) // a.spanAt, inlined
	if s == nil || p >= s.limit {
		return
	}
	// The object's index: (p - s.start) / s.elemsize, by multiplying with a reciprocal (0 in
	// large objects' spans, which hold one).
	idx := uintptr((uint64(p-s.start) * uint64(s.divMul)) >> 32)
	bit := uint64(1) << (idx & 63)
	if s.allocBits[idx>>6]&bit == 0 || s.markBits[idx>>6]&bit != 0 {
		return // a free object, or marked already
	}
	s.markBits[idx>>6] |= bit
	if !s.noscan {
		pushWork(s.start+idx*s.elemsize, s)
	}
}

// lastArena is the arena markPointer found last (pointers tend to stay in one).
var lastArena *heapArena

// scanConservative marks what every word in [lo, hi) may point to.
func scanConservative(lo, hi uintptr) {
	lo = (lo + 7) &^ 7
	for p := lo; p+8 <= hi; p += 8 {
		v := *(*uintptr)(unsafe.Pointer(p))
		if v >= heapMin && v < heapMax {
			markPointer(v)
		}
	}
}

// scanMasked marks what the words of [lo, hi) whose bit is set in mask may point to (bit i, LSB
// first in each byte, for the word at lo + 8*i; lo is 8-byte aligned).
func scanMasked(lo, hi uintptr, mask uintptr) {
	n := (hi - lo) >> 3
	for i := uintptr(0); i < n; i += 8 {
		bits := uintptr(*(*uint8)(unsafe.Pointer(mask + i>>3)))
		for p := lo + i<<3; bits != 0; p += 8 {
			if bits&1 != 0 {
				v := *(*uintptr)(unsafe.Pointer(p))
				if v >= heapMin && v < heapMax {
					markPointer(v)
				}
			}
			bits >>= 1
		}
	}
}

// drainWork scans queued objects until none is left.
func drainWork() {
	for workLen > 0 {
		workLen--
		e := workBuf + workLen*16
		b := *(*uintptr)(unsafe.Pointer(e))
		s := *(**mspan)(unsafe.Pointer(e + 8))
		scanObject(s.arena, b, s.elemsize)
	}
}

// gcCollect runs a full collection.
func gcCollect() {
	if gcRunning {
		throw("gc: collection during collection")
	}
	gcRunning = true
	if narenas > 0 {
		lastArena = arenas[0] // markPointer sees no pointer into the heap before there is one
	}
	data, edata, bss, ebss := rootRanges()
	gcdata, gcbss := rootMasks()
	scanMasked(data, edata, gcdata)
	drainWork()
	scanMasked(bss, ebss, gcbss)
	drainWork()
	sp := getsp()
	if sp < g0.stack.lo || sp >= g0.stack.hi {
		throw("gc: not running on g0's stack") // the only stack there is, for now
	}
	scanConservative(sp, g0.stack.hi)
	drainWork()
	gcMarkFinalizers() // mfinal.go
	before := heapLive
	sweep()
	heapMarked = heapLive
	if gcPercent < 0 {
		nextGC = ^uintptr(0)
	} else {
		roots := (edata - data) + (ebss - bss) + (g0.stack.hi - sp)
		nextGC = heapMarked + (heapMarked+roots)*uintptr(gcPercent)/100
		if min := uintptr(heapMinimum) * uintptr(gcPercent) / 100; nextGC < min {
			nextGC = min
		}
	}
	releaseFreePages()
	numGC++
	if gctrace {
		printlock()
		printstring("gc ")
		printuint(uint64(numGC))
		printstring(": ")
		printuint(uint64(before >> 10))
		printstring(" -> ")
		printuint(uint64(heapMarked >> 10))
		printstring(" KB, ")
		printuint(uint64(nextGC >> 10))
		printstring(" KB goal, ")
		printuint(uint64(heapInuseBytes >> 10))
		printstring(" KB in use, ")
		printuint(uint64(dirtyFreePages << pageShift >> 10))
		printstring(" KB free, ")
		printuint(uint64(heapSysBytes >> 10))
		printstring(" KB heap\n")
		printunlock()
	}
	gcRunning = false
}

// The spans with free objects, per span class (size class * 2 + 1 when noscan): curSpan is the one
// allocations come from; the others wait in partialSpans.
const numSpanClasses = numSizeClasses * 2

var curSpan [numSpanClasses]*mspan
var partialSpans [numSpanClasses]*mspan
var partialTail [numSpanClasses]*mspan

// sweep frees every unmarked object and clears the marks, visiting each arena's spans in address
// order (so allocation keeps filling the lowest addresses first).
func sweep() {
	for i := 0; i < numSpanClasses; i++ {
		curSpan[i] = nil
		partialSpans[i] = nil
		partialTail[i] = nil
	}
	live := uintptr(0)
	for k := 0; k < narenas; k++ {
		a := arenas[k]
		for pg := uintptr(0); pg < a.npages; {
			s := a.spanAt(pg)
			if s == nil {
				pg++
				continue
			}
			pg += s.npages
			n := uintptr(0)
			nw := (s.nelems + 63) / 64
			for i := uintptr(0); i < nw; i++ {
				n += popcount(s.markBits[i])
			}
			nfree += s.nalloc - n
			if n == 0 {
				freeSpan(s)
				continue
			}
			if n < s.nalloc {
				s.needzero = true
			}
			for i := uintptr(0); i < nw; i++ {
				s.allocBits[i] = s.markBits[i]
				s.markBits[i] = 0
			}
			s.nalloc = n
			s.freeindex = 0
			live += n * s.elemsize
			if n < s.nelems {
				sc := s.class << 1
				if s.noscan {
					sc |= 1
				}
				s.next = nil
				if partialTail[sc] == nil {
					partialSpans[sc] = s
				} else {
					partialTail[sc].next = s
				}
				partialTail[sc] = s
			}
		}
	}
	heapLive = live
}

// GC runs a garbage collection.
func GC() {
	if !heapReady {
		heapinit()
	}
	gcCollect()
	numForcedGC++
	runFinalizers() // mfinal.go: outside the collection
}
