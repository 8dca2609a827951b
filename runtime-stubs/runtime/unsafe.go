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
	if size == 0 {
		if ptr == nil && len > 0 {
			panicmsg("unsafe.Slice: ptr is nil and len is not zero")
		}
		return
	}
	if uintptr(len) > (^uintptr(0)-uintptr(ptr))/size+1 || uintptr(len) > ^uintptr(0)/size {
		if ptr == nil {
			panicmsg("unsafe.Slice: ptr is nil and len is not zero")
		}
		panicmsg("unsafe.Slice: len out of range")
	}
	if ptr == nil && len > 0 {
		panicmsg("unsafe.Slice: ptr is nil and len is not zero")
	}
}

func unsafestring(ptr unsafe.Pointer, len int) {
	if len < 0 {
		panicmsg("unsafe.String: len out of range")
	}
	if uintptr(len) > -uintptr(ptr) && ptr != nil {
		panicmsg("unsafe.String: len out of range")
	}
	if ptr == nil && len > 0 {
		panicmsg("unsafe.String: ptr is nil and len is not zero")
	}
}
