package reflect

import "unsafe"

// DeepEqual reports whether x and y are "deeply equal": same type, and equal by the rules below,
// applied recursively. Cyclic structures are handled by assuming a pair of references already
// being compared is equal.
//
//   - arrays, structs: element by element, field by field
//   - funcs: only when both are nil
//   - interfaces: their dynamic values are deeply equal
//   - maps: both nil or both non-nil, same length, same map or the same keys (==) mapping to
//     deeply equal values
//   - pointers: == or pointing to deeply equal values
//   - slices: both nil or both non-nil, same length, same backing array start or deeply equal
//     elements
//   - everything else: ==
func DeepEqual(x, y interface{}) bool {
	if x == nil || y == nil {
		return x == nil && y == nil
	}
	vx, vy := ValueOf(x), ValueOf(y)
	if vx.typ != vy.typ {
		return false
	}
	c := deepComparer{seen: map[seenPair]bool{}}
	return c.equal(vx, vy)
}

// seenPair identifies a comparison of two references of one type in progress.
type seenPair struct {
	a, b unsafe.Pointer
	t    *rtype
}

type deepComparer struct {
	seen map[seenPair]bool
}

func (c *deepComparer) equal(x, y Value) bool {
	if !x.IsValid() || !y.IsValid() {
		return x.IsValid() == y.IsValid()
	}
	if x.typ != y.typ {
		return false
	}
	switch x.Kind() {
	case Map, Slice, Pointer, Interface:
		// References that may form cycles: remember the pair.
		if x.Kind() != Interface {
			a, b := *(*unsafe.Pointer)(x.ptr), *(*unsafe.Pointer)(y.ptr)
			if a != nil && b != nil {
				if uintptr(a) > uintptr(b) {
					a, b = b, a
				}
				k := seenPair{a, b, x.typ}
				if c.seen[k] {
					return true
				}
				c.seen[k] = true
			}
		}
	}
	switch x.Kind() {
	case Array:
		for i := 0; i < x.Len(); i++ {
			if !c.equal(x.Index(i), y.Index(i)) {
				return false
			}
		}
		return true
	case Slice:
		if x.IsNil() != y.IsNil() || x.Len() != y.Len() {
			return false
		}
		if x.Pointer() == y.Pointer() {
			return true
		}
		for i := 0; i < x.Len(); i++ {
			if !c.equal(x.Index(i), y.Index(i)) {
				return false
			}
		}
		return true
	case Interface:
		if x.IsNil() || y.IsNil() {
			return x.IsNil() == y.IsNil()
		}
		return c.equal(x.Elem(), y.Elem())
	case Pointer:
		if x.Pointer() == y.Pointer() {
			return true
		}
		return c.equal(x.Elem(), y.Elem())
	case Struct:
		for i := 0; i < x.typ.fieldCount(); i++ {
			if !c.equal(x.Field(i), y.Field(i)) {
				return false
			}
		}
		return true
	case Map:
		if x.IsNil() != y.IsNil() || x.Len() != y.Len() {
			return false
		}
		if x.Pointer() == y.Pointer() {
			return true
		}
		for _, k := range x.MapKeys() {
			vx, vy := x.MapIndex(k), y.MapIndex(k)
			if !vx.IsValid() || !vy.IsValid() || !c.equal(vx, vy) {
				return false
			}
		}
		return true
	case Func:
		return x.IsNil() && y.IsNil()
	}
	return scalarEqual(x, y)
}

// scalarEqual is == on values of a basic kind (same type).
func scalarEqual(x, y Value) bool {
	switch x.Kind() {
	case Bool:
		return x.Bool() == y.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return x.Int() == y.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return x.Uint() == y.Uint()
	case Float32, Float64:
		return x.Float() == y.Float()
	case Complex64, Complex128:
		return x.Complex() == y.Complex()
	case String:
		return *(*string)(x.ptr) == *(*string)(y.ptr)
	case Chan, UnsafePointer:
		return x.Pointer() == y.Pointer()
	}
	return false
}

// IsZero reports whether v is its type's zero value (a float is zero only as +0).
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64, Complex64, Complex128:
		return allZeroBytes(v.ptr, v.typ.size)
	case String:
		return v.Len() == 0
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.typ.fieldCount(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	return v.IsNil()
}

func allZeroBytes(p unsafe.Pointer, n uintptr) bool {
	for i := uintptr(0); i < n; i++ {
		if *(*byte)(add(p, i)) != 0 {
			return false
		}
	}
	return true
}
