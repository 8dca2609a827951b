package errors

import "unsafe"

// As finds the first error in err's tree that can be assigned to the variable target points to,
// stores it there and reports true; an error with an As(any) bool method may also claim a match.
// It panics when target is not a non-nil pointer to an interface type or to a type implementing
// error.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	tv := (*eface)(unsafe.Pointer(&target))
	if tv.typ.kind&kindMask != kindPtr || tv.data == nil {
		panic("errors: target must be a non-nil pointer")
	}
	want := tv.typ.elem
	if want.kind&kindMask != kindInterface && assertE2I2(errorType, want) == nil {
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target, want, tv.data)
}

func as(err error, target any, want *rtype, dst unsafe.Pointer) bool {
	for err != nil {
		if assign(err, want, dst) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if as(e, target, want, dst) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
	return false
}

// assign stores err in *dst, a variable of type want, when err's dynamic type is assignable to it:
// the same type, or an interface type it implements.
func assign(err error, want *rtype, dst unsafe.Pointer) bool {
	ev := (*iface)(unsafe.Pointer(&err))
	have := ev.tab[1]
	if want.kind&kindMask == kindInterface {
		tab := assertE2I2(want, have)
		if tab == nil {
			return false
		}
		if isEmptyInterface(want) {
			*(*eface)(dst) = eface{have, ev.data}
		} else {
			*(*iface)(dst) = iface{(*[2]*rtype)(tab), ev.data}
		}
		return true
	}
	if have != want {
		return false
	}
	if have.kind&kindDirectIface != 0 {
		*(*unsafe.Pointer)(dst) = ev.data
	} else {
		copyBytes(dst, ev.data, have.size)
	}
	return true
}

// isEmptyInterface reports whether interface type t has no methods (its extra word, at offset 88,
// points at a method list whose count is 0).
func isEmptyInterface(t *rtype) bool {
	methods := *(**uintptr)(unsafe.Pointer(uintptr(unsafe.Pointer(t)) + 88))
	return methods == nil || *methods == 0
}

// copyBytes copies n bytes; a value holding pointers is copied word by word so that no pointer is
// ever half written (values are word-aligned when they hold pointers).
func copyBytes(dst, src unsafe.Pointer, n uintptr) {
	i := uintptr(0)
	for ; i+8 <= n; i += 8 {
		*(*uintptr)(unsafe.Pointer(uintptr(dst) + i)) = *(*uintptr)(unsafe.Pointer(uintptr(src) + i))
	}
	for ; i < n; i++ {
		*(*byte)(unsafe.Pointer(uintptr(dst) + i)) = *(*byte)(unsafe.Pointer(uintptr(src) + i))
	}
}
