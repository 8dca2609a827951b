package atomic

import "unsafe"

// A Value holds a value of one consistent type, loaded and stored atomically. The zero Value holds
// nothing (Load returns nil).
type Value struct {
	v interface{}
}

// efaceWords is an interface{}'s layout.
type efaceWords struct {
	typ  unsafe.Pointer
	data unsafe.Pointer
}

// firstStore marks the type word while the first Store writes the data word: readers wait, other
// writers retry. It points nowhere the collector looks.
var firstStore = unsafe.Pointer(^uintptr(0))

// Load returns the value the last Store set, or nil if there was none.
func (v *Value) Load() (val interface{}) {
	vp := (*efaceWords)(unsafe.Pointer(&v.v))
	typ := LoadPointer(&vp.typ)
	if typ == nil || typ == firstStore {
		return nil
	}
	data := LoadPointer(&vp.data)
	out := (*efaceWords)(unsafe.Pointer(&val))
	out.typ = typ
	out.data = data
	return
}

// beginFirst claims an empty Value for a first store; false if another store got there first.
func beginFirst(vp *efaceWords) bool {
	return CompareAndSwapPointer(&vp.typ, nil, firstStore)
}

// Store sets the Value to val. All stores into one Value must use the same concrete type; nil
// panics.
func (v *Value) Store(val interface{}) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	vp := (*efaceWords)(unsafe.Pointer(&v.v))
	np := (*efaceWords)(unsafe.Pointer(&val))
	for {
		typ := LoadPointer(&vp.typ)
		if typ == nil {
			if !beginFirst(vp) {
				continue
			}
			StorePointer(&vp.data, np.data)
			StorePointer(&vp.typ, np.typ)
			return
		}
		if typ == firstStore {
			continue
		}
		if typ != np.typ {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		StorePointer(&vp.data, np.data)
		return
	}
}

// Swap stores new and returns the previous value (nil if the Value was empty).
func (v *Value) Swap(new interface{}) (old interface{}) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	vp := (*efaceWords)(unsafe.Pointer(&v.v))
	np := (*efaceWords)(unsafe.Pointer(&new))
	for {
		typ := LoadPointer(&vp.typ)
		if typ == nil {
			if !beginFirst(vp) {
				continue
			}
			StorePointer(&vp.data, np.data)
			StorePointer(&vp.typ, np.typ)
			return nil
		}
		if typ == firstStore {
			continue
		}
		if typ != np.typ {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		op := (*efaceWords)(unsafe.Pointer(&old))
		op.typ = typ
		op.data = SwapPointer(&vp.data, np.data)
		return old
	}
}

// CompareAndSwap stores new if the Value holds old (compared with ==, which panics for
// uncomparable types), and reports whether it did.
func (v *Value) CompareAndSwap(old, new interface{}) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	vp := (*efaceWords)(unsafe.Pointer(&v.v))
	np := (*efaceWords)(unsafe.Pointer(&new))
	op := (*efaceWords)(unsafe.Pointer(&old))
	if op.typ != nil && np.typ != op.typ {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		typ := LoadPointer(&vp.typ)
		if typ == nil {
			if old != nil {
				return false
			}
			if !beginFirst(vp) {
				continue
			}
			StorePointer(&vp.data, np.data)
			StorePointer(&vp.typ, np.typ)
			return true
		}
		if typ == firstStore {
			continue
		}
		if typ != np.typ {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		data := LoadPointer(&vp.data)
		var cur interface{}
		cp := (*efaceWords)(unsafe.Pointer(&cur))
		cp.typ = typ
		cp.data = data
		if cur != old {
			return false
		}
		return CompareAndSwapPointer(&vp.data, data, np.data)
	}
}
