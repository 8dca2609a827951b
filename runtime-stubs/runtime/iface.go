package runtime

import "unsafe"

// Interfaces: itabs found or built at run time, boxing, and interface equality.

// convT copies a value of type t (at src) into a new heap object: an interface's data word for
// types that are not pointer-shaped.
func convT(t *_type, src unsafe.Pointer) unsafe.Pointer {
	p := mallocgc(t.size, t, false)
	memmove(p, src, t.size)
	return p
}

// itabType is the dynamic type of a non-empty interface with itab tab (nil for a nil interface).
func itabType(tab *itab) *_type {
	if tab == nil {
		return nil
	}
	return tab.typ
}

// convI2I converts a non-empty interface with itab tab to interface type inter.
func convI2I(inter *_type, tab *itab) *itab {
	if tab == nil {
		return nil
	}
	if tab.inter == inter {
		return tab
	}
	return getitab(inter, tab.typ, false)
}

// convE2I converts an empty interface whose dynamic type is t to interface type inter.
func convE2I(inter *_type, t *_type) *itab {
	if t == nil {
		return nil
	}
	return getitab(inter, t, false)
}

// itabTable caches the itabs built at run time, chained in a small hash table.
type itabEntry struct {
	tab  *itab
	next *itabEntry
}

var itabBuckets [256]*itabEntry

// getitab returns the itab of dynamic type t for interface type inter, building it when t has all
// of inter's methods; nil when it does not and canfail, else a run-time error.
func getitab(inter *_type, t *_type, canfail bool) *itab {
	h := (uintptr(unsafe.Pointer(inter)) ^ uintptr(t.hash)) >> 4 & 255
	for e := itabBuckets[h]; e != nil; e = e.next {
		if e.tab.inter == inter && e.tab.typ == t {
			return e.tab
		}
	}
	im := (*interfaceMethods)(inter.extra)
	n := im.count
	tab := (*itab)(mallocgc(24 + 8*n, nil, false))
	tab.inter = inter
	tab.typ = t
	tab.hash = uintptr(t.hash)
	var missing string
	var u *uncommontype
	if t.flags&tflagUncommon != 0 {
		u = t.uncommon
	}
	j := uintptr(0)
	for i := uintptr(0); i < n; i++ {
		want := (*imethod)(unsafe.Pointer(uintptr(im.methods) + i*24))
		found := false
		// Both lists are sorted by name: walk them together.
		for u != nil && j < u.mcount {
			m := (*method)(unsafe.Pointer(uintptr(u.methods) + j*32))
			j++
			if m.name == want.name {
				if m.mtyp == want.typ {
					*(*unsafe.Pointer)(unsafe.Pointer(uintptr(unsafe.Pointer(&tab.fun)) + i*8)) = m.ifn
					found = true
				}
				break
			}
		}
		if !found {
			missing = want.name
			break
		}
	}
	if missing != "" {
		if canfail {
			return nil
		}
		printlock()
		printstring("panic: interface conversion: ")
		printstring(t.str)
		printstring(" is not ")
		printstring(inter.str)
		printstring(": missing method ")
		printstring(missing)
		runtimeErrorEnd()
	}
	e := new(itabEntry)
	e.tab = tab
	e.next = itabBuckets[h]
	itabBuckets[h] = e
	return tab
}

// efaceeq reports whether two empty interfaces are equal: same dynamic type, equal values.
func efaceeq(xt *_type, xd unsafe.Pointer, yt *_type, yd unsafe.Pointer) bool {
	if xt != yt {
		return false
	}
	if xt == nil {
		return true
	}
	return valueeq(xt, xd, yd)
}

// ifaceeq is efaceeq for non-empty interfaces.
func ifaceeq(xtab *itab, xd unsafe.Pointer, ytab *itab, yd unsafe.Pointer) bool {
	if xtab != ytab {
		if xtab == nil || ytab == nil || xtab.typ != ytab.typ {
			return false
		}
	}
	if xtab == nil {
		return true
	}
	return valueeq(xtab.typ, xd, yd)
}

// valueeq compares two data words of dynamic type t.
func valueeq(t *_type, xd, yd unsafe.Pointer) bool {
	if t.flags&tflagComparable == 0 {
		panicmsg("comparing uncomparable type " + t.str)
	}
	if t.kind&kindDirectIface != 0 {
		return xd == yd
	}
	return keyequal(t, xd, yd)
}

// assertE2I2 is the itab of dynamic type t for interface type inter, or nil when t lacks a method
// (or t is nil): v, ok := x.(I) and type switch cases on interfaces.
func assertE2I2(inter *_type, t *_type) *itab {
	if t == nil {
		return nil
	}
	return getitab(inter, t, true)
}

// A TypeAssertionError explains a failed type assertion (gc's runtime.TypeAssertionError).
type TypeAssertionError struct {
	iface   *_type
	have    *_type
	want    *_type
	missing string
}

func (e *TypeAssertionError) RuntimeError() {}

func (e *TypeAssertionError) Error() string {
	inter := "interface"
	if e.iface != nil {
		inter = e.iface.str
	}
	if e.have == nil {
		return "interface conversion: " + inter + " is nil, not " + e.want.str
	}
	if e.missing != "" {
		return "interface conversion: " + e.have.str + " is not " + e.want.str + ": missing method " + e.missing
	}
	msg := "interface conversion: " + inter + " is " + e.have.str + ", not " + e.want.str
	if e.have.str == e.want.str {
		// Two types that print alike: declared in different packages, or in different functions.
		if typePkgPath(e.have) != typePkgPath(e.want) {
			msg += " (types from different packages)"
		} else {
			msg += " (types from different scopes)"
		}
	}
	return msg
}

// typePkgPath is the path of the package declaring a defined type, or for a struct type that of its
// unexported fields (struct{ x int } of two packages are two types), as gc's _type.pkgpath; "" for others.
func typePkgPath(t *_type) string {
	if t.flags&tflagUncommon != 0 && t.flags&tflagNamed != 0 {
		return t.uncommon.pkgpath
	}
	if t.Kind() == kindStruct && t.extra != nil {
		fs := (*structFields)(t.extra)
		for i := uintptr(0); i < fs.count; i++ {
			f := (*structField)(unsafe.Pointer(uintptr(fs.fields) + i*structFieldSize))
			if f.pkgpath != "" {
				return f.pkgpath
			}
		}
	}
	return ""
}

// panicdottype panics for a failed x.(T): have is x's dynamic type, want is T, iface is x's type.
func panicdottype(have, want, iface *_type) {
	e := new(TypeAssertionError)
	e.iface = iface
	e.have = have
	e.want = want
	if have != nil && want.Kind() == kindInterface {
		e.missing = missingMethod(want, have)
	}
	var err interface{} = e
	gopanic(err)
}

// missingMethod is the first method of interface type inter that t does not have.
func missingMethod(inter *_type, t *_type) string {
	im := (*interfaceMethods)(inter.extra)
	for i := uintptr(0); i < im.count; i++ {
		want := (*imethod)(unsafe.Pointer(uintptr(im.methods) + i*24))
		found := false
		if t.flags&tflagUncommon != 0 {
			u := t.uncommon
			for j := uintptr(0); j < u.mcount; j++ {
				m := (*method)(unsafe.Pointer(uintptr(u.methods) + j*32))
				if m.name == want.name && m.mtyp == want.typ {
					found = true
					break
				}
			}
		}
		if !found {
			// gc's message names the method alone, also an unexported one ("pkgpath.name" here).
			name := want.name
			for k := len(name) - 1; k >= 0; k-- {
				if name[k] == '.' {
					return name[k+1:]
				}
			}
			return name
		}
	}
	return ""
}
