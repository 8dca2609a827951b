package runtime

import "unsafe"

// Equality of values in memory, by type: the functions type descriptors point to (their equal field).

func memequal0(p, q unsafe.Pointer) bool   { return true }
func memequal8(p, q unsafe.Pointer) bool   { return *(*uint8)(p) == *(*uint8)(q) }
func memequal16(p, q unsafe.Pointer) bool  { return *(*uint16)(p) == *(*uint16)(q) }
func memequal32(p, q unsafe.Pointer) bool  { return *(*uint32)(p) == *(*uint32)(q) }
func memequal64(p, q unsafe.Pointer) bool  { return *(*uint64)(p) == *(*uint64)(q) }
func memequal128(p, q unsafe.Pointer) bool {
	return *(*uint64)(p) == *(*uint64)(q) && *(*uint64)(unsafe.Pointer(uintptr(p) + 8)) == *(*uint64)(unsafe.Pointer(uintptr(q) + 8))
}

func f32equal(p, q unsafe.Pointer) bool { return *(*float32)(p) == *(*float32)(q) }
func f64equal(p, q unsafe.Pointer) bool { return *(*float64)(p) == *(*float64)(q) }

func c64equal(p, q unsafe.Pointer) bool {
	return *(*float32)(p) == *(*float32)(q) && *(*float32)(unsafe.Pointer(uintptr(p) + 4)) == *(*float32)(unsafe.Pointer(uintptr(q) + 4))
}

func c128equal(p, q unsafe.Pointer) bool {
	return *(*float64)(p) == *(*float64)(q) && *(*float64)(unsafe.Pointer(uintptr(p) + 8)) == *(*float64)(unsafe.Pointer(uintptr(q) + 8))
}

func strequal(p, q unsafe.Pointer) bool { return eqstring(*(*string)(p), *(*string)(q)) }

func nilinterequal(p, q unsafe.Pointer) bool {
	x := (*eface)(p)
	y := (*eface)(q)
	return efaceeq(x.typ, x.data, y.typ, y.data)
}

func interequal(p, q unsafe.Pointer) bool {
	x := (*iface)(p)
	y := (*iface)(q)
	return ifaceeq(x.tab, x.data, y.tab, y.data)
}
