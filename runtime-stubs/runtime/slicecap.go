package runtime

// The capacity arithmetic of append, as gc 1.19's growslice does it: the new capacity grows from
// the old one (doubling below 256 elements, then by a quarter plus 192 until it suffices), and the
// memory for it is rounded up to the allocator's size (roundupsize), whatever extra room that gives
// becoming capacity too.
//
// Like msize.go, this file depends on nothing else in the runtime (tests compile the two alone).

// maxAlloc is the largest allocation mallocgc accepts: the 48-bit address space of linux/arm64.
const maxAlloc = 1 << 48

// growCapacity is the capacity, in elements, for a slice of capacity oldCap that must hold newLen.
func growCapacity(newLen int, oldCap int) int {
	newcap := oldCap
	doublecap := newcap + newcap
	if newLen > doublecap {
		return newLen
	}
	const threshold = 256
	if oldCap < threshold {
		return doublecap
	}
	// 0 < newcap stops the loop if newcap overflows.
	for 0 < newcap && newcap < newLen {
		newcap += (newcap + 3*threshold) / 4
	}
	if newcap <= 0 {
		return newLen
	}
	return newcap
}

// sliceAllocation is the memory (rounded up to what mallocgc allocates) for newcap elements of
// elemSize bytes, and how many elements fit in it; overflow when it exceeds maxAlloc.
func sliceAllocation(newcap int, elemSize uintptr) (uintptr, int, bool) {
	if uintptr(newcap) > maxAlloc/elemSize {
		return 0, 0, true
	}
	capmem := roundupsize(uintptr(newcap) * elemSize)
	if capmem > maxAlloc {
		return 0, 0, true
	}
	return capmem, int(capmem / elemSize), false
}
