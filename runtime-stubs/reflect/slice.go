package reflect

import "unsafe"

// Slices: making, appending, copying and swapping elements.

// MakeSlice is a new slice of type t with the given length and capacity.
func MakeSlice(t Type, n, capacity int) Value {
	rt := t.common()
	if rt.kindOf() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if n < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if capacity < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if n > capacity {
		panic("reflect.MakeSlice: len > cap")
	}
	h := new(sliceHeader)
	h.data = newArray(rt.elem, capacity)
	h.len = n
	h.cap = capacity
	return Value{rt, unsafe.Pointer(h), 0}
}

// grown returns a slice Value like s with room for extra more elements and its length
// increased by extra (a new backing array when the capacity is short, as append does).
func (s Value) grown(extra int) Value {
	h := (*sliceHeader)(s.ptr)
	et := s.typ.elem
	nh := new(sliceHeader)
	*nh = *h
	need := h.len + extra
	if need > h.cap {
		newCap := h.cap * 2
		if h.cap >= 256 {
			newCap = h.cap + (h.cap+3*256)/4
		}
		if newCap < need {
			newCap = need
		}
		nh.data = newArray(et, newCap)
		if h.len > 0 {
			memmove(nh.data, h.data, uintptr(h.len)*et.size)
		}
		nh.cap = newCap
	}
	nh.len = need
	return Value{s.typ, unsafe.Pointer(nh), 0}
}

// Append appends the values x to slice s, as append does.
func Append(s Value, x ...Value) Value {
	s.mustBe("Append", Slice)
	n := s.Len()
	r := s.grown(len(x))
	for i, v := range x {
		r.Index(n + i).Set(v)
	}
	return r
}

// AppendSlice appends slice t to slice s.
func AppendSlice(s, t Value) Value {
	s.mustBe("AppendSlice", Slice)
	t.mustBe("AppendSlice", Slice)
	if s.typ.elem != t.typ.elem {
		panic("reflect.AppendSlice: " + s.typ.str + " != " + t.typ.str)
	}
	n, m := s.Len(), t.Len()
	r := s.grown(m)
	if m > 0 {
		et := s.typ.elem
		memmove(add((*sliceHeader)(r.ptr).data, uintptr(n)*et.size), (*sliceHeader)(t.ptr).data, uintptr(m)*et.size)
	}
	return r
}

// Copy copies elements from src into dst (slices, or dst an addressable array), returning how
// many were copied.
func Copy(dst, src Value) int {
	var dp, sp unsafe.Pointer
	var dn, sn int
	switch dst.Kind() {
	case Slice:
		h := (*sliceHeader)(dst.ptr)
		dp, dn = h.data, h.len
	case Array:
		dst.mustBeSettable("Copy")
		dp, dn = dst.ptr, int(dst.typ.len)
	default:
		dst.fail("Copy")
	}
	switch src.Kind() {
	case Slice:
		h := (*sliceHeader)(src.ptr)
		sp, sn = h.data, h.len
	case Array:
		sp, sn = src.ptr, int(src.typ.len)
	case String:
		h := (*stringHeader)(src.ptr)
		sp, sn = h.data, h.len
	default:
		src.fail("Copy")
	}
	n := dn
	if sn < n {
		n = sn
	}
	if n > 0 {
		memmove(dp, sp, uintptr(n)*dst.typ.elem.size)
	}
	return n
}

// Swapper returns a function that swaps elements i and j of the slice (for sort.Slice).
func Swapper(slice interface{}) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{"Swapper", v.Kind()})
	}
	h := (*sliceHeader)(v.ptr)
	n := h.len
	et := v.typ.elem
	size := et.size
	data := h.data
	check := func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
	}
	switch {
	case size == 0:
		return func(i, j int) { check(i, j) }
	case size == 8 && et.ptrdata == 0:
		return func(i, j int) {
			check(i, j)
			s := (*[1 << 40]uint64)(data)
			s[i], s[j] = s[j], s[i]
		}
	case size == 8:
		return func(i, j int) {
			check(i, j)
			s := (*[1 << 40]unsafe.Pointer)(data)
			s[i], s[j] = s[j], s[i]
		}
	}
	tmp := unsafeNew(et)
	return func(i, j int) {
		check(i, j)
		pi, pj := add(data, uintptr(i)*size), add(data, uintptr(j)*size)
		memmove(tmp, pi, size)
		memmove(pi, pj, size)
		memmove(pj, tmp, size)
	}
}

// Slice3 is v[i:j:k] of a slice or addressable array.
func (v Value) Slice3(i, j, k int) Value {
	var base unsafe.Pointer
	var capacity int
	switch v.Kind() {
	case Array:
		if !v.CanAddr() {
			panic("reflect.Value.Slice3: slice of unaddressable array")
		}
		base, capacity = v.ptr, int(v.typ.len)
		// The result's type is []E, which reflect cannot make yet (see sliceOfArrayType).
		sliceOfArrayType(v.typ)
	case Slice:
		h := (*sliceHeader)(v.ptr)
		base, capacity = h.data, h.cap
	default:
		v.fail("Slice3")
	}
	if i < 0 || j < i || k < j || k > capacity {
		panic("reflect.Value.Slice3: slice index out of bounds")
	}
	h := new(sliceHeader)
	h.len = j - i
	h.cap = k - i
	h.data = base
	if k-i > 0 {
		h.data = add(base, uintptr(i)*v.typ.elem.size)
	}
	return Value{v.typ, unsafe.Pointer(h), v.mode & readOnly}
}

// SetCap sets a settable slice's capacity, which must be between its length and its capacity.
func (v Value) SetCap(n int) {
	v.mustBeSettable("SetCap")
	v.mustBe("SetCap", Slice)
	h := (*sliceHeader)(v.ptr)
	if n < h.len || n > h.cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	h.cap = n
}
