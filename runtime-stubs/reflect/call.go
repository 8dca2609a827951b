package reflect

import "unsafe"

// Calling functions and methods through Values, and method Values as func values.

// boundMethod is what a method Value (Value.Method) refers to: the method's code, which takes the
// receiver's interface data word as its first argument, and where the receiver is. As in gc, the
// receiver is read when the method is called, not when the method Value is made.
type boundMethod struct {
	code     unsafe.Pointer
	recv     unsafe.Pointer // the receiver's memory, or the data word itself (direct)
	recvType *rtype
	direct   bool
}

// recvWord is the data word the method's code takes: a pointer-shaped receiver itself, else a
// pointer to the receiver.
func (bm *boundMethod) recvWord() unsafe.Pointer {
	if !bm.direct && bm.recvType.pointerShaped() {
		return *(*unsafe.Pointer)(bm.recv)
	}
	return bm.recv
}

// Method is v's i'th exported method bound to v, as a func Value (without receiver).
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	if v.mode&boundMethodMode != 0 || uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.typ.kindOf() == Interface {
		dyn, data := v.interfaceWords()
		if dyn == nil {
			panic("reflect: Method on nil interface value")
		}
		tab := (*nonEmptyInterface)(v.ptr).tab
		code := *(*unsafe.Pointer)(add(unsafe.Pointer(&tab.fun), uintptr(i)*8))
		bm := &boundMethod{code: code, recv: data, recvType: dyn, direct: true}
		return Value{v.typ.imethodAt(i).typ, unsafe.Pointer(bm), boundMethodMode | v.mode&readOnly}
	}
	me := v.typ.exportedMethod(i)
	bm := &boundMethod{code: me.ifn, recv: v.ptr, recvType: v.typ}
	return Value{me.mtyp, unsafe.Pointer(bm), boundMethodMode | v.mode&readOnly}
}

// MethodByName is the exported method called name bound to v, or the zero Value.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	if m, ok := v.typ.MethodByName(name); ok {
		return v.Method(m.Index)
	}
	return Value{}
}

// Call calls the function v with arguments in (a variadic function's extra arguments are packed
// into a slice) and returns its results.
func (v Value) Call(in []Value) []Value {
	return v.call("Call", in, false)
}

// CallSlice calls the variadic function v with its last argument a slice of the variadic part.
func (v Value) CallSlice(in []Value) []Value {
	return v.call("CallSlice", in, true)
}

func (v Value) call(op string, in []Value, asSlice bool) []Value {
	v.mustBe(op, Func)
	if v.mode&readOnly != 0 {
		panic("reflect: reflect.Value." + op + " using value obtained using unexported field")
	}
	sig := (*funcSig)(v.typ.extra)
	nin, nout := int(sig.in), int(sig.out)
	variadic := sig.variadic != 0
	if asSlice && !variadic {
		panic("reflect: CallSlice of non-variadic function")
	}
	if variadic && !asSlice {
		// Pack the arguments from the last parameter on into a slice.
		if len(in) < nin-1 {
			panic("reflect: Call with too few input arguments")
		}
		st := sig.types[nin-1]
		extra := len(in) - (nin - 1)
		s := MakeSlice(st, extra, extra)
		for i := 0; i < extra; i++ {
			s.Index(i).Set(in[nin-1+i])
		}
		packed := make([]Value, 0, nin)
		packed = append(packed, in[:nin-1]...)
		in = append(packed, s)
	}
	if len(in) != nin {
		if len(in) < nin {
			panic("reflect: Call with too few input arguments")
		}
		panic("reflect: Call with too many input arguments")
	}

	var code, closure unsafe.Pointer
	var regs registers
	var a regAssigner
	if v.mode&boundMethodMode != 0 {
		bm := (*boundMethod)(v.ptr)
		code = bm.code
		regs.ints[0] = bm.recvWord()
		a.nextInt = 1
	} else {
		closure = *(*unsafe.Pointer)(v.ptr)
		if closure == nil {
			panic("reflect: call of nil function")
		}
		code = *(*unsafe.Pointer)(closure)
	}
	for i, x := range in {
		x.mustBeExported(op)
		x = x.convertForAssign("reflect: "+op+" using "+x.typ.str+" as type "+sig.types[i].str, sig.types[i])
		leaves, rs := a.assign(sig.types[i])
		regs.load(x.ptr, leaves, rs)
	}
	// Work out where the results will be before calling, so that an unsupported signature fails
	// without calling.
	var ra regAssigner
	outLeaves := make([][]leaf, nout)
	outRegs := make([][]int, nout)
	for i := 0; i < nout; i++ {
		outLeaves[i], outRegs[i] = ra.assign(sig.types[nin+i])
	}
	callRegs(code, closure, &regs)
	out := make([]Value, nout)
	for i := 0; i < nout; i++ {
		t := sig.types[nin+i]
		p := unsafeNew(t)
		regs.store(p, outLeaves[i], outRegs[i])
		out[i] = Value{t, p, 0}
	}
	return out
}

// methodValueCall is the code of func values made from method Values (call_arm64.s).
func methodValueCall()

// methodClosure is a func value made from a method Value: methodValueCall's code, then the
// method's code and the receiver word it passes.
type methodClosure struct {
	code   unsafe.Pointer
	method unsafe.Pointer
	recv   unsafe.Pointer
}

// methodFunc is the method Value v as a func value (of v's type, without receiver). Calls of it
// go through methodValueCall, which makes room for the receiver in R0: the arguments must leave
// that register free, that is, all travel in registers with the receiver before them.
func (v Value) methodFunc() interface{} {
	sig := (*funcSig)(v.typ.extra)
	a := regAssigner{nextInt: 1}
	for i := 0; i < int(sig.in); i++ {
		if _, _, ok := a.tryAssign(sig.types[i]); !ok {
			panic("reflect: gosharp cannot make a func value of a method with stack arguments (" + v.typ.str + ")")
		}
	}
	stub := methodValueCall
	bm := (*boundMethod)(v.ptr)
	c := &methodClosure{code: **(**unsafe.Pointer)(unsafe.Pointer(&stub)), method: bm.code, recv: bm.recvWord()}
	var r interface{}
	e := (*emptyInterface)(unsafe.Pointer(&r))
	e.typ = v.typ
	e.data = unsafe.Pointer(c)
	return r
}
