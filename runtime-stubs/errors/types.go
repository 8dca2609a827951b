package errors

import "unsafe"

// What errors needs of the runtime's type descriptors (runtime-stubs/runtime/type.go), read through
// unsafe rather than reflect, which depends on this package.

type rtype struct {
	size    uintptr
	ptrdata uintptr
	hash    uint32
	kind    uint8
	align   uint8
	flags   uint8
	_       uint8
	equal   unsafe.Pointer
	gcdata  *byte
	str     string
	elem    *rtype
}

const (
	kindInterface   = 20
	kindPtr         = 22
	kindDirectIface = 1 << 5
	kindMask        = 1<<5 - 1
)

// iface is a non-empty interface value (error); its first word points at an itab, whose second
// word is the dynamic type.
type iface struct {
	tab  *[2]*rtype
	data unsafe.Pointer
}

// eface is an empty interface value.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

// dynType is the dynamic type of the error at p (nil for a nil error).
func dynType(p unsafe.Pointer) *rtype {
	i := (*iface)(p)
	if i.tab == nil {
		return nil
	}
	return i.tab[1]
}

func comparable(t *rtype) bool { return t.equal != nil }

// assertE2I2 is the runtime's itab of type t for interface type inter, nil when t lacks one of
// inter's methods.
// gosharp: an assembly trampoline to runtime.assertE2I2 (runtime_arm64.s), as //go:linkname is not
// supported yet.
func assertE2I2(inter *rtype, t *rtype) unsafe.Pointer

// errorType is the descriptor of the interface type error.
var errorType = (*eface)(unsafe.Pointer(&anyErrorPtr)).typ.elem

var anyErrorPtr interface{} = (*error)(nil)
