package runtime

import "unsafe"

// The page heap. Memory comes from the OS in arenas (arenaBytes each, or one larger arena for a
// huge object) and is handed out in spans of whole pages, first fit, lowest arena first. Each arena
// keeps, per page, the span that holds it, whether it is in use, and whether it is dirty (touched
// since the OS gave it zeroed); and per heap word one pointer bit (see mbitmap.go). That metadata
// lives in a mapping of its own, outside the arena, so the collector never sees it as heap.

const (
	arenaBytes = 64 << 20
	maxArenas  = 1024

	// Free runs shorter than releasePages pages are not worth a system call to give back to the OS.
	releasePages = 4

	protRead     = 1
	protWrite    = 2
	mapPrivate   = 2
	mapFixed     = 0x10
	mapAnon      = 0x20
	mapNoreserve = 0x4000
)

// mmap is the mmap system call (sys_linux_arm64.s): the mapping, or (nil, errno).
func mmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (unsafe.Pointer, int)

// sysMunmap is the munmap system call (mem_arm64.s).
func sysMunmap(addr unsafe.Pointer, n uintptr) int

type heapArena struct {
	base     uintptr // first byte of the arena's pages
	end      uintptr // base + npages*pageSize
	npages   uintptr
	spans    uintptr // [npages]*mspan: the span holding each page, nil when the page is free
	inuse    uintptr // [npages] bits: page belongs to a span
	dirty    uintptr // [npages] bits: page may hold non-zero bytes
	ptrbits  uintptr // [npages*pageSize/8] bits: heap word may hold a pointer
	nfree    uintptr // free pages
	freeHint uintptr // no page below this one is free
}

// arenas lists the arenas in the order they were mapped; heapMin and heapMax bound them all.
var arenas [maxArenas]*heapArena
var narenas int
var heapMin uintptr
var heapMax uintptr

// Bytes mapped from the OS for arenas and for the runtime's own metadata; bytes of pages in spans.
var heapSysBytes uintptr
var metaSysBytes uintptr
var heapInuseBytes uintptr

// dirtyFreePages counts the free pages that may hold data (freed, not given back to the OS).
var dirtyFreePages uintptr

// sysAlloc maps n bytes of fresh, zeroed memory for the runtime's own use, or dies: there is no
// recovering from no memory.
func sysAlloc(n uintptr) unsafe.Pointer {
	n = (n + 4095) &^ 4095
	p, err := mmap(nil, n, protRead|protWrite, mapPrivate|mapAnon, -1, 0)
	if err != 0 {
		throw("runtime: out of memory")
	}
	metaSysBytes += n
	return p
}

// sysFree unmaps memory sysAlloc gave.
func sysFree(p unsafe.Pointer, n uintptr) {
	n = (n + 4095) &^ 4095
	sysMunmap(p, n)
	metaSysBytes -= n
}

// sysZero maps fresh anonymous memory over the n bytes at p (page-aligned), which gives their
// memory back to the OS and makes them zero; false if the OS refuses.
func sysZero(p uintptr, n uintptr) bool {
	_, err := mmap(unsafe.Pointer(p), n, protRead|protWrite, mapPrivate|mapAnon|mapFixed|mapNoreserve, -1, 0)
	return err == 0
}

// bitmaps: bit i of the bitmap at bm, LSB first in 64-bit words.
func bitGet(bm uintptr, i uintptr) bool {
	return *(*uint64)(unsafe.Pointer(bm + i>>6*8))&(uint64(1)<<(i&63)) != 0
}

func bitSet(bm uintptr, i uintptr) {
	w := (*uint64)(unsafe.Pointer(bm + i>>6*8))
	*w |= uint64(1) << (i & 63)
}

func bitClear(bm uintptr, i uintptr) {
	w := (*uint64)(unsafe.Pointer(bm + i>>6*8))
	*w &^= uint64(1) << (i & 63)
}

func bitWord(bm uintptr, i uintptr) uint64 {
	return *(*uint64)(unsafe.Pointer(bm + i>>6*8))
}

func (a *heapArena) spanAt(page uintptr) *mspan {
	return *(**mspan)(unsafe.Pointer(a.spans + page*8))
}

func (a *heapArena) setSpan(page uintptr, s *mspan) {
	*(**mspan)(unsafe.Pointer(a.spans + page*8)) = s
}

// newArena maps an arena of at least npages pages, placed after the last one when the OS agrees
// (a compact address range makes heap pointers cheap to recognize).
func newArena(npages uintptr) *heapArena {
	if narenas == maxArenas {
		throw("runtime: out of memory")
	}
	size := uintptr(arenaBytes)
	for size < npages<<pageShift {
		size += arenaBytes
		if size < arenaBytes {
			throw("runtime: out of memory")
		}
	}
	var hint unsafe.Pointer
	if narenas > 0 {
		hint = unsafe.Pointer(arenas[narenas-1].end)
	}
	mem, err := mmap(hint, size, protRead|protWrite, mapPrivate|mapAnon|mapNoreserve, -1, 0)
	if err != 0 {
		throw("runtime: out of memory")
	}
	n := size >> pageShift
	// Metadata: the arena record, then the span table, the two page bitmaps and the pointer bitmap.
	pageBits := (n + 63) / 64 * 8
	metaSize := 128 + n*8 + 2*pageBits + size/64
	meta := uintptr(sysAlloc(metaSize))
	a := (*heapArena)(unsafe.Pointer(meta))
	a.base = uintptr(mem)
	a.end = a.base + size
	a.npages = n
	a.spans = meta + 128
	a.inuse = a.spans + n*8
	a.dirty = a.inuse + pageBits
	a.ptrbits = a.dirty + pageBits
	a.nfree = n
	heapSysBytes += size
	if narenas == 0 || a.base < heapMin {
		heapMin = a.base
	}
	if a.end > heapMax {
		heapMax = a.end
	}
	arenas[narenas] = a
	narenas++
	return a
}

// arenaOf is the arena holding address p, or nil.
func arenaOf(p uintptr) *heapArena {
	if p < heapMin || p >= heapMax {
		return nil
	}
	for i := 0; i < narenas; i++ {
		a := arenas[i]
		if p >= a.base && p < a.end {
			return a
		}
	}
	return nil
}

// findPages is the first page of a run of npages free pages in a, or a.npages when there is none.
func (a *heapArena) findPages(npages uintptr) uintptr {
	if a.nfree < npages {
		return a.npages
	}
	run := uintptr(0)
	firstFree := a.npages
	for i := a.freeHint; i < a.npages; {
		if i&63 == 0 && bitWord(a.inuse, i) == ^uint64(0) {
			run = 0
			i += 64
			continue
		}
		if bitGet(a.inuse, i) {
			run = 0
			i++
			continue
		}
		if firstFree == a.npages {
			firstFree = i
		}
		run++
		i++
		if run == npages {
			first := i - npages
			if first == firstFree {
				a.freeHint = i
			} else {
				a.freeHint = firstFree
			}
			return first
		}
	}
	if firstFree < a.npages {
		a.freeHint = firstFree
	}
	return a.npages
}

// allocSpan takes npages pages for a span of size class class (0: one large object).
func allocSpan(npages uintptr, class uintptr, noscan bool) *mspan {
	var a *heapArena
	first := uintptr(0)
	for i := 0; i < narenas; i++ {
		first = arenas[i].findPages(npages)
		if first < arenas[i].npages {
			a = arenas[i]
			break
		}
	}
	if a == nil {
		a = newArena(npages)
		first = 0
	}
	s := newSpanStruct()
	s.arena = a
	s.start = a.base + first<<pageShift
	s.npages = npages
	s.class = class
	s.noscan = noscan
	if class == 0 {
		s.elemsize = npages << pageShift
		s.nelems = 1
	} else {
		s.elemsize = classSize[class]
		s.nelems = npages << pageShift / s.elemsize
	}
	s.limit = s.start + s.nelems*s.elemsize
	if class != 0 {
		s.divMul = ^uint32(0)/uint32(s.elemsize) + 1
	}
	for i := first; i < first+npages; i++ {
		if bitGet(a.dirty, i) {
			s.needzero = true
			dirtyFreePages--
		}
		bitSet(a.dirty, i)
		bitSet(a.inuse, i)
		a.setSpan(i, s)
	}
	a.nfree -= npages
	heapInuseBytes += npages << pageShift
	return s
}

// freeSpan gives a span's pages back to its arena.
func freeSpan(s *mspan) {
	a := s.arena
	first := (s.start - a.base) >> pageShift
	for i := first; i < first+s.npages; i++ {
		bitClear(a.inuse, i)
		a.setSpan(i, nil)
	}
	a.nfree += s.npages
	dirtyFreePages += s.npages // allocSpan made them all dirty
	if first < a.freeHint {
		a.freeHint = first
	}
	heapInuseBytes -= s.npages << pageShift
	freeSpanStruct(s)
}

// releaseFreePages gives the OS back dirty free pages when the heap holds more than the next
// collection's goal plus a tenth: long free runs first from the highest addresses, until under
// that. Mapping fresh anonymous memory over a run drops its contents (and makes it zero again,
// which madvise does not promise: under qemu-user it is a no-op).
func releaseFreePages() {
	retain := nextGC + nextGC/10
	held := heapInuseBytes + dirtyFreePages<<pageShift
	for k := narenas - 1; k >= 0 && held > retain; k-- {
		a := arenas[k]
		i := a.npages
		for i > 0 && held > retain {
			if bitGet(a.inuse, i-1) || !bitGet(a.dirty, i-1) {
				i--
				continue
			}
			// A run of dirty free pages [start, end).
			end := i
			for i > 0 && !bitGet(a.inuse, i-1) && bitGet(a.dirty, i-1) {
				i--
			}
			start := i
			if end-start < releasePages {
				continue
			}
			if !sysZero(a.base+start<<pageShift, (end-start)<<pageShift) {
				return
			}
			for j := start; j < end; j++ {
				bitClear(a.dirty, j)
			}
			dirtyFreePages -= end - start
			held -= (end - start) << pageShift
		}
	}
}

// releasedBytes counts the free pages that hold no data: never used, or given back to the OS.
func releasedBytes() uintptr {
	return heapSysBytes - heapInuseBytes - dirtyFreePages<<pageShift
}
