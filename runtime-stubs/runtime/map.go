package runtime

import "unsafe"

// Maps. A map is a *hmap: its entries live in a dense array, in insertion order (holes where entries
// were deleted), and an open-addressing index table of int32 slots (linear probing) finds a key's
// entry by hash. Growing rebuilds the index and moves the live entries to a new array.
//
// Iteration walks the entry array from a random start, wrapping around, so programs cannot depend on
// order (as gc randomizes). If the map changes during iteration (a new entry array), the iterator
// keeps walking the array it started with but checks each key against the map as it is now: an
// entry deleted before it is reached is skipped, values are read fresh, and entries added meanwhile
// may or may not be produced, as the spec allows.
//
// Entry layout, for key type K and element type E: hash uint64 (0 for a deleted entry), then the
// key at keyOff, then the element at elemOff, entrySize bytes in all.

type hmap struct {
	count   int            // live entries: len(m)
	entries unsafe.Pointer // [entryCap]entry
	used    int            // entries written (live and deleted)
	cap     int            // entry array capacity
	index   unsafe.Pointer // [indexSize]int32: entry number + 1, or 0 for an empty slot
	mask    uintptr        // indexSize - 1
	seed    uintptr
	version uintptr // changes when entries move
	lay     *mapLayout
}

// mapLayout caches a map type's entry layout.
type mapLayout struct {
	key, elem         *_type
	keyOff, elemOff   uintptr
	entrySize         uintptr
	entryType         *_type // for the collector: an array of these is what entries points to
}

// hiter is a range statement's state; the compiler allocates it and reads key and elem.
type hiter struct {
	key     unsafe.Pointer // nil when done
	elem    unsafe.Pointer
	m       *hmap
	entries unsafe.Pointer
	used    int
	start   int
	i       int
	version uintptr
	keycopy unsafe.Pointer
}

// zeroVal is what reading a missing key returns a pointer to (types up to its size).
var zeroVal [1024]byte

var hashSeed uintptr

func layoutOf(t *_type) *mapLayout {
	l := new(mapLayout)
	l.key = t.key
	l.elem = t.elem
	l.keyOff = alignUp(8, uintptr(l.key.align))
	l.elemOff = alignUp(l.keyOff+l.key.size, uintptr(l.elem.align))
	l.entrySize = alignUp(l.elemOff+l.elem.size, 8)
	l.entryType = entryType(l)
	return l
}

// entryType describes an entry for the collector: size and pointer bitmap of hash, key and element
// at their offsets (the entry array is allocated as an array of these).
func entryType(l *mapLayout) *_type {
	t := new(_type)
	t.size = l.entrySize
	t.align = 8
	t.kind = kindStruct
	words := l.entrySize / 8
	bits := (*[1 << 16]byte)(mallocgc((words+7)/8, nil, true))
	var last uintptr
	copyBits := func(src *_type, off uintptr) {
		for w := uintptr(0); w < src.ptrdata/8; w++ {
			if src.gcdata != nil && *(*byte)(unsafe.Pointer(uintptr(unsafe.Pointer(src.gcdata)) + w/8))&(1<<(w%8)) != 0 {
				dw := off/8 + w
				bits[dw/8] |= 1 << (dw % 8)
				if (dw+1)*8 > last {
					last = (dw + 1) * 8
				}
			}
		}
	}
	copyBits(l.key, l.keyOff)
	copyBits(l.elem, l.elemOff)
	t.ptrdata = last
	if last > 0 {
		t.gcdata = &bits[0]
	}
	return t
}

func alignUp(n, a uintptr) uintptr {
	if a <= 1 {
		return n
	}
	return (n + a - 1) &^ (a - 1)
}

// makemap is make(map[K]E, hint).
func makemap(t *_type, hint int) *hmap {
	if hint < 0 {
		panicmsg("makemap: size out of range")
	}
	return initmap(t, hint, new(hmap))
}

// makemapInFrame is make(map[K]E, hint) for a map that escape analysis keeps in the caller's
// frame: m is its zeroed header there (the compiler sizes it as hmap: 9 words, FuncBuilder.Composite.cs).
func makemapInFrame(t *_type, hint int, m *hmap) *hmap {
	if hint < 0 {
		panicmsg("makemap: size out of range")
	}
	return initmap(t, hint, m)
}

func initmap(t *_type, hint int, m *hmap) *hmap {
	m.lay = layoutOf(t)
	if hashSeed == 0 {
		hashSeed = uintptr(nanotime()) | 1
	}
	hashSeed = hashSeed*6364136223846793005 + 1442695040888963407
	m.seed = hashSeed
	if hint > 0 {
		m.grow(hint)
	}
	return m
}

func (m *hmap) entry(i int) unsafe.Pointer {
	return unsafe.Pointer(uintptr(m.entries) + uintptr(i)*m.lay.entrySize)
}

func (m *hmap) slot(i uintptr) *int32 {
	return (*int32)(unsafe.Pointer(uintptr(m.index) + i*4))
}

// grow makes room for at least n live entries: a new entry array (live entries moved, in order)
// and a new index with load factor at most 3/4.
func (m *hmap) grow(n int) {
	newCap := 8
	for newCap < n {
		newCap *= 2
	}
	l := m.lay
	var et *_type
	if l.entryType.ptrdata > 0 {
		et = l.entryType
	}
	entries := mallocgc(uintptr(newCap)*l.entrySize, et, true)
	size := uintptr(16)
	for size*3 < uintptr(newCap)*4 {
		size *= 2
	}
	index := mallocgc(size*4, nil, true)
	j := 0
	for i := 0; i < m.used; i++ {
		e := m.entry(i)
		if *(*uint64)(e) == 0 {
			continue
		}
		memmove(unsafe.Pointer(uintptr(entries)+uintptr(j)*l.entrySize), e, l.entrySize)
		j++
	}
	m.entries = entries
	m.cap = newCap
	m.used = j
	m.index = index
	m.mask = size - 1
	m.version++
	for i := 0; i < j; i++ {
		h := uintptr(*(*uint64)(m.entry(i)))
		p := h & m.mask
		for *m.slot(p) != 0 {
			p = (p + 1) & m.mask
		}
		*m.slot(p) = int32(i + 1)
	}
}

// find returns the entry number holding key, or -1, and the index slot where the search ended.
func (m *hmap) find(key unsafe.Pointer, h uint64) (int, uintptr) {
	p := uintptr(h) & m.mask
	for {
		s := *m.slot(p)
		if s == 0 {
			return -1, p
		}
		if s > 0 {
			e := m.entry(int(s - 1))
			if *(*uint64)(e) == h && keyequal(m.lay.key, unsafe.Pointer(uintptr(e)+m.lay.keyOff), key) {
				return int(s - 1), p
			}
		}
		p = (p + 1) & m.mask
	}
}

func (m *hmap) hash(key unsafe.Pointer) uint64 {
	return typehash(m.lay.key, key, m.seed) | 1 // 0 marks deleted entries
}

// mapaccess1 is m[key]: a pointer to the element, or to zeroes when key is absent.
func mapaccess1(t *_type, m *hmap, key unsafe.Pointer) unsafe.Pointer {
	p, _ := mapaccess2(t, m, key)
	return p
}

// mapaccess2 is v, ok := m[key].
func mapaccess2(t *_type, m *hmap, key unsafe.Pointer) (unsafe.Pointer, bool) {
	if m == nil || m.count == 0 {
		checkHashable(t.key, key)
		return zeroFor(t.elem), false
	}
	i, _ := m.find(key, m.hash(key))
	if i < 0 {
		return zeroFor(t.elem), false
	}
	return unsafe.Pointer(uintptr(m.entry(i)) + m.lay.elemOff), true
}

// checkHashable panics, as a lookup in a non-empty map would, when key holds an interface whose
// dynamic type cannot be hashed: gc hashes the key even for a nil or empty map.
func checkHashable(kt *_type, key unsafe.Pointer) {
	if kt.Kind() == kindInterface || kt.Kind() == kindStruct || kt.Kind() == kindArray {
		typehash(kt, key, 0)
	}
}

func zeroFor(t *_type) unsafe.Pointer {
	if t.size <= uintptr(len(zeroVal)) {
		return unsafe.Pointer(&zeroVal)
	}
	return mallocgc(t.size, nil, true)
}

// mapassign is the element slot for m[key] = v (added when absent).
func mapassign(t *_type, m *hmap, key unsafe.Pointer) unsafe.Pointer {
	if m == nil {
		plainPanic("assignment to entry in nil map")
	}
	if m.index == nil {
		m.grow(1)
	}
	h := m.hash(key)
	i, _ := m.find(key, h)
	if i >= 0 {
		return unsafe.Pointer(uintptr(m.entry(i)) + m.lay.elemOff)
	}
	if m.used == m.cap {
		m.grow(m.count*2 + 1)
	}
	_, p := m.find(key, h)
	i = m.used
	m.used++
	e := m.entry(i)
	*(*uint64)(e) = h
	typedcopy(m.lay.key, unsafe.Pointer(uintptr(e)+m.lay.keyOff), key)
	*m.slot(p) = int32(i + 1)
	m.count++
	return unsafe.Pointer(uintptr(e) + m.lay.elemOff)
}

// mapdelete is delete(m, key).
func mapdelete(t *_type, m *hmap, key unsafe.Pointer) {
	if m == nil || m.count == 0 {
		checkHashable(t.key, key)
		return
	}
	i, p := m.find(key, m.hash(key))
	if i < 0 {
		return
	}
	e := m.entry(i)
	memclrNoHeapPointers(e, m.lay.entrySize) // hash 0: deleted
	*m.slot(p) = -1                           // a tombstone keeps probe chains intact
	m.count--
}

// mapclear is clear(m).
func mapclear(t *_type, m *hmap) {
	if m == nil || m.count == 0 {
		return
	}
	m.entries = nil
	m.index = nil
	m.used = 0
	m.cap = 0
	m.count = 0
	m.mask = 0
	m.version++
}

// maplen is len(m).
func maplen(m *hmap) int {
	if m == nil {
		return 0
	}
	return m.count
}

// mapiterinit starts a range over m; it.key is nil when there is nothing (more) to produce.
func mapiterinit(t *_type, m *hmap, it *hiter) {
	it.m = m
	it.key = nil
	it.elem = nil
	if m == nil || m.count == 0 {
		return
	}
	it.entries = m.entries
	it.used = m.used
	it.version = m.version
	it.start = int(fastrand() % uint32(m.used))
	it.i = 0
	mapiternext(it)
}

// mapiternext moves to the next live entry.
func mapiternext(it *hiter) {
	m := it.m
	l := m.lay
	for it.i < it.used {
		n := (it.start + it.i) % it.used
		it.i++
		e := unsafe.Pointer(uintptr(it.entries) + uintptr(n)*l.entrySize)
		if *(*uint64)(e) == 0 {
			continue
		}
		key := unsafe.Pointer(uintptr(e) + l.keyOff)
		if it.version != m.version || it.entries != m.entries {
			// The map changed under us: produce the key only if it is still there, with its value now.
			if m.count == 0 {
				break
			}
			j, _ := m.find(key, *(*uint64)(e))
			if j < 0 {
				continue
			}
			e2 := m.entry(j)
			it.key = unsafe.Pointer(uintptr(e2) + l.keyOff)
			it.elem = unsafe.Pointer(uintptr(e2) + l.elemOff)
			return
		}
		it.key = key
		it.elem = unsafe.Pointer(uintptr(e) + l.elemOff)
		return
	}
	it.key = nil
	it.elem = nil
}

// typedcopy copies a value of type t.
func typedcopy(t *_type, dst, src unsafe.Pointer) { memmove(dst, src, t.size) }

// plainPanic panics with a message that prints as is (gc's plainError).
type plainError string

func (e plainError) Error() string { return string(e) }

func plainPanic(msg string) {
	var e interface{} = plainError(msg)
	gopanic(e)
}

// fastrand is a small xorshift generator for iteration starts.
var randState uint64

func fastrand() uint32 {
	if randState == 0 {
		randState = uint64(nanotime()) | 1
	}
	randState ^= randState << 13
	randState ^= randState >> 7
	randState ^= randState << 17
	return uint32(randState >> 32)
}
