package runtime

import "unsafe"

// Checks behind unsafe.Slice and unsafe.String (the compiler calls these before building the
// result): the length must be non-negative, the memory must not wrap around the address space,
// and a nil pointer only goes with length 0. The messages are gc's.

func unsafeslice(et *_type, ptr unsafe.Pointer, len int) {
	if len < 0 {
		panicmsg("unsafe.Slice: len out of range")
	}
	size := et.size
	// size*len bytes, checked without overflowing, must fit between ptr and the end of memory.
	tooBig := size != 0 && (uintptr(len) > ^uintptr(0)/size || size*uintptr(len) > -uintptr(ptr))
	if tooBig || ptr == nil && len > 0 {
		if ptr == nil {
			panicmsg("unsafe.Slice: ptr is nil and len is not zero")
		}
		panicmsg("unsafe.Slice: len out of range")
	}
}

func unsafestring(ptr unsafe.Pointer, len int) {
	if len < 0 || ptr != nil && uintptr(len) > -uintptr(ptr) {
		panicmsg("unsafe.String: len out of range")
	}
	if ptr == nil && len > 0 {
		panicmsg("unsafe.String: ptr is nil and len is not zero")
	}
}
