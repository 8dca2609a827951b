package reflect

import "unsafe"

// The compiler's type descriptors, as reflect reads them. These mirror runtime._type and the tables
// hanging off it (runtime-stubs/runtime/type.go documents the layout; the compiler writes it in
// compiler/IR/Build/TypeDescriptors.cs). A *rtype is the one descriptor of its type in the program,
// so two types are identical exactly when their *rtype pointers are equal.

type rtype struct {
	size      uintptr
	ptrdata   uintptr
	hash      uint32
	kind      uint8
	align     uint8
	flags     uint8
	_         uint8
	equal     unsafe.Pointer
	gcdata    *byte
	str       string
	elem      *rtype
	key       *rtype
	len       uintptr
	uncommon  *uncommonType
	extra     unsafe.Pointer
	ptrToThis *rtype // *T for a defined type T, nil otherwise
}

const (
	kindDirectIface = 1 << 5 // the value itself is an interface's data word (pointer-shaped types)
	kindMask        = 1<<5 - 1

	tflagUncommon   = 1
	tflagNamed      = 2 // a defined or predeclared type
	tflagComparable = 4 // == is defined on the type
)

type uncommonType struct {
	pkgpath string
	mcount  uintptr
	methods unsafe.Pointer // *[mcount]methodEntry, sorted by name
	ftypes  unsafe.Pointer // *[mcount]*rtype: each method's func type with the receiver first
}

type methodEntry struct {
	name string // "pkgpath.name" when unexported
	mtyp *rtype // the method's func type without receiver
	ifn  unsafe.Pointer
}

type fieldList struct {
	count  uintptr
	fields unsafe.Pointer // *[count]fieldEntry
}

type fieldEntry struct {
	name     string
	typ      *rtype
	offset   uintptr
	embedded uintptr
	tag      string
	pkgpath  string // of an unexported field's name; "" for exported fields
}

// funcSig is a func type's signature: in parameter types then out result types.
type funcSig struct {
	in       uintptr
	out      uintptr
	variadic uintptr
	types    [1 << 16]*rtype // really [in+out]
}

type imethodList struct {
	count   uintptr
	methods unsafe.Pointer // *[count]imethodEntry, sorted by name
}

type imethodEntry struct {
	name string
	typ  *rtype
}

// The layouts of interface values.
type emptyInterface struct {
	typ  *rtype
	data unsafe.Pointer
}

type itab struct {
	inter *rtype
	typ   *rtype
	hash  uintptr
	fun   [1]unsafe.Pointer
}

type nonEmptyInterface struct {
	tab  *itab
	data unsafe.Pointer
}

func add(p unsafe.Pointer, off uintptr) unsafe.Pointer { return unsafe.Pointer(uintptr(p) + off) }

func (t *rtype) kindOf() Kind { return Kind(t.kind & kindMask) }

// pointerShaped reports whether a value of t is stored directly in an interface's data word.
func (t *rtype) pointerShaped() bool { return t.kind&kindDirectIface != 0 }

func (t *rtype) methodTable() (*uncommonType, uintptr) {
	if t.flags&tflagUncommon == 0 || t.uncommon == nil {
		return nil, 0
	}
	return t.uncommon, t.uncommon.mcount
}

func (t *rtype) methodAt(i uintptr) *methodEntry {
	return (*methodEntry)(add(t.uncommon.methods, i*unsafe.Sizeof(methodEntry{})))
}

func (t *rtype) fieldCount() int {
	if t.kindOf() != Struct || t.extra == nil {
		return 0
	}
	return int((*fieldList)(t.extra).count)
}

func (t *rtype) fieldAt(i int) *fieldEntry {
	fl := (*fieldList)(t.extra)
	return (*fieldEntry)(add(fl.fields, uintptr(i)*unsafe.Sizeof(fieldEntry{})))
}

func (t *rtype) imethodCount() int {
	if t.kindOf() != Interface || t.extra == nil {
		return 0
	}
	return int((*imethodList)(t.extra).count)
}

func (t *rtype) imethodAt(i int) *imethodEntry {
	ml := (*imethodList)(t.extra)
	return (*imethodEntry)(add(ml.methods, uintptr(i)*unsafe.Sizeof(imethodEntry{})))
}

// isNamed reports whether t is a defined type (or a predeclared one such as int or error).
func (t *rtype) isNamed() bool { return t.flags&tflagNamed != 0 }

// isExportedName reports whether a method table name is exported: unexported names are
// qualified by their package path ("main.m").
func isExportedName(name string) bool {
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return false
		}
	}
	return true
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [24]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}
