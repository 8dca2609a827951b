package reflect

import "unsafe"

// What reflect needs from the runtime: its functions of the same names, with *rtype for
// *runtime._type and unsafe.Pointer for a map's *runtime.hmap.

//go:linkname mallocgc runtime.mallocgc
func mallocgc(size uintptr, typ *rtype, needzero bool) unsafe.Pointer

//go:linkname memmove runtime.memmove
func memmove(to, from unsafe.Pointer, n uintptr)

//go:linkname memclrNoHeapPointers runtime.memclrNoHeapPointers
func memclrNoHeapPointers(p unsafe.Pointer, n uintptr)

//go:linkname makemap runtime.makemap
func makemap(t *rtype, hint int) unsafe.Pointer

//go:linkname mapaccess2 runtime.mapaccess2
func mapaccess2(t *rtype, m unsafe.Pointer, key unsafe.Pointer) (unsafe.Pointer, bool)

//go:linkname mapassign runtime.mapassign
func mapassign(t *rtype, m unsafe.Pointer, key unsafe.Pointer) unsafe.Pointer

//go:linkname mapdelete runtime.mapdelete
func mapdelete(t *rtype, m unsafe.Pointer, key unsafe.Pointer)

//go:linkname maplen runtime.maplen
func maplen(m unsafe.Pointer) int

//go:linkname mapiterinit runtime.mapiterinit
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)

//go:linkname mapiternext runtime.mapiternext
func mapiternext(it *hiter)

//go:linkname getitab runtime.getitab
func getitab(inter *rtype, t *rtype, canfail bool) *itab

// hiter mirrors runtime.hiter, a map iteration's state: key and elem point at the current entry
// (key nil when done); the rest is the runtime's.
type hiter struct {
	key     unsafe.Pointer
	elem    unsafe.Pointer
	m       unsafe.Pointer
	entries unsafe.Pointer
	used    int
	start   int
	i       int
	version uintptr
	keycopy unsafe.Pointer
}

// unsafeNew allocates a zeroed value of type t.
func unsafeNew(t *rtype) unsafe.Pointer {
	return mallocgc(t.size, t, true)
}

// newArray allocates n zeroed values of type t, one after the other.
func newArray(t *rtype, n int) unsafe.Pointer {
	return mallocgc(t.size*uintptr(n), t, true)
}

// typedmemmove copies a value of type t (the collector needs no write barrier here).
func typedmemmove(t *rtype, dst, src unsafe.Pointer) {
	if dst != src && t.size > 0 {
		memmove(dst, src, t.size)
	}
}
