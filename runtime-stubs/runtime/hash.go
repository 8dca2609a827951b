package runtime

import "unsafe"

// Hashing and equality of map keys, by type.

const (
	hashMul1 = 0x9E3779B97F4A7C15
	hashMul2 = 0xBF58476D1CE4E5B9
)

// mix finishes a hash (splitmix64's finalizer): every input bit affects every output bit.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= hashMul2
	h ^= h >> 27
	h *= 0x94D049BB133111EB
	h ^= h >> 31
	return h
}

// memhash hashes n bytes at p.
func memhash(p unsafe.Pointer, n uintptr, seed uintptr) uint64 {
	h := uint64(seed) ^ uint64(n)*hashMul1
	a := uintptr(p)
	for n >= 8 {
		h = (h ^ *(*uint64)(unsafe.Pointer(a))) * hashMul1
		h ^= h >> 29
		a += 8
		n -= 8
	}
	for n > 0 {
		h = (h ^ uint64(*(*uint8)(unsafe.Pointer(a)))) * hashMul1
		a++
		n--
	}
	return mix(h)
}

// typehash hashes the value of type t at p. Equal values hash equally: +0 and -0 alike; NaNs,
// never equal to anything, hash randomly; an interface hashes its dynamic type and value, and
// panics for a dynamic type that cannot be compared.
func typehash(t *_type, p unsafe.Pointer, seed uintptr) uint64 {
	switch t.Kind() {
	case kindString:
		s := *(*string)(p)
		return memhash(stringData(s), uintptr(len(s)), seed)
	case kindFloat32:
		f := *(*float32)(p)
		return floathash(float64(f), seed)
	case kindFloat64:
		return floathash(*(*float64)(p), seed)
	case kindComplex64:
		c := (*[2]float32)(p)
		return mix(floathash(float64(c[0]), seed) ^ floathash(float64(c[1]), seed+1)*hashMul1)
	case kindComplex128:
		c := (*[2]float64)(p)
		return mix(floathash(c[0], seed) ^ floathash(c[1], seed+1)*hashMul1)
	case kindInterface:
		var dyn *_type
		var data unsafe.Pointer
		if (*interfaceMethods)(t.extra).count == 0 {
			e := (*eface)(p)
			dyn, data = e.typ, e.data
		} else {
			i := (*iface)(p)
			if i.tab != nil {
				dyn = i.tab.typ
			}
			data = i.data
		}
		if dyn == nil {
			return mix(uint64(seed))
		}
		if dyn.flags&tflagComparable == 0 {
			panicmsg("hash of unhashable type " + dyn.str)
		}
		if dyn.kind&kindDirectIface != 0 {
			return mix(uint64(uintptr(data)) ^ uint64(dyn.hash)*hashMul1 ^ uint64(seed))
		}
		return typehash(dyn, data, seed^uintptr(dyn.hash))
	case kindArray:
		h := uint64(seed)
		for i := uintptr(0); i < t.len; i++ {
			h = mix(h ^ typehash(t.elem, unsafe.Pointer(uintptr(p)+i*t.elem.size), seed))
		}
		return h
	case kindStruct:
		fs := (*structFields)(t.extra)
		h := uint64(seed)
		for i := uintptr(0); i < fs.count; i++ {
			f := (*structField)(unsafe.Pointer(uintptr(fs.fields) + i*structFieldSize))
			if f.name == "_" {
				continue
			}
			h = mix(h ^ typehash(f.typ, unsafe.Pointer(uintptr(p)+f.offset), seed))
		}
		return h
	default:
		return memhash(p, t.size, seed)
	}
}

func floathash(f float64, seed uintptr) uint64 {
	if f == 0 {
		return mix(uint64(seed)) // +0 and -0
	}
	if f != f {
		return mix(uint64(fastrand())<<32 ^ uint64(fastrand()) ^ uint64(seed))
	}
	return memhash(unsafe.Pointer(&f), 8, seed)
}

// keyequal compares two values of type t: its equal function, or field by field for structs and
// arrays the compiler did not give one (those with strings, floats or interfaces inside).
func keyequal(t *_type, p, q unsafe.Pointer) bool {
	if t.equal != nil {
		eq := *(*func(unsafe.Pointer, unsafe.Pointer) bool)(unsafe.Pointer(&t.equal))
		return eq(p, q)
	}
	switch t.Kind() {
	case kindArray:
		for i := uintptr(0); i < t.len; i++ {
			if !keyequal(t.elem, unsafe.Pointer(uintptr(p)+i*t.elem.size), unsafe.Pointer(uintptr(q)+i*t.elem.size)) {
				return false
			}
		}
		return true
	case kindStruct:
		fs := (*structFields)(t.extra)
		for i := uintptr(0); i < fs.count; i++ {
			f := (*structField)(unsafe.Pointer(uintptr(fs.fields) + i*structFieldSize))
			if f.name == "_" {
				continue
			}
			if !keyequal(f.typ, unsafe.Pointer(uintptr(p)+f.offset), unsafe.Pointer(uintptr(q)+f.offset)) {
				return false
			}
		}
		return true
	}
	panicmsg("comparing uncomparable type " + t.str)
	return false
}

// typedequal is == of two values of type t in memory, for the compiler's struct and array
// comparisons that cannot be inlined: t's equal function, or its fields in source order (elements
// in index order) stopping at the first difference.
func typedequal(t *_type, p, q unsafe.Pointer) bool { return keyequal(t, p, q) }

// memequal reports whether the n bytes at p and q are equal.
func memequal(p, q unsafe.Pointer, n uintptr) bool {
	if p == q {
		return true
	}
	i := uintptr(0)
	for ; i+8 <= n; i += 8 {
		if *(*uint64)(unsafe.Pointer(uintptr(p) + i)) != *(*uint64)(unsafe.Pointer(uintptr(q) + i)) {
			return false
		}
	}
	for ; i < n; i++ {
		if *(*byte)(unsafe.Pointer(uintptr(p) + i)) != *(*byte)(unsafe.Pointer(uintptr(q) + i)) {
			return false
		}
	}
	return true
}
