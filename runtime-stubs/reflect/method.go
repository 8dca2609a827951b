package reflect

import "unsafe"

// Type.Method of concrete types: the method expression T.m as a Type and a callable func Value.
// The compiler lists, next to each method table, the method's func type with the receiver first
// (uncommonType.ftypes), so that the Value has the one descriptor of that func type the program
// uses, and m.Func.Interface().(func(T)) holds.

// exportedMethodIndex is the method table index of t's i'th exported method.
func (t *rtype) exportedMethodIndex(i int) uintptr {
	u, count := t.methodTable()
	n := 0
	for j := uintptr(0); u != nil && j < count; j++ {
		if isExportedName(t.methodAt(j).name) {
			if n == i {
				return j
			}
			n++
		}
	}
	panic("reflect: Method index out of range")
}

// concreteMethod is Method(i) of a non-interface type.
func (t *rtype) concreteMethod(i int) Method {
	j := t.exportedMethodIndex(i)
	me := t.methodAt(j)
	m := Method{Name: me.name, Index: i}
	ft := *(**rtype)(add(t.uncommon.ftypes, j*unsafe.Sizeof(t)))
	if ft == nil {
		// A descriptor from before method tables had func types: the type without the receiver.
		m.Type = toType(me.mtyp)
		return m
	}
	m.Type = toType(ft)
	if t.pointerShaped() {
		// The method table's code takes a pointer-shaped receiver as its first argument, where
		// func(T, ...) has it: Func calls it directly, as gc's does, so that a deferred
		// m.Func(x) is the deferred call itself (recover works in it).
		code := new(unsafe.Pointer) // a func value's object: its first word is the code
		*code = me.ifn
		p := new(unsafe.Pointer)
		*p = unsafe.Pointer(code)
		m.Func = Value{ft, unsafe.Pointer(p), 0}
		return m
	}
	// Func: a func value whose calls make the method Value of their first argument and call it
	// with the others. Only signatures whose arguments and results all travel in registers can be
	// made (MakeFunc's limit); Func stays the zero Value otherwise.
	sig := (*funcSig)(ft.extra)
	var a, ra regAssigner
	for k := 0; k < int(sig.in); k++ {
		if _, _, ok := a.tryAssign(sig.types[k]); !ok {
			return m
		}
	}
	for k := 0; k < int(sig.out); k++ {
		if _, _, ok := ra.tryAssign(sig.types[int(sig.in)+k]); !ok {
			return m
		}
	}
	code, mtyp := me.ifn, me.mtyp
	m.Func = MakeFunc(ft, func(args []Value) []Value {
		recv := args[0]
		bm := &boundMethod{code: code, recv: recv.ptr, recvType: t}
		mv := Value{mtyp, unsafe.Pointer(bm), boundMethodMode}
		if sig.variadic != 0 { // the variadic arguments arrive packed in a slice
			return mv.CallSlice(args[1:])
		}
		return mv.Call(args[1:])
	})
	return m
}
