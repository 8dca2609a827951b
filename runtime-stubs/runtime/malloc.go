package runtime

import "unsafe"

// The heap allocator. For now a bump allocator over large mmap'd chunks: allocation is a pointer
// increment, memory comes zeroed from the kernel and is never freed. (The garbage-collected heap
// with size classes replaces it; the entry points stay the same.)

// mmap is the mmap system call (sys_linux_arm64.s).
func mmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (unsafe.Pointer, int)

const (
	protRead    = 1
	protWrite   = 2
	mapPrivate  = 2
	mapAnon     = 0x20
	heapChunk   = 64 << 20
	maxSmallObj = 32 << 10
)

var heapNext uintptr
var heapEnd uintptr

// mallocgc returns size bytes of zeroed memory, 16-byte aligned, for a value of type typ (nil when
// the memory holds no pointers). needzero is false when the caller overwrites it all at once.
func mallocgc(size uintptr, typ *_type, needzero bool) unsafe.Pointer {
	if size == 0 {
		return unsafe.Pointer(&zerobase)
	}
	size = (size + 15) &^ 15
	if size > maxSmallObj {
		return sysAlloc(size)
	}
	if heapNext+size > heapEnd {
		p := uintptr(sysAlloc(heapChunk))
		heapNext = p
		heapEnd = p + heapChunk
	}
	p := heapNext
	heapNext += size
	return unsafe.Pointer(p)
}

// sysAlloc maps n bytes of fresh, zeroed memory, or dies: there is no recovering from no memory.
func sysAlloc(n uintptr) unsafe.Pointer {
	n = (n + 4095) &^ 4095
	p, err := mmap(nil, n, protRead|protWrite, mapPrivate|mapAnon, -1, 0)
	if err != 0 {
		printstring("fatal error: out of memory\n")
		exit(2)
	}
	return p
}

// zerobase is the address of every zero-size allocation, as in gc.
var zerobase uintptr

// newobject allocates a zeroed object of type typ (the compiler's new(T) and &T{}).
func newobject(typ *_type) unsafe.Pointer {
	return mallocgc(typ.size, typ, true)
}
