package runtime

import "unsafe"

// The pointer bitmap: one bit per 8-byte word of an arena, set when the word of an object in a
// scan span may hold a pointer. mallocgc writes an object's bits from its type's gcdata (for every
// word of the object, so no bit of a previous object at the same address survives); the collector
// reads them to scan objects precisely. Noscan spans' bits are never read.

// heapSetType writes the pointer bits of the object at p (elemsize bytes of span memory) holding
// size bytes of values of type typ: one value, or an array of them when size > typ.size. The words
// past the values, up to elemsize, hold no pointers.
func heapSetType(a *heapArena, p uintptr, elemsize uintptr, size uintptr, typ *_type) {
	idx := (p - a.base) >> 3
	nw := elemsize >> 3
	if typ.size == 8 {
		// Pointer-sized values with pointers are pointers: every word of the values is one.
		setBits(a.ptrbits, idx, size>>3)
		clearBits(a.ptrbits, idx+size>>3, nw-size>>3)
		return
	}
	typWords := typ.size >> 3
	ptrWords := typ.ptrdata >> 3
	gcdata := uintptr(unsafe.Pointer(typ.gcdata))
	done := uintptr(0)
	for v := size / typ.size; v > 0; v-- {
		for off := uintptr(0); off < ptrWords; off += 64 {
			n := ptrWords - off
			if n > 64 {
				n = 64
			}
			writeBits(a.ptrbits, idx+done+off, loadBits(gcdata+off>>3, n), n)
		}
		clearBits(a.ptrbits, idx+done+ptrWords, typWords-ptrWords)
		done += typWords
	}
	clearBits(a.ptrbits, idx+done, nw-done)
}

// loadBits reads n <= 64 bits from the byte-aligned bitmap at p, reading only the bytes that hold them.
func loadBits(p uintptr, n uintptr) uint64 {
	v := uint64(0)
	for k := uintptr(0); k*8 < n; k++ {
		v |= uint64(*(*uint8)(unsafe.Pointer(p + k))) << (k * 8)
	}
	return v
}

// writeBits stores the low n <= 64 bits of v in the bitmap at bm from bit i on.
func writeBits(bm uintptr, i uintptr, v uint64, n uintptr) {
	b := i & 63
	k := 64 - b
	if k > n {
		k = n
	}
	mask := (^uint64(0) >> (64 - k)) << b
	w := (*uint64)(unsafe.Pointer(bm + i>>6*8))
	*w = *w&^mask | (v<<b)&mask
	if k < n {
		mask = ^uint64(0) >> (64 - (n - k))
		w = (*uint64)(unsafe.Pointer(bm + (i>>6+1)*8))
		*w = *w&^mask | (v>>k)&mask
	}
}

// setBits sets n bits of the bitmap at bm from bit i on.
func setBits(bm uintptr, i uintptr, n uintptr) {
	for n > 0 {
		b := i & 63
		k := 64 - b
		if k > n {
			k = n
		}
		w := (*uint64)(unsafe.Pointer(bm + i>>6*8))
		*w |= (^uint64(0) >> (64 - k)) << b
		i += k
		n -= k
	}
}

// clearBits clears n bits of the bitmap at bm from bit i on.
func clearBits(bm uintptr, i uintptr, n uintptr) {
	for n > 0 {
		b := i & 63
		k := 64 - b
		if k > n {
			k = n
		}
		w := (*uint64)(unsafe.Pointer(bm + i>>6*8))
		*w &^= (^uint64(0) >> (64 - k)) << b
		i += k
		n -= k
	}
}

// scanObject marks what the pointer words of the n bytes at b (in arena a) point to. (It runs for
// every word of every live object: the loops keep the bitmap word and the heap bounds in locals.)
func scanObject(a *heapArena, b uintptr, n uintptr) {
	lo, hi := heapMin, heapMax
	idx := (b - a.base) >> 3
	end := idx + n>>3
	for idx < end {
		next := (idx + 64) &^ 63
		if next > end {
			next = end
		}
		bits := *(*uint64)(unsafe.Pointer(a.ptrbits + idx>>6*8)) >> (idx & 63)
		for ; bits != 0 && idx < next; idx++ {
			if bits&1 != 0 {
				v := *(*uintptr)(unsafe.Pointer(a.base + idx<<3))
				if v >= lo && v < hi {
					markPointer(v)
				}
			}
			bits >>= 1
		}
		idx = next
	}
}
