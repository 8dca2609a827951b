package reflect

import "unsafe"

// Value is a typed view of a Go value. Unlike an interface, whose data word holds pointer-shaped
// values themselves, a Value always refers to the value's memory: ptr points at a variable, at an
// element or field inside one, or at a private copy. The zero Value is invalid.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer
	mode valueMode
}

type valueMode uint8

const (
	// canAddr: ptr is a variable's memory (a pointer's target, a slice element, or a part of
	// those), so the value can be addressed and, unless readOnly, set. Values without it are
	// never written, so their memory can be shared instead of copied.
	canAddr valueMode = 1 << iota
	// readOnly: reached through an unexported struct field.
	readOnly
	// boundMethodMode: a method Value (Value.Method); ptr points to a boundMethod.
	boundMethodMode
)

// A ValueError reports a Value method called on a Value of the wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == Invalid {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) mustBe(method string, k Kind) {
	if v.Kind() != k {
		panic(&ValueError{"reflect.Value." + method, v.Kind()})
	}
}

func (v Value) fail(method string) {
	panic(&ValueError{"reflect.Value." + method, v.Kind()})
}

// ValueOf is a Value for the value held in i (the zero Value for a nil interface).
func ValueOf(i interface{}) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return fromInterfaceWords(e.typ, e.data, 0)
}

// fromInterfaceWords makes the Value held by an interface with dynamic type t and data word data.
func fromInterfaceWords(t *rtype, data unsafe.Pointer, mode valueMode) Value {
	if t == nil {
		return Value{}
	}
	if t.pointerShaped() {
		// The data word is the value: give it memory of its own.
		p := new(unsafe.Pointer)
		*p = data
		return Value{t, unsafe.Pointer(p), mode}
	}
	// The interface's copy is never modified: share it.
	return Value{t, data, mode}
}

func (v Value) IsValid() bool { return v.typ != nil }

func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return v.typ.kindOf()
}

func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

func (v Value) CanAddr() bool { return v.mode&canAddr != 0 }
func (v Value) CanSet() bool  { return v.mode&(canAddr|readOnly) == canAddr }
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.mode&readOnly == 0
}

// Interface is v's value as an interface{}.
func (v Value) Interface() interface{} {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.mode&readOnly != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return v.toInterface()
}

// toInterface packs v into an empty interface, copying it when its memory may change later.
func (v Value) toInterface() interface{} {
	if v.mode&boundMethodMode != 0 {
		return v.methodFunc()
	}
	if v.typ.kindOf() == Interface {
		// The interface stored at ptr, as an empty interface.
		dyn, data := v.interfaceWords()
		var r interface{}
		e := (*emptyInterface)(unsafe.Pointer(&r))
		e.typ = dyn
		e.data = data
		return r
	}
	var r interface{}
	e := (*emptyInterface)(unsafe.Pointer(&r))
	switch {
	case v.typ.pointerShaped():
		e.data = *(*unsafe.Pointer)(v.ptr)
	case v.mode&canAddr != 0:
		p := unsafeNew(v.typ)
		typedmemmove(v.typ, p, v.ptr)
		e.data = p
	default:
		e.data = v.ptr
	}
	e.typ = v.typ
	return r
}

// interfaceWords reads the interface value of interface type v.typ at v.ptr: its dynamic type
// and data word.
func (v Value) interfaceWords() (*rtype, unsafe.Pointer) {
	if v.typ.imethodCount() == 0 {
		e := (*emptyInterface)(v.ptr)
		return e.typ, e.data
	}
	i := (*nonEmptyInterface)(v.ptr)
	if i.tab == nil {
		return nil, nil
	}
	return i.tab.typ, i.data
}

func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return *(*bool)(v.ptr)
}

func (v Value) Int() int64 {
	p := v.ptr
	switch v.Kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	v.fail("Int")
	return 0
}

func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	v.fail("Uint")
	return 0
}

func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	v.fail("Float")
	return 0
}

func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	v.fail("Complex")
	return 0
}

// String is a string Value's contents; for other kinds, "<T Value>" (as fmt's %v of a Value
// never needs, but Stringer-style printing does).
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.typ.str + " Value>"
}

// Bytes is a []byte Value's slice (or an addressable byte array's bytes).
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ.elem.kindOf() == Uint8 {
			return *(*[]byte)(v.ptr)
		}
	case Array:
		if v.typ.elem.kindOf() == Uint8 && v.CanAddr() {
			n := int(v.typ.len)
			if n == 0 {
				return []byte{}
			}
			return (*[1 << 40]byte)(v.ptr)[:n:n]
		}
	}
	v.fail("Bytes")
	return nil
}

// Pointer is the address a pointer-like value holds, as a uintptr.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Func:
		return uintptr(v.funcCode())
	case Pointer, Map, Chan, UnsafePointer, Slice:
		return uintptr(*(*unsafe.Pointer)(v.ptr))
	}
	v.fail("Pointer")
	return 0
}

// funcCode is what Pointer reports for a func: as gc, the code's address (a func value points to
// its closure object, whose first word is the code; a method Value's code is its method's), nil
// for a nil func.
func (v Value) funcCode() unsafe.Pointer {
	if v.mode&boundMethodMode != 0 {
		return (*boundMethod)(v.ptr).code
	}
	closure := *(*unsafe.Pointer)(v.ptr)
	if closure == nil {
		return nil
	}
	return *(*unsafe.Pointer)(closure)
}

// UnsafePointer is Pointer as an unsafe.Pointer.
func (v Value) UnsafePointer() unsafe.Pointer {
	switch v.Kind() {
	case Func:
		return v.funcCode()
	case Pointer, Map, Chan, UnsafePointer, Slice:
		return *(*unsafe.Pointer)(v.ptr)
	}
	v.fail("UnsafePointer")
	return nil
}

// UnsafeAddr is the address of an addressable value.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		v.fail("UnsafeAddr")
	}
	if !v.CanAddr() {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

func (v Value) IsNil() bool {
	switch v.Kind() {
	case Pointer, Map, Chan, UnsafePointer, Func, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	case Interface:
		t, _ := v.interfaceWords()
		return t == nil
	}
	v.fail("IsNil")
	return false
}

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// stringHeader is the layout of a string value.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

func (v Value) Len() int {
	switch v.Kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case Array:
		return int(v.typ.len)
	case String:
		return (*stringHeader)(v.ptr).len
	case Map:
		return maplen(*(*unsafe.Pointer)(v.ptr))
	case Chan:
		// gosharp: channels are not implemented yet.
		return 0
	case Pointer:
		if v.typ.elem.kindOf() == Array {
			return int(v.typ.elem.len)
		}
	}
	v.fail("Len")
	return 0
}

func (v Value) Cap() int {
	switch v.Kind() {
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Array:
		return int(v.typ.len)
	case Chan:
		return 0
	case Pointer:
		if v.typ.elem.kindOf() == Array {
			return int(v.typ.elem.len)
		}
	}
	v.fail("Cap")
	return 0
}

// Index is element i of an array, slice or string.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		return Value{et, add(v.ptr, uintptr(i)*et.size), v.mode}
	case Slice:
		h := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		return Value{et, add(h.data, uintptr(i)*et.size), canAddr | v.mode&readOnly}
	case String:
		h := (*stringHeader)(v.ptr)
		if uint(i) >= uint(h.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, add(h.data, uintptr(i)), v.mode & readOnly}
	}
	v.fail("Index")
	return Value{}
}

var uint8Type = TypeOf(uint8(0)).common()

// Slice is v[i:j] of an array (addressable), slice or string.
func (v Value) Slice(i, j int) Value {
	var base unsafe.Pointer
	var capacity int
	var st *rtype
	switch v.Kind() {
	case Array:
		if !v.CanAddr() {
			panic("reflect.Value.Slice: slice of unaddressable array")
		}
		base, capacity = v.ptr, int(v.typ.len)
		st = sliceOfArrayType(v.typ)
	case Slice:
		h := (*sliceHeader)(v.ptr)
		base, capacity, st = h.data, h.cap, v.typ
	case String:
		h := (*stringHeader)(v.ptr)
		if i < 0 || j < i || j > h.len {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		s := new(string)
		*s = (*(*string)(v.ptr))[i:j]
		return Value{v.typ, unsafe.Pointer(s), v.mode & readOnly}
	default:
		v.fail("Slice")
	}
	if i < 0 || j < i || j > capacity {
		panic("reflect.Value.Slice: slice index out of bounds")
	}
	h := new(sliceHeader)
	h.len = j - i
	h.cap = capacity - i
	if h.cap > 0 {
		h.data = add(base, uintptr(i)*st.elem.size)
	} else {
		h.data = base
	}
	return Value{st, unsafe.Pointer(h), v.mode & readOnly}
}

// sliceOfArrayType finds []E for an array type [N]E.
// gosharp: only possible when the program has a []E descriptor the runtime can reach; until the
// compiler links T to []T, slicing arrays through reflect is not supported.
func sliceOfArrayType(t *rtype) *rtype {
	panic("reflect.Value.Slice: gosharp cannot make the slice type of " + t.str + " at run time")
}

// Field is field i of a struct.
func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if uint(i) >= uint(v.typ.fieldCount()) {
		panic("reflect: Field index out of range")
	}
	f := v.typ.fieldAt(i)
	mode := v.mode
	if f.pkgpath != "" {
		mode |= readOnly
	}
	return Value{f.typ, add(v.ptr, f.offset), mode}
}

func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return v.typ.fieldCount()
}

// FieldByName is the struct field with the given name (including promoted fields through
// embedded structs), or the zero Value.
func (v Value) FieldByName(name string) Value {
	v.mustBe("FieldByName", Struct)
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByIndex follows a path of field indexes, through embedded pointers too.
func (v Value) FieldByIndex(index []int) Value {
	for depth, i := range index {
		if depth > 0 && v.Kind() == Pointer && v.typ.elem.kindOf() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

// Elem is the value a pointer points to, or the value an interface holds.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := *(*unsafe.Pointer)(v.ptr)
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, canAddr | v.mode&readOnly}
	case Interface:
		t, data := v.interfaceWords()
		return fromInterfaceWords(t, data, v.mode&readOnly)
	}
	v.fail("Elem")
	return Value{}
}

// Addr is a pointer to an addressable value.
// gosharp: for values of defined types only (see ptrTo).
func (v Value) Addr() Value {
	if !v.CanAddr() {
		panic("reflect.Value.Addr of unaddressable value")
	}
	pt := ptrTo(v.typ)
	p := new(unsafe.Pointer)
	*p = v.ptr
	return Value{pt, unsafe.Pointer(p), v.mode & readOnly}
}

// NumMethod is the number of exported methods in v's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		v.fail("NumMethod")
	}
	return v.typ.NumMethod()
}

// Indirect is the value v points to, or v itself when it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// Zero is the zero value of t (not addressable).
func Zero(t Type) Value {
	if t == nil {
		panic("reflect: Zero(nil)")
	}
	rt := t.common()
	return Value{rt, unsafeNew(rt), 0}
}

// New is a pointer to a new zero value of t.
func New(t Type) Value {
	if t == nil {
		panic("reflect: New(nil)")
	}
	rt := t.common()
	pt := ptrTo(rt)
	p := new(unsafe.Pointer)
	*p = unsafeNew(rt)
	return Value{pt, unsafe.Pointer(p), 0}
}

// ptrTo finds the descriptor of *t: descriptors of defined types link to it.
// gosharp: unnamed types have no such link (the compiler cannot know which pointer types a
// program will ask for at run time), so New and Addr work for defined types only.
func ptrTo(t *rtype) *rtype {
	if t.ptrToThis != nil {
		return t.ptrToThis
	}
	panic("reflect: gosharp cannot make the type *" + t.str + " at run time")
}
