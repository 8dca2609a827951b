package runtime

import "unsafe"

// Panics, defers and recover.
//
// defer: the compiler makes each deferred call a closure (its arguments already evaluated) and calls
// deferproc, which records it with the deferring frame's stack pointer, frame pointer and the return
// address of the deferproc call. On a normal return the function calls deferreturn, which runs the
// frame's records, newest first.
//
// panic: gopanic runs the deferred calls of every frame, newest first. When one of them calls
// recover, the panic stops: after that deferred call returns, execution resumes in the frame that
// deferred it, at the return of its deferproc call with result 1, which makes the function run its
// remaining defers and return normally (its named results as the deferred calls left them).

// A deferred call.
type _defer struct {
	fn   unsafe.Pointer // closure, func()
	sp   uintptr        // the deferring frame's RSP
	fp   uintptr        // its R29
	pc   uintptr        // where deferproc returns to
	link *_defer
}

// A panic in progress.
type _panic struct {
	arg       interface{}
	link      *_panic // the panic this one happened during (printed before it)
	recovered bool
	// callFP is the frame pointer of calldefer while it runs a deferred call for this panic:
	// recover only works in the function that frame called (or the defer wrapper's callee).
	callFP uintptr
}

var deferHead *_defer
var panicHead *_panic

// newdefer is deferproc's Go half (panic_arm64.s passes the caller's registers). It returns 0: the
// deferring function goes on. After a recovery the same call site sees 1 (recovery below).
func newdefer(fn unsafe.Pointer, sp, fp, pc uintptr) int {
	d := deferFree
	if d != nil {
		deferFree = d.link
	} else {
		d = new(_defer)
	}
	d.fn = fn
	d.sp = sp
	d.fp = fp
	d.pc = pc
	d.link = deferHead
	deferHead = d
	return 0
}

// rundefers is deferreturn's Go half: it runs the calls deferred by the frame whose R29 is fp.
func rundefers(fp uintptr) {
	for deferHead != nil && deferHead.fp == fp {
		d := deferHead
		deferHead = d.link
		fn := d.fn
		// The record is free again: reuse it for the next defer (records of a panic's frames are
		// left to the collector).
		d.fn = nil
		d.link = deferFree
		deferFree = d
		calldefer(fn, nil)
	}
}

// deferFree lists records no longer in use.
var deferFree *_defer

// calldefer calls a deferred closure. Its frame pointer marks, for recover, that the callee (or the
// function a defer wrapper calls) is a deferred call run by p.
func calldefer(fn unsafe.Pointer, p *_panic) {
	if p != nil {
		p.callFP = getcallerfp()
	}
	f := *(*func())(unsafe.Pointer(&fn))
	f()
}

// gopanic is panic(e).
func gopanic(e interface{}) {
	p := new(_panic)
	p.arg = e
	p.link = panicHead
	panicHead = p
	for deferHead != nil {
		d := deferHead
		deferHead = d.link
		calldefer(d.fn, p)
		if p.recovered {
			panicHead = p.link
			sigNum = 0 // a later fatal panic is not the signal's
			recovery(d.sp, d.fp, d.pc)
		}
	}
	fatalpanic(p)
}

// gorecover is recover()'s Go half: fp is the frame pointer of the function that called recover.
// It recovers only when that function is the deferred call itself: called by calldefer, or by a
// compiler-made defer wrapper (pkg.f.deferwrapN) that calldefer called.
func gorecover(fp uintptr) interface{} {
	p := panicHead
	if p == nil || p.recovered || fp == 0 {
		return nil
	}
	caller := *(*uintptr)(unsafe.Pointer(fp)) // the frame pointer of the recovering function's caller
	if caller != p.callFP {
		if caller == 0 || *(*uintptr)(unsafe.Pointer(caller)) != p.callFP {
			return nil
		}
		// The caller must be a defer wrapper: the return address saved in the recovering function's
		// frame is in its code.
		f := findfunc(*(*uintptr)(unsafe.Pointer(fp + 8)) - 1)
		if f == nil || !contains(funcname(f), ".deferwrap") {
			return nil
		}
	}
	p.recovered = true
	return p.arg
}

// contains reports whether sub is in s.
func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// recovery resumes a deferring frame after a recovered panic (panic_arm64.s).
func recovery(sp, fp, pc uintptr)

// fatalpanic prints the panic chain and a traceback, and exits with status 2.
func fatalpanic(p *_panic) {
	printlock()
	printpanics(p)
	printsignal()
	printstring("\ngoroutine 1 [running]:\n")
	traceback()
	printunlock()
	exit(2)
}

// printpanics prints the chain oldest first: "panic: v [recovered]" lines, each later one indented.
func printpanics(p *_panic) {
	if p.link != nil {
		printpanics(p.link)
		printstring("\t")
	}
	printstring("panic: ")
	printpanicval(p.arg)
	if p.recovered {
		printstring(" [recovered]")
	}
	printstring("\n")
}

// errorString is the Error method's signature, for finding it on dynamic types.
type errorString interface{ Error() string }
type stringer interface{ String() string }

// printpanicval prints a panic value as gc does: an error's Error(), a Stringer's String(), basic
// values as print does, anything else as (TYPE) ADDRESS.
func printpanicval(v interface{}) {
	e := (*eface)(unsafe.Pointer(&v))
	t := e.typ
	if t == nil {
		printstring("nil")
		return
	}
	if m := findmethod(t, "Error"); m != nil {
		printstring(callStringMethod(m, e.data))
		return
	}
	if m := findmethod(t, "String"); m != nil {
		printstring(callStringMethod(m, e.data))
		return
	}
	// A defined type of a basic kind prints as a conversion, as gc does: main.MyInt(7), main.S("x").
	custom := t.uncommon != nil && t.Kind() != kindStruct && t.Kind() != kindArray && t.Kind() != kindPtr &&
		t.Kind() != kindSlice && t.Kind() != kindMap && t.Kind() != kindFunc && t.Kind() != kindChan &&
		t.Kind() != kindInterface && t.Kind() != kindUnsafePointer
	if custom {
		printstring(t.str)
		if t.Kind() == kindString {
			printstring("(\"")
			printstring(*(*string)(e.data))
			printstring("\")")
			return
		}
		printstring("(")
	}
	printpanicbasic(t, e.data)
	if custom {
		printstring(")")
	}
}

// printpanicbasic prints a value of a basic kind as print does; anything else as (TYPE) ADDRESS.
func printpanicbasic(t *_type, data unsafe.Pointer) {
	e := eface{t, data}
	switch t.Kind() {
	case kindComplex64:
		c := *(*[2]float32)(e.data)
		printcomplex(float64(c[0]), float64(c[1]))
	case kindComplex128:
		c := *(*[2]float64)(e.data)
		printcomplex(c[0], c[1])
	case kindBool:
		printbool(*(*bool)(e.data))
	case kindInt:
		printint(int64(*(*int)(e.data)))
	case kindInt8:
		printint(int64(*(*int8)(e.data)))
	case kindInt16:
		printint(int64(*(*int16)(e.data)))
	case kindInt32:
		printint(int64(*(*int32)(e.data)))
	case kindInt64:
		printint(*(*int64)(e.data))
	case kindUint:
		printuint(uint64(*(*uint)(e.data)))
	case kindUint8:
		printuint(uint64(*(*uint8)(e.data)))
	case kindUint16:
		printuint(uint64(*(*uint16)(e.data)))
	case kindUint32:
		printuint(uint64(*(*uint32)(e.data)))
	case kindUint64:
		printuint(*(*uint64)(e.data))
	case kindUintptr:
		printuint(uint64(*(*uintptr)(e.data)))
	case kindFloat32:
		printfloat(float64(*(*float32)(e.data)))
	case kindFloat64:
		printfloat(*(*float64)(e.data))
	case kindString:
		printstring(*(*string)(e.data))
	default:
		printstring("(")
		printstring(t.str)
		printstring(") ")
		printpointer(e.data)
	}
}

// findmethod returns the method table entry named name with signature func() string, or nil.
func findmethod(t *_type, name string) *method {
	if t.flags&tflagUncommon == 0 {
		return nil
	}
	u := t.uncommon
	for i := uintptr(0); i < u.mcount; i++ {
		m := (*method)(unsafe.Pointer(uintptr(u.methods) + i*32))
		if m.name == name && m.mtyp.str == "func() string" {
			return m
		}
	}
	return nil
}

// callStringMethod calls a func() string method (its interface code takes the data word).
func callStringMethod(m *method, data unsafe.Pointer) string {
	return callMethodString(m.ifn, data)
}

// callMethodString calls code(recv) for a method returning a string (panic_arm64.s).
func callMethodString(code unsafe.Pointer, recv unsafe.Pointer) string

// runtimeError values are what the run-time checks panic with (they are errors: recover() gets them).
type runtimeError struct {
	msg string
}

func (e runtimeError) Error() string { return "runtime error: " + e.msg }

func panicmsg(msg string) {
	var e interface{} = runtimeError{msg}
	gopanic(e)
}

func panicdivide() { panicmsg("integer divide by zero") }
func panicshift()  { panicmsg("negative shift amount") }

// A failed bounds check.
type boundsError struct {
	x, y   int
	format uint8
}

const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
	boundsConvert
	boundsConvertPtr
)

func (e boundsError) Error() string {
	x := itoa(int64(e.x))
	y := itoa(int64(e.y))
	switch e.format {
	case boundsIndex:
		if e.x < 0 {
			return "runtime error: index out of range [" + x + "]"
		}
		return "runtime error: index out of range [" + x + "] with length " + y
	case boundsSliceAlen:
		return "runtime error: slice bounds out of range [:" + x + "] with length " + y
	case boundsSliceAcap:
		return "runtime error: slice bounds out of range [:" + x + "] with capacity " + y
	case boundsSliceB:
		return "runtime error: slice bounds out of range [" + x + ":" + y + "]"
	case boundsSlice3Alen:
		return "runtime error: slice bounds out of range [::" + x + "] with length " + y
	case boundsSlice3Acap:
		return "runtime error: slice bounds out of range [::" + x + "] with capacity " + y
	case boundsSlice3B:
		return "runtime error: slice bounds out of range [:" + x + ":" + y + "]"
	case boundsConvertPtr: // gc 1.19's wording, before conversions to arrays existed
		return "runtime error: cannot convert slice with length " + y + " to pointer to array with length " + x
	case boundsConvert:
		return "runtime error: cannot convert slice with length " + y + " to array or pointer to array with length " + x
	default:
		return "runtime error: slice bounds out of range [" + x + ":" + y + ":]"
	}
}

func panicBounds(x, y int, format uint8) {
	var e interface{} = boundsError{x, y, format}
	gopanic(e)
}

func panicIndex(x int, y int)      { panicBounds(x, y, boundsIndex) }
func panicSliceAlen(x int, y int)  { panicBounds(x, y, boundsSliceAlen) }
func panicSliceAcap(x int, y int)  { panicBounds(x, y, boundsSliceAcap) }
func panicSliceB(x int, y int)     { panicBounds(x, y, boundsSliceB) }
func panicSlice3Alen(x int, y int) { panicBounds(x, y, boundsSlice3Alen) }
func panicSlice3Acap(x int, y int) { panicBounds(x, y, boundsSlice3Acap) }
func panicSlice3B(x int, y int)    { panicBounds(x, y, boundsSlice3B) }
func panicSlice3C(x int, y int)    { panicBounds(x, y, boundsSlice3C) }

// itoa is v in decimal.
func itoa(v int64) string {
	var buf [20]byte
	i := len(buf)
	neg := v < 0
	u := uint64(v)
	if neg {
		u = uint64(-v)
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return slicebytetostring(unsafe.Pointer(&buf[i]), len(buf)-i)
}

// runtimeErrorStart and runtimeErrorEnd frame fatal errors that are not panics (the interface
// conversion messages use them until they are panics of their own).
func runtimeErrorStart() {
	printlock()
	printstring("panic: runtime error: ")
}

func runtimeErrorEnd() {
	printstring("\n\ngoroutine 1 [running]:\n")
	traceback()
	printunlock()
	exit(2)
}
