package reflect

import "unsafe"

// Setting values: every setter needs a Value that is addressable and not read-only.

func (v Value) mustBeSettable(method string) {
	if v.typ == nil {
		v.fail(method)
	}
	if v.mode&readOnly != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if v.mode&canAddr == 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

func (x Value) mustBeExported(method string) {
	if x.typ == nil {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if x.mode&readOnly != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
}

// Set assigns x to v; x must be assignable to v's type.
func (v Value) Set(x Value) {
	v.mustBeSettable("Set")
	x.mustBeExported("Set")
	x = x.convertForAssign("reflect.Set", v.typ)
	typedmemmove(v.typ, v.ptr, x.ptr)
}

// convertForAssign returns x as a value of type dst: the same memory when the types are
// assignable without change, or a new interface value when dst is an interface type.
func (x Value) convertForAssign(context string, dst *rtype) Value {
	if x.typ == dst {
		return x
	}
	if dst.kindOf() == Interface {
		if !implements(dst, x.typ) {
			panic(context + ": value of type " + x.typ.str + " is not assignable to type " + dst.str)
		}
		e := x.toInterface()
		words := (*emptyInterface)(unsafe.Pointer(&e))
		p := unsafeNew(dst)
		if dst.imethodCount() == 0 {
			*(*emptyInterface)(p) = *words
		} else if words.typ != nil {
			i := (*nonEmptyInterface)(p)
			i.tab = getitab(dst, words.typ, false)
			i.data = words.data
		}
		return Value{dst, p, 0}
	}
	if !assignable(dst, x.typ) {
		panic(context + ": value of type " + x.typ.str + " is not assignable to type " + dst.str)
	}
	return Value{dst, x.ptr, x.mode}
}

func (v Value) SetBool(x bool) {
	v.mustBeSettable("SetBool")
	v.mustBe("SetBool", Bool)
	*(*bool)(v.ptr) = x
}

func (v Value) SetInt(x int64) {
	v.mustBeSettable("SetInt")
	switch v.Kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		v.fail("SetInt")
	}
}

func (v Value) SetUint(x uint64) {
	v.mustBeSettable("SetUint")
	switch v.Kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		v.fail("SetUint")
	}
}

func (v Value) SetFloat(x float64) {
	v.mustBeSettable("SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		v.fail("SetFloat")
	}
}

func (v Value) SetComplex(x complex128) {
	v.mustBeSettable("SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		v.fail("SetComplex")
	}
}

func (v Value) SetString(x string) {
	v.mustBeSettable("SetString")
	v.mustBe("SetString", String)
	*(*string)(v.ptr) = x
}

func (v Value) SetBytes(x []byte) {
	v.mustBeSettable("SetBytes")
	v.mustBe("SetBytes", Slice)
	if v.typ.elem.kindOf() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

func (v Value) SetLen(n int) {
	v.mustBeSettable("SetLen")
	v.mustBe("SetLen", Slice)
	h := (*sliceHeader)(v.ptr)
	if uint(n) > uint(h.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	h.len = n
}

func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeSettable("SetPointer")
	v.mustBe("SetPointer", UnsafePointer)
	*(*unsafe.Pointer)(v.ptr) = x
}

// SetZero sets v to its type's zero value.
func (v Value) SetZero() {
	v.mustBeSettable("SetZero")
	memclrNoHeapPointers(v.ptr, v.typ.size)
}
