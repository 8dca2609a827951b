package reflect

import "unsafe"

// Maps, through the runtime's map functions. Keys and elements read from a map are copied out:
// the map's memory moves when it grows.

func (v Value) mapPointer() unsafe.Pointer { return *(*unsafe.Pointer)(v.ptr) }

// copyOut returns a non-addressable Value holding a copy of the value of type t at p.
func copyOut(t *rtype, p unsafe.Pointer, mode valueMode) Value {
	c := unsafeNew(t)
	typedmemmove(t, c, p)
	return Value{t, c, mode & readOnly}
}

// MapIndex is the element for key in the map, or the zero Value when the key is absent.
func (v Value) MapIndex(key Value) Value {
	v.mustBe("MapIndex", Map)
	key = key.convertForAssign("reflect.Value.MapIndex", v.typ.key)
	p, ok := mapaccess2(v.typ, v.mapPointer(), key.ptr)
	if !ok {
		return Value{}
	}
	return copyOut(v.typ.elem, p, v.mode|key.mode)
}

// MapKeys lists the map's keys, in no particular order.
func (v Value) MapKeys() []Value {
	v.mustBe("MapKeys", Map)
	m := v.mapPointer()
	n := maplen(m)
	if n == 0 {
		return []Value{}
	}
	keys := make([]Value, 0, n)
	var it hiter
	for mapiterinit(v.typ, m, &it); it.key != nil; mapiternext(&it) {
		keys = append(keys, copyOut(v.typ.key, it.key, v.mode))
	}
	return keys
}

// SetMapIndex sets m[key] = elem, or deletes key when elem is the zero Value.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe("SetMapIndex", Map)
	v.mustBeExported("SetMapIndex")
	key.mustBeExported("SetMapIndex")
	key = key.convertForAssign("reflect.Value.SetMapIndex", v.typ.key)
	m := v.mapPointer()
	if !elem.IsValid() {
		mapdelete(v.typ, m, key.ptr)
		return
	}
	elem.mustBeExported("SetMapIndex")
	elem = elem.convertForAssign("reflect.Value.SetMapIndex", v.typ.elem)
	p := mapassign(v.typ, m, key.ptr)
	typedmemmove(v.typ.elem, p, elem.ptr)
}

// MakeMap is a new empty map of type t.
func MakeMap(t Type) Value { return MakeMapWithSize(t, 0) }

func MakeMapWithSize(t Type, n int) Value {
	rt := t.common()
	if rt.kindOf() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	p := new(unsafe.Pointer)
	*p = makemap(rt, n)
	return Value{rt, unsafe.Pointer(p), 0}
}

// A MapIter walks a map's entries (see Value.MapRange).
type MapIter struct {
	m       Value
	it      hiter
	started bool
}

// MapRange returns an iterator over the map: call Next, then Key and Value, until Next is false.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		v.fail("MapRange")
	}
	return &MapIter{m: v}
}

// Next advances to the next entry, reporting whether there is one.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !it.started {
		it.started = true
		mapiterinit(it.m.typ, it.m.mapPointer(), &it.it)
	} else {
		if it.it.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&it.it)
	}
	return it.it.key != nil
}

func (it *MapIter) Key() Value {
	if !it.started || it.it.key == nil {
		panic("MapIter.Key called before Next or after the end")
	}
	return copyOut(it.m.typ.key, it.it.key, it.m.mode)
}

func (it *MapIter) Value() Value {
	if !it.started || it.it.key == nil {
		panic("MapIter.Value called before Next or after the end")
	}
	return copyOut(it.m.typ.elem, it.it.elem, it.m.mode)
}

// Reset makes the iterator start over on v (the zero Value releases the map).
func (it *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe("MapIter.Reset", Map)
	}
	it.m = v
	it.it = hiter{}
	it.started = false
}
