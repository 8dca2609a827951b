package runtime

import "unsafe"

// make([]T, len, cap) and append's growth, over the arithmetic of slicecap.go.

// The run-time errors of make and append: panics with runtime errors, as gc's.
func panicmakeslicelen() { panicmsg("makeslice: len out of range") }
func panicmakeslicecap() { panicmsg("makeslice: cap out of range") }

// mulOverflows reports whether a*b does not fit in a uintptr.
func mulOverflows(a, b uintptr) bool {
	return b != 0 && a > ^uintptr(0)/b
}

// makeslice allocates the zeroed backing array of make([]T, len, cap), T being et.
func makeslice(et *_type, len int, cap int) unsafe.Pointer {
	mem := et.size * uintptr(cap)
	if mulOverflows(et.size, uintptr(cap)) || mem > maxAlloc || len < 0 || len > cap {
		// Blame len when it alone is too large, as gc does.
		if mulOverflows(et.size, uintptr(len)) || et.size*uintptr(len) > maxAlloc || len < 0 {
			panicmakeslicelen()
		}
		panicmakeslicecap()
	}
	return mallocgc(mem, et, true)
}

// growslice makes room for num more elements of type et in a slice whose backing array oldPtr has
// capacity oldCap and whose length becomes newLen: it returns a new backing array holding the old
// newLen-num elements, and the new length and capacity. The elements past the old ones are zero
// (the caller stores the appended ones).
func growslice(oldPtr unsafe.Pointer, newLen int, oldCap int, num int, et *_type) (unsafe.Pointer, int, int) {
	oldLen := newLen - num
	if newLen < 0 {
		// The length overflowed: gc 1.19 reports it as the capacity.
		panicmsg("growslice: cap out of range")
	}
	if et.size == 0 {
		// No memory is needed, only a non-nil pointer.
		return unsafe.Pointer(&zerobase), newLen, newLen
	}
	if !heapReady {
		heapinit() // the size classes, which round the capacity
	}
	newcap := growCapacity(newLen, oldCap)
	capmem, newcap, overflow := sliceAllocation(newcap, et.size)
	if overflow {
		panicmsg("growslice: cap out of range")
	}
	lenmem := uintptr(oldLen) * et.size
	var p unsafe.Pointer
	if et.ptrdata == 0 {
		p = mallocgc(capmem, nil, false)
		// Only the part past the old elements needs clearing: they are copied over the rest.
		memclrNoHeapPointers(unsafe.Pointer(uintptr(p)+lenmem), capmem-lenmem)
	} else {
		p = mallocgc(capmem, et, true)
	}
	memmove(p, oldPtr, lenmem)
	return p, newLen, newcap
}
