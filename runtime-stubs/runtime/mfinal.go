package runtime

import "unsafe"

// Finalizers (SetFinalizer). A table records, for each object with a finalizer, the func value and
// the types to call it with; the object's address is kept as a uintptr, which the collector does not
// follow, so the table alone does not keep the object alive.
//
// During a collection, after the roots are marked (gcMarkFinalizers, called by gcCollect before the
// sweep): what each finalizable object points to is marked (not the object itself), so an object
// reachable from another finalizable object is finalized only after that one; then every object
// still unmarked is marked again (it survives this cycle, for its finalizer) and its record becomes
// ready. Ready records keep their objects alive in later collections until the finalizer has run.
// Finalizers run, one at a time, after runtime.GC and in Gosched: gc runs them in a goroutine of
// their own, which a single-goroutine program reaches when the main goroutine yields.

type finRecord struct {
	fn    unsafe.Pointer // the func value
	fint  *_type         // its parameter's type
	ot    *_type         // the object's (pointer) type
	nret  uintptr        // bytes of results the finalizer returns on the stack (at most)
	obj   uintptr        // the object, hidden from the collector
	ready bool           // the object was found unreachable: run the finalizer
}

var finTab []finRecord
var finIndex map[uintptr]int // obj -> index in finTab
var finReady int             // ready records in finTab
var finRunning bool

// maxFinalizerResults is the stack room callfinalizer's frame gives a finalizer's results.
const maxFinalizerResults = 4096

// SetFinalizer sets obj's finalizer to finalizer (nil: removes it). obj must point to the start of
// an object allocated by new, a composite literal, make or append; finalizer is a func taking one
// argument obj can be assigned to. When the object becomes unreachable, finalizer(obj) is called
// and the finalizer cleared; the object is freed by a later collection if still unreachable.
func SetFinalizer(obj interface{}, finalizer interface{}) {
	e := (*eface)(unsafe.Pointer(&obj))
	etyp := e.typ
	if etyp == nil {
		throw("runtime.SetFinalizer: first argument is nil")
	}
	if etyp.Kind() != kindPtr {
		throw("runtime.SetFinalizer: first argument is " + etyp.str + ", not pointer")
	}
	p := uintptr(e.data)
	if e.data == unsafe.Pointer(&zerobase) || p == 0 {
		return
	}
	base, ok := heapObjectBase(p)
	if !ok {
		// Globals and other memory outside the heap are never freed: no finalizer will run (gc
		// ignores them the same way).
		return
	}
	if base != p {
		throw("runtime.SetFinalizer: pointer not at beginning of allocated block")
	}
	f := (*eface)(unsafe.Pointer(&finalizer))
	ftyp := f.typ
	if ftyp == nil {
		removeFinalizer(p)
		return
	}
	if ftyp.Kind() != kindFunc {
		throw("runtime.SetFinalizer: second argument is " + ftyp.str + ", not a function")
	}
	sig := (*funcSig)(ftyp.extra)
	if sig.variadic != 0 {
		throw("runtime.SetFinalizer: cannot pass " + etyp.str + " to finalizer " + ftyp.str + " because dotdotdot")
	}
	if sig.in != 1 {
		throw("runtime.SetFinalizer: cannot pass " + etyp.str + " to finalizer " + ftyp.str)
	}
	types := (*[1 << 16]*_type)(unsafe.Pointer(&sig.types))
	fint := types[0]
	switch {
	case fint == etyp:
	case fint.Kind() == kindPtr && fint.elem == etyp.elem && (fint.flags&tflagNamed == 0 || etyp.flags&tflagNamed == 0):
	case fint.Kind() == kindInterface && (fint.extra == nil || (*interfaceMethods)(fint.extra).count == 0):
	case fint.Kind() == kindInterface && getitab(fint, etyp, true) != nil:
	default:
		throw("runtime.SetFinalizer: cannot pass " + etyp.str + " to finalizer " + ftyp.str)
	}
	nret := uintptr(0)
	for i := uintptr(0); i < sig.out; i++ {
		t := types[sig.in+i]
		nret = (nret+uintptr(t.align)-1)&^(uintptr(t.align)-1) + t.size
	}
	nret = (nret + 7) &^ 7
	if nret > maxFinalizerResults {
		throw("runtime.SetFinalizer: finalizer " + ftyp.str + " returns too much for gosharp")
	}
	if finIndex == nil {
		finIndex = make(map[uintptr]int)
	}
	if _, dup := finIndex[p]; dup {
		throw("runtime.SetFinalizer: finalizer already set")
	}
	// The table is updated before the index: growing either may collect, and a collection reads
	// only the table.
	finTab = append(finTab, finRecord{fn: f.data, fint: fint, ot: etyp, nret: nret, obj: p})
	finIndex[p] = len(finTab) - 1
}

// removeFinalizer drops obj's record (SetFinalizer(obj, nil)).
func removeFinalizer(p uintptr) {
	if i, ok := finIndex[p]; ok && !finTab[i].ready {
		deleteFinalizer(i)
	}
}

// deleteFinalizer removes record i, moving the last record into its place.
func deleteFinalizer(i int) {
	delete(finIndex, finTab[i].obj)
	last := len(finTab) - 1
	if i != last {
		finTab[i] = finTab[last]
		finIndex[finTab[i].obj] = i
	}
	finTab[last] = finRecord{}
	finTab = finTab[:last]
}

// heapObjectBase is the start of the heap object containing p.
func heapObjectBase(p uintptr) (uintptr, bool) {
	s, idx := heapSpanOf(p)
	if s == nil {
		return 0, false
	}
	return s.start + idx*s.elemsize, true
}

// heapSpanOf is the span and object index of the allocated heap object containing p, or nil.
func heapSpanOf(p uintptr) (*mspan, uintptr) {
	a := arenaOf(p)
	if a == nil {
		return nil, 0
	}
	s := a.spanAt((p - a.base) >> pageShift)
	if s == nil || p < s.start || p >= s.limit {
		return nil, 0
	}
	idx := uintptr((uint64(p-s.start) * uint64(s.divMul)) >> 32)
	if s.allocBits[idx>>6]&(uint64(1)<<(idx&63)) == 0 {
		return nil, 0
	}
	return s, idx
}

// gcMarkFinalizers runs in gcCollect once the roots are marked, before the sweep (see above). It
// must not allocate.
func gcMarkFinalizers() {
	if len(finTab) == 0 {
		return
	}
	// Ready objects wait for their finalizer: keep them. The others keep what they point to.
	for i := range finTab {
		r := &finTab[i]
		if r.ready {
			markPointer(r.obj)
			continue
		}
		if s, idx := heapSpanOf(r.obj); s != nil && !s.noscan {
			scanObject(s.arena, s.start+idx*s.elemsize, s.elemsize)
		}
	}
	drainWork()
	for i := range finTab {
		r := &finTab[i]
		if r.ready {
			continue
		}
		s, idx := heapSpanOf(r.obj)
		if s == nil || s.markBits[idx>>6]&(uint64(1)<<(idx&63)) != 0 {
			continue
		}
		r.ready = true
		finReady++
		markPointer(r.obj)
	}
	drainWork()
}

// runFinalizers calls the finalizers of the objects found unreachable, outside any collection (a
// finalizer may allocate, or call GC, which does not start them again).
func runFinalizers() {
	if finRunning || gcRunning {
		return
	}
	finRunning = true
	for finReady > 0 {
		i := len(finTab) - 1
		for i >= 0 && !finTab[i].ready {
			i--
		}
		if i < 0 {
			break
		}
		r := finTab[i]
		// From here the object is kept alive by obj, a pointer in this frame.
		obj := unsafe.Pointer(r.obj)
		finReady--
		deleteFinalizer(i)
		var a0, a1 unsafe.Pointer
		switch r.fint.Kind() {
		case kindInterface:
			if r.fint.extra == nil || (*interfaceMethods)(r.fint.extra).count == 0 {
				a0 = unsafe.Pointer(r.ot)
			} else {
				a0 = unsafe.Pointer(getitab(r.fint, r.ot, false))
			}
			a1 = obj
		default:
			a0 = obj
		}
		callfinalizer(r.fn, a0, a1)
	}
	finRunning = false
}

// callfinalizer calls the func value fn with R0 = a0, R1 = a1 (the object, or an interface holding
// it), in a frame with room for results on the stack (mfinal_arm64.s).
func callfinalizer(fn, a0, a1 unsafe.Pointer)
