package reflect

import (
	"unicode/utf8"
	"unsafe"
)

// Conversions between types, as Go's conversion expressions T(x) do.

// PointerTo is the type *t.
// gosharp: found for defined types (their descriptors link to it); unnamed types panic.
func PointerTo(t Type) Type { return ptrTo(t.common()) }

// PtrTo is the old name of PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// CanConvert reports whether v can be converted to type t without panicking.
func (v Value) CanConvert(t Type) bool {
	if !v.typ.ConvertibleTo(t) {
		return false
	}
	// A slice converts to an array pointer only when it is long enough.
	dst := t.common()
	if v.Kind() == Slice && dst.kindOf() == Pointer && dst.elem.kindOf() == Array && v.Len() < int(dst.elem.len) {
		return false
	}
	return true
}

// Convert returns v converted to type t.
func (v Value) Convert(t Type) Value {
	if v.mode&boundMethodMode != 0 {
		panic("reflect.Value.Convert: gosharp cannot convert method values")
	}
	dst := t.common()
	src := v.typ
	if src == nil {
		panic(&ValueError{"reflect.Value.Convert", Invalid})
	}
	sk, dk := src.kindOf(), dst.kindOf()
	out := Value{dst, unsafeNew(dst), v.mode & readOnly}
	switch {
	case isIntKind(sk) && isNumeric(dk) && dk < Complex64:
		x := v.Int()
		out.setNumber(x, uint64(x), float64(x))
		return out
	case isUintKind(sk) && isNumeric(dk) && dk < Complex64:
		x := v.Uint()
		out.setNumber(int64(x), x, float64(x))
		return out
	case (sk == Float32 || sk == Float64) && isNumeric(dk) && dk < Complex64:
		x := v.Float()
		out.setNumber(int64(x), uint64(x), x)
		return out
	case (sk == Complex64 || sk == Complex128) && (dk == Complex64 || dk == Complex128):
		if dk == Complex64 {
			*(*complex64)(out.ptr) = complex64(v.Complex())
		} else {
			*(*complex128)(out.ptr) = v.Complex()
		}
		return out
	case dk == String && (isIntKind(sk) || isUintKind(sk)):
		r := rune(utf8.RuneError)
		if isIntKind(sk) {
			if x := v.Int(); x >= 0 && x <= utf8.MaxRune {
				r = rune(x)
			}
		} else if x := v.Uint(); x <= utf8.MaxRune {
			r = rune(x)
		}
		*(*string)(out.ptr) = string(r)
		return out
	case dk == String && sk == Slice && src.elem.kindOf() == Uint8:
		*(*string)(out.ptr) = string(*(*[]byte)(v.ptr))
		return out
	case dk == String && sk == Slice && src.elem.kindOf() == Int32:
		*(*string)(out.ptr) = string(*(*[]rune)(v.ptr))
		return out
	case sk == String && dk == Slice && dst.elem.kindOf() == Uint8:
		*(*[]byte)(out.ptr) = []byte(*(*string)(v.ptr))
		return out
	case sk == String && dk == Slice && dst.elem.kindOf() == Int32:
		*(*[]rune)(out.ptr) = []rune(*(*string)(v.ptr))
		return out
	case sk == Slice && dk == Pointer && dst.elem.kindOf() == Array && dst.elem.elem == src.elem:
		h := (*sliceHeader)(v.ptr)
		if h.len < int(dst.elem.len) {
			panic("reflect: cannot convert slice with length " + itoa(h.len) + " to pointer to array with length " + itoa(int(dst.elem.len)))
		}
		*(*unsafe.Pointer)(out.ptr) = h.data
		return out
	case dk == Interface:
		return v.convertForAssign("reflect.Value.Convert", dst)
	case sameUnderlying(dst, src) || sk == Pointer && dk == Pointer && !src.isNamed() && !dst.isNamed() && sameUnderlying(src.elem, dst.elem):
		typedmemmove(dst, out.ptr, v.ptr)
		return out
	}
	panic("reflect.Value.Convert: value of type " + src.str + " cannot be converted to type " + dst.str)
}

func isIntKind(k Kind) bool  { return k >= Int && k <= Int64 }
func isUintKind(k Kind) bool { return k >= Uint && k <= Uintptr }

// setNumber stores a converted number into v's fresh memory, in the form v's kind takes: the
// source value converted to int64, uint64 and float64 (as Go converts each).
func (v Value) setNumber(i int64, u uint64, f float64) {
	p := v.ptr
	switch v.typ.kindOf() {
	case Int:
		*(*int)(p) = int(i)
	case Int8:
		*(*int8)(p) = int8(i)
	case Int16:
		*(*int16)(p) = int16(i)
	case Int32:
		*(*int32)(p) = int32(i)
	case Int64:
		*(*int64)(p) = i
	case Uint:
		*(*uint)(p) = uint(u)
	case Uint8:
		*(*uint8)(p) = uint8(u)
	case Uint16:
		*(*uint16)(p) = uint16(u)
	case Uint32:
		*(*uint32)(p) = uint32(u)
	case Uint64:
		*(*uint64)(p) = u
	case Uintptr:
		*(*uintptr)(p) = uintptr(u)
	case Float32:
		*(*float32)(p) = float32(f)
	case Float64:
		*(*float64)(p) = f
	}
}

// CanInt reports whether Int can be used on v.
func (v Value) CanInt() bool { return isIntKind(v.Kind()) }

// CanUint reports whether Uint can be used on v.
func (v Value) CanUint() bool { return isUintKind(v.Kind()) }

// CanFloat reports whether Float can be used on v.
func (v Value) CanFloat() bool { k := v.Kind(); return k == Float32 || k == Float64 }

// CanComplex reports whether Complex can be used on v.
func (v Value) CanComplex() bool { k := v.Kind(); return k == Complex64 || k == Complex128 }

// OverflowInt reports whether x does not fit v's integer type.
func (v Value) OverflowInt(x int64) bool {
	if !v.CanInt() {
		v.fail("OverflowInt")
	}
	bits := v.typ.size * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

// OverflowUint reports whether x does not fit v's unsigned integer type.
func (v Value) OverflowUint(x uint64) bool {
	if !v.CanUint() {
		v.fail("OverflowUint")
	}
	bits := v.typ.size * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

// OverflowFloat reports whether x does not fit v's float type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		if x < 0 {
			x = -x
		}
		return x > 3.40282346638528859811704183484516925440e+38 && x <= 1.79769313486231570814527423731704356798070e+308
	case Float64:
		return false
	}
	v.fail("OverflowFloat")
	return false
}
