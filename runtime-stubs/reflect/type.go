// Package reflect lets a program inspect the types and values it holds in interfaces: the subset of
// Go's reflect that fmt and typical programs use, built on the compiler's type descriptors.
package reflect

import "unsafe"

// A Kind is the category of a type. The numbers are the descriptors' kind numbers.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name of Pointer.
const Ptr = Pointer

var kindNames = [...]string{
	Invalid: "invalid", Bool: "bool", Int: "int", Int8: "int8", Int16: "int16", Int32: "int32",
	Int64: "int64", Uint: "uint", Uint8: "uint8", Uint16: "uint16", Uint32: "uint32", Uint64: "uint64",
	Uintptr: "uintptr", Float32: "float32", Float64: "float64", Complex64: "complex64",
	Complex128: "complex128", Array: "array", Chan: "chan", Func: "func", Interface: "interface",
	Map: "map", Pointer: "ptr", Slice: "slice", String: "string", Struct: "struct",
	UnsafePointer: "unsafe.Pointer",
}

func (k Kind) String() string {
	if uint(k) < uint(len(kindNames)) {
		return kindNames[k]
	}
	return "kind" + itoa(int(k))
}

// ChanDir is a channel type's direction.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + itoa(int(d))
}

// Type describes a Go type. Its only implementation is *rtype, a compiler-written descriptor.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	Elem() Type
	Field(i int) StructField
	FieldByName(name string) (StructField, bool)
	FieldByIndex(index []int) StructField
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	In(i int) Type
	NumOut() int
	Out(i int) Type
	IsVariadic() bool

	common() *rtype
}

// Method is a method of a type: for a Type's Method, Func takes the receiver as first argument.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

// toType turns a descriptor pointer into a Type, keeping a nil *rtype a nil interface.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf is the dynamic type of i (nil for a nil interface).
func TypeOf(i interface{}) Type {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return toType(e.typ)
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Align() int      { return int(t.align) }
func (t *rtype) FieldAlign() int { return int(t.align) }
func (t *rtype) Size() uintptr   { return t.size }
func (t *rtype) String() string  { return t.str }
func (t *rtype) Kind() Kind      { return t.kindOf() }

// Name is a defined type's name within its package ("T" for main.T, "int"), "" for unnamed types.
func (t *rtype) Name() string {
	if !t.isNamed() {
		return ""
	}
	s := t.str
	// The package qualifier ends at the last '.' before any type argument list.
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			end = i
			break
		}
	}
	start := 0
	for i := end - 1; i >= 0; i-- {
		if s[i] == '.' {
			start = i + 1
			break
		}
	}
	return s[start:]
}

// PkgPath is a defined type's package path ("" for predeclared and unnamed types).
func (t *rtype) PkgPath() string {
	if !t.isNamed() || t.uncommon == nil {
		return ""
	}
	return t.uncommon.pkgpath
}

func (t *rtype) Bits() int {
	k := t.kindOf()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.str)
	}
	return int(t.size) * 8
}

func (t *rtype) ChanDir() ChanDir {
	if t.kindOf() != Chan {
		panic("reflect: ChanDir of non-chan type " + t.str)
	}
	// The descriptor holds the compiler's direction: 0 both, 1 send-only, 2 receive-only.
	switch t.len {
	case 1:
		return SendDir
	case 2:
		return RecvDir
	}
	return BothDir
}

func (t *rtype) Elem() Type {
	switch t.kindOf() {
	case Array, Chan, Map, Pointer, Slice:
		return toType(t.elem)
	}
	panic("reflect: Elem of invalid type " + t.str)
}

func (t *rtype) Key() Type {
	if t.kindOf() != Map {
		panic("reflect: Key of non-map type " + t.str)
	}
	return toType(t.key)
}

func (t *rtype) Len() int {
	if t.kindOf() != Array {
		panic("reflect: Len of non-array type " + t.str)
	}
	return int(t.len)
}

func (t *rtype) NumField() int {
	if t.kindOf() != Struct {
		panic("reflect: NumField of non-struct type " + t.str)
	}
	return t.fieldCount()
}

// NumMethod counts the exported methods of a concrete type's method set, or all methods of an
// interface type.
func (t *rtype) NumMethod() int {
	if t.kindOf() == Interface {
		return t.imethodCount()
	}
	n := 0
	u, count := t.methodTable()
	if u == nil {
		return 0
	}
	for i := uintptr(0); i < count; i++ {
		if isExportedName(t.methodAt(i).name) {
			n++
		}
	}
	return n
}

// Method is the i'th exported method (sorted by name). For a concrete type, Type is the method's
// func type with the receiver as first parameter and Func calls the method with the receiver as
// first argument (method.go); for an interface type, Type has no receiver and Func is the zero Value.
func (t *rtype) Method(i int) Method {
	if t.kindOf() == Interface {
		if i < 0 || i >= t.imethodCount() {
			panic("reflect: Method index out of range")
		}
		im := t.imethodAt(i)
		m := Method{Name: im.name, Type: toType(im.typ), Index: i}
		m.Name, m.PkgPath = splitMethodName(im.name)
		return m
	}
	if i < 0 || i >= t.NumMethod() {
		panic("reflect: Method index out of range")
	}
	return t.concreteMethod(i)
}

// exportedMethod is the i'th exported entry of t's method table.
func (t *rtype) exportedMethod(i int) *methodEntry {
	u, count := t.methodTable()
	n := 0
	for j := uintptr(0); u != nil && j < count; j++ {
		me := t.methodAt(j)
		if isExportedName(me.name) {
			if n == i {
				return me
			}
			n++
		}
	}
	panic("reflect: Method index out of range")
}

func (t *rtype) MethodByName(name string) (Method, bool) {
	for i := 0; i < t.NumMethod(); i++ {
		if m := t.Method(i); m.Name == name {
			return m, true
		}
	}
	return Method{}, false
}

// splitMethodName separates "pkgpath.name" (an unexported method) into name and package path.
func splitMethodName(s string) (name, pkgPath string) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:], s[:i]
		}
	}
	return s, ""
}

// Implements reports whether t's method set includes every method of interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// implements walks both name-sorted method lists together.
func implements(inter, t *rtype) bool {
	n := inter.imethodCount()
	if n == 0 {
		return true
	}
	if t.kindOf() == Interface {
		j, m := 0, t.imethodCount()
		for i := 0; i < n; i++ {
			want := inter.imethodAt(i)
			for j < m && t.imethodAt(j).name != want.name {
				j++
			}
			if j == m || t.imethodAt(j).typ != want.typ {
				return false
			}
		}
		return true
	}
	u, count := t.methodTable()
	if u == nil {
		return false
	}
	j := uintptr(0)
	for i := 0; i < n; i++ {
		want := inter.imethodAt(i)
		for j < count && t.methodAt(j).name != want.name {
			j++
		}
		if j == count || t.methodAt(j).mtyp != want.typ {
			return false
		}
	}
	return true
}

// AssignableTo reports whether a value of type t can be assigned to a variable of type u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	return assignable(u.common(), t)
}

func assignable(dst, src *rtype) bool {
	if dst == src {
		return true
	}
	if dst.kindOf() == Interface {
		return implements(dst, src)
	}
	// Identical underlying types, at least one of them unnamed.
	if dst.isNamed() && src.isNamed() {
		return false
	}
	return sameUnderlying(dst, src)
}

// sameUnderlying compares the structure two descriptors describe: their kinds and, for composite
// types, their component types (identical types share descriptors).
func sameUnderlying(a, b *rtype) bool {
	if a == b {
		return true
	}
	k := a.kindOf()
	if k != b.kindOf() {
		return false
	}
	switch k {
	case Pointer, Slice:
		return a.elem == b.elem
	case Array:
		return a.elem == b.elem && a.len == b.len
	case Chan:
		return a.elem == b.elem && a.len == b.len
	case Map:
		return a.elem == b.elem && a.key == b.key
	case Struct:
		n := a.fieldCount()
		if n != b.fieldCount() {
			return false
		}
		for i := 0; i < n; i++ {
			fa, fb := a.fieldAt(i), b.fieldAt(i)
			if fa.name != fb.name || fa.typ != fb.typ || fa.offset != fb.offset || fa.embedded != fb.embedded {
				return false
			}
		}
		return true
	case Func:
		sa, sb := (*funcSig)(a.extra), (*funcSig)(b.extra)
		if sa.in != sb.in || sa.out != sb.out || sa.variadic != sb.variadic {
			return false
		}
		for i := 0; i < int(sa.in+sa.out); i++ {
			if sa.types[i] != sb.types[i] {
				return false
			}
		}
		return true
	case Interface:
		n := a.imethodCount()
		if n != b.imethodCount() {
			return false
		}
		for i := 0; i < n; i++ {
			ma, mb := a.imethodAt(i), b.imethodAt(i)
			if ma.name != mb.name || ma.typ != mb.typ {
				return false
			}
		}
		return true
	}
	return true // basic kinds
}

// ConvertibleTo reports whether a value of type t converts to u (the common cases).
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	dst := u.common()
	if assignable(dst, t) || sameUnderlying(dst, t) {
		return true
	}
	sk, dk := t.kindOf(), dst.kindOf()
	switch {
	case isNumeric(sk) && isNumeric(dk):
		return (sk >= Complex64) == (dk >= Complex64)
	case dk == String && (sk >= Int && sk <= Uintptr):
		return true
	case dk == String && sk == Slice:
		ek := t.elem.kindOf()
		return (ek == Uint8 || ek == Int32) && !t.elem.declaredInPackage()
	case sk == String && dk == Slice:
		ek := dst.elem.kindOf()
		return (ek == Uint8 || ek == Int32) && !dst.elem.declaredInPackage()
	case sk == Pointer && dk == Pointer:
		return !t.isNamed() && !dst.isNamed() && sameUnderlying(t.elem, dst.elem)
	case sk == Slice && dk == Pointer && dst.elem.kindOf() == Array:
		return dst.elem.elem == t.elem
	}
	return false
}

// declaredInPackage reports whether t is a type some package defines (not predeclared): string
// conversions accept slices of byte and rune, or of unnamed types with those kinds, only.
func (t *rtype) declaredInPackage() bool {
	return t.isNamed() && t.PkgPath() != ""
}

func isNumeric(k Kind) bool { return k >= Int && k <= Complex128 }

// Comparable reports whether values of t can be compared with ==.
func (t *rtype) Comparable() bool { return t.flags&tflagComparable != 0 }

// The signature of a func type.

func (t *rtype) signature(method string) *funcSig {
	if t.kindOf() != Func {
		panic("reflect: " + method + " of non-func type " + t.str)
	}
	return (*funcSig)(t.extra)
}

func (t *rtype) NumIn() int  { return int(t.signature("NumIn").in) }
func (t *rtype) NumOut() int { return int(t.signature("NumOut").out) }

func (t *rtype) IsVariadic() bool { return t.signature("IsVariadic").variadic != 0 }

func (t *rtype) In(i int) Type {
	sig := t.signature("In")
	if uint(i) >= uint(sig.in) {
		panic("reflect: Function index out of range")
	}
	return toType(sig.types[i])
}

func (t *rtype) Out(i int) Type {
	sig := t.signature("Out")
	if uint(i) >= uint(sig.out) {
		panic("reflect: Function index out of range")
	}
	return toType(sig.types[int(sig.in)+i])
}
