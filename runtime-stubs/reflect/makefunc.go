package reflect

import "unsafe"

// makeFuncStub is the code of func values made by MakeFunc (call_arm64.s).
func makeFuncStub()

// makeFuncClosure is a func value made by MakeFunc: makeFuncStub's code, the func type, and the
// Go function that implements it.
type makeFuncClosure struct {
	code unsafe.Pointer
	typ  *rtype
	fn   func([]Value) []Value
}

// MakeFunc returns a func Value of type typ that calls fn with its arguments as Values and
// returns fn's results.
// gosharp: the signature's arguments and results must all travel in registers.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	t := typ.common()
	if t.kindOf() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	sig := (*funcSig)(t.extra)
	var a, ra regAssigner
	for i := 0; i < int(sig.in); i++ {
		a.assign(sig.types[i])
	}
	for i := 0; i < int(sig.out); i++ {
		ra.assign(sig.types[int(sig.in)+i])
	}
	stub := makeFuncStub
	c := &makeFuncClosure{code: **(**unsafe.Pointer)(unsafe.Pointer(&stub)), typ: t, fn: fn}
	p := new(unsafe.Pointer)
	*p = unsafe.Pointer(c)
	return Value{t, unsafe.Pointer(p), 0}
}

// callMakeFunc runs a MakeFunc function for makeFuncStub: the arguments from regs become Values,
// and fn's results go back into regs.
func callMakeFunc(c *makeFuncClosure, regs *registers) {
	sig := (*funcSig)(c.typ.extra)
	nin, nout := int(sig.in), int(sig.out)
	in := make([]Value, nin)
	var a regAssigner
	for i := range in {
		t := sig.types[i]
		leaves, rs := a.assign(t)
		p := unsafeNew(t)
		regs.store(p, leaves, rs)
		in[i] = Value{t, p, 0}
	}
	out := c.fn(in)
	if len(out) != nout {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	var ra regAssigner
	for i, v := range out {
		t := sig.types[nin+i]
		if !v.IsValid() {
			panic("reflect: function created by MakeFunc using closure returned zero Value")
		}
		v = v.convertForAssign("reflect: function created by MakeFunc", t)
		leaves, rs := ra.assign(t)
		regs.load(v.ptr, leaves, rs)
	}
}
