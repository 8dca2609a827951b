package runtime

import "unsafe"

// Spans. A span is a run of pages holding objects of one size class (nelems objects of elemsize
// bytes), or one large object (class 0). Objects with pointers (scan) and without (noscan) never
// share a span, so the collector skips noscan spans' contents entirely.
//
// allocBits has a bit per object in use; the collector sets markBits for the objects it reaches,
// and the sweep makes markBits the new allocBits. The largest count of objects in a span is 1024
// (8-byte objects in one page).

const maxSpanObjects = 1024

type mspan struct {
	next     *mspan // in a list of spans with free objects, or of free mspan records
	arena    *heapArena
	start    uintptr
	npages   uintptr
	limit    uintptr // start + nelems*elemsize: the span's tail past it holds no object
	elemsize uintptr
	nelems   uintptr
	// ^uint32(0)/elemsize + 1: offset*divMul>>32 is offset/elemsize for offsets in the span (gc's
	// classes are chosen so that it is exact); 0 in a large object's span.
	divMul    uint32
	freeindex uintptr // no free object below it
	nalloc    uintptr // objects in use
	class     uintptr
	noscan    bool
	needzero  bool // free objects may hold old data
	allocBits [maxSpanObjects / 64]uint64
	markBits  [maxSpanObjects / 64]uint64
}

// mspan records come from chunks of runtime memory, and freed ones are reused.
const spanChunkBytes = 64 << 10

var spanRecordSize uintptr
var freeSpanRecords *mspan
var spanChunkNext uintptr
var spanChunkEnd uintptr
var spanRecordsInUse uintptr

func newSpanStruct() *mspan {
	spanRecordsInUse++
	if s := freeSpanRecords; s != nil {
		freeSpanRecords = s.next
		memclrNoHeapPointers(unsafe.Pointer(s), spanRecordSize)
		return s
	}
	if spanRecordSize == 0 {
		var s mspan
		spanRecordSize = (unsafe.Sizeof(s) + 15) &^ 15
	}
	if spanChunkNext+spanRecordSize > spanChunkEnd {
		spanChunkNext = uintptr(sysAlloc(spanChunkBytes))
		spanChunkEnd = spanChunkNext + spanChunkBytes
	}
	s := (*mspan)(unsafe.Pointer(spanChunkNext))
	spanChunkNext += spanRecordSize
	return s
}

func freeSpanStruct(s *mspan) {
	spanRecordsInUse--
	s.next = freeSpanRecords
	freeSpanRecords = s
}

// nextFree marks the first free object at or after freeindex in use and returns its index, or
// nelems when the span is full.
func (s *mspan) nextFree() uintptr {
	i := s.freeindex
	for i < s.nelems {
		w := s.allocBits[i>>6]
		if w == ^uint64(0) {
			i = (i + 64) &^ 63
			continue
		}
		bit := uint64(1) << (i & 63)
		if w&bit == 0 {
			s.allocBits[i>>6] = w | bit
			s.freeindex = i + 1
			s.nalloc++
			return i
		}
		i++
	}
	s.freeindex = s.nelems
	return s.nelems
}

// popcount is the number of bits set in x.
func popcount(x uint64) uintptr {
	x = x - (x>>1)&0x5555555555555555
	x = x&0x3333333333333333 + (x>>2)&0x3333333333333333
	x = (x + x>>4) & 0x0f0f0f0f0f0f0f0f
	return uintptr((x * 0x0101010101010101) >> 56)
}
