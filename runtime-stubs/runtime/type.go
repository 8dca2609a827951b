package runtime

import "unsafe"

// Type descriptors. The compiler emits one read-only _type per type that needs one (a value of the
// type is put in an interface, a map has it as key or element, new/make need its layout...), named
// "type:" + the type's string with full package paths ("type:main.T", "type:[]int"), DUPOK so that
// every package's copy of a type is the same object at link time. Type identity at run time is
// pointer identity of descriptors.
//
// All kinds share one fixed layout (the compiler writes it field by field; keep them in sync:
// compiler/IR/Build/TypeDescriptors.cs):
//
//	off  field
//	  0  size      uintptr    bytes of a value
//	  8  ptrdata   uintptr    length of the prefix that can hold pointers (0: none)
//	 16  hash      uint32     hash of the type string
//	 20  kind      uint8      kind (the reflect.Kind numbers) | kindDirectIface
//	 21  align     uint8
//	 22  flags     uint8      tflagUncommon when uncommon != nil
//	 23  pad
//	 24  equal     unsafe.Pointer  func(p, q unsafe.Pointer) bool closure, nil when not comparable
//	 32  gcdata    *byte      pointer bitmap: bit i (LSB first in each byte) set when word i may
//	                          hold a pointer, for the words below ptrdata; nil when ptrdata is 0
//	 40  str       string     the type's string, as printed ("main.T", "*main.T", "[]int")
//	 56  elem      *_type     element of pointer, slice, array, chan, map
//	 64  key       *_type     key of a map
//	 72  len       uintptr    array length; chan direction
//	 80  uncommon  *uncommontype  package path and methods: every defined type, and pointers to
//	                          those with methods
//	 88  extra     unsafe.Pointer  struct: *structFields; interface: *interfaceMethods; func: *funcSig
//	 96  ptrToThis *_type     *T, for a defined type T (nil for others)
//
// size 104. flags: tflagUncommon (uncommon != nil), tflagNamed (defined and predeclared types),
// tflagComparable.
type _type struct {
	size     uintptr
	ptrdata  uintptr
	hash     uint32
	kind     uint8
	align    uint8
	flags    uint8
	_        uint8
	equal    unsafe.Pointer
	gcdata   *byte
	str      string
	elem     *_type
	key      *_type
	len      uintptr
	uncommon  *uncommontype
	extra     unsafe.Pointer
	ptrToThis *_type
}

const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPtr           = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26

	// kindDirectIface: values of the type are stored directly in an interface's data word (pointer-shaped types).
	kindDirectIface = 1 << 5
	kindMask        = (1 << 5) - 1

	tflagUncommon = 1
	tflagNamed    = 2
	// tflagComparable: == is defined on the type (a struct's or array's may still panic for an
	// interface inside holding an uncomparable dynamic type).
	tflagComparable = 4
)

// uncommontype lists a type's methods, sorted by name.
//
//	off  field
//	  0  pkgpath  string
//	 16  mcount   uintptr
//	 24  methods  *[mcount]method
//	 32  ftypes   *[mcount]*_type  each method's func type with the receiver as first parameter
//	                               (reflect's Method.Type and Method.Func)
type uncommontype struct {
	pkgpath string
	mcount  uintptr
	methods unsafe.Pointer
	ftypes  unsafe.Pointer
}

// method is one entry of a method table.
//
//	off  field
//	  0  name  string   the method's name (qualified "pkgpath.name" when unexported)
//	 16  mtyp  *_type   its func type, without receiver
//	 24  ifn   unsafe.Pointer  code for calls through an interface: takes the interface's data word
//	                           as receiver (a pointer-receiver wrapper for value methods of
//	                           non-pointer-shaped types)
type method struct {
	name string
	mtyp *_type
	ifn  unsafe.Pointer
}

// structFields describes a struct's fields.
//
//	off  field
//	  0  count   uintptr
//	  8  fields  *[count]structField
type structFields struct {
	count  uintptr
	fields unsafe.Pointer
}

//	off  field
//	  0  name      string
//	 16  typ       *_type
//	 24  offset    uintptr
//	 32  embedded  uintptr (1 when embedded)
//	 40  tag       string
//	 56  pkgpath   string  the package path of an unexported field's name, "" for exported ones
//
// size 72.
type structField struct {
	name     string
	typ      *_type
	offset   uintptr
	embedded uintptr
	tag      string
	pkgpath  string
}

const structFieldSize = 72

// funcSig describes a func type: in parameters then out results, as type pointers.
//
//	off  field
//	  0  in        uintptr
//	  8  out       uintptr
//	 16  variadic  uintptr (1 when the last parameter is ...T)
//	 24  types     [in+out]*_type
type funcSig struct {
	in       uintptr
	out      uintptr
	variadic uintptr
	types    [1]*_type // really [in+out]
}

// interfaceMethods lists an interface type's methods, sorted by name (the itab order).
//
//	off  field
//	  0  count    uintptr
//	  8  methods  *[count]imethod
type interfaceMethods struct {
	count   uintptr
	methods unsafe.Pointer
}

//	off  field
//	  0  name  string
//	 16  typ   *_type   the method's func type
type imethod struct {
	name string
	typ  *_type
}

// itab is the first word of a non-empty interface value: the interface type, the dynamic type, and
// the code of the dynamic type's methods in the interface's method order. The compiler emits the
// itabs it can (named "go:itab.T,I"); getitab builds the others at run time.
//
//	off  field
//	  0  inter  *_type
//	  8  typ    *_type
//	 16  hash   uintptr (typ.hash)
//	 24  fun    [n]unsafe.Pointer
type itab struct {
	inter *_type
	typ   *_type
	hash  uintptr
	fun   [1]unsafe.Pointer // really [n]
}

// eface is the layout of an empty interface value; iface of a non-empty one.
type eface struct {
	typ  *_type
	data unsafe.Pointer
}

type iface struct {
	tab  *itab
	data unsafe.Pointer
}

func (t *_type) Kind() uint8 { return t.kind & kindMask }
