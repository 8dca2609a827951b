package runtime

import "unsafe"

// Strings: concatenation, comparison, conversions. A string is a pointer to bytes and a length;
// new strings get fresh memory from mallocgc.

// memmove copies n bytes from "from" to "to"; the regions may overlap (memmove_arm64.s).
func memmove(to, from unsafe.Pointer, n uintptr)

// memclrNoHeapPointers zeroes n bytes at ptr (memmove_arm64.s).
func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)

// stringHeader and sliceHeader are the layouts of string and slice values.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// makeString returns a string over n fresh bytes (to be filled by the caller) and their address.
func rawstring(n int) (string, unsafe.Pointer) {
	p := mallocgc(uintptr(n), nil, false)
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = p
	h.len = n
	return s, p
}

// concatstrings joins the strings of a (the compiler's a + b + c ...).
func concatstrings(a []string) string {
	n := 0
	count := 0
	last := ""
	for i := 0; i < len(a); i++ {
		l := len(a[i])
		if l == 0 {
			continue
		}
		if n+l < n {
			throw("string concatenation too long")
		}
		n += l
		count++
		last = a[i]
	}
	if count == 0 {
		return ""
	}
	if count == 1 {
		// One non-empty operand: the result is that string, no copy.
		return last
	}
	s, p := rawstring(n)
	off := uintptr(0)
	for i := 0; i < len(a); i++ {
		l := len(a[i])
		if l == 0 {
			continue
		}
		memmove(unsafe.Pointer(uintptr(p)+off), stringData(a[i]), uintptr(l))
		off += uintptr(l)
	}
	return s
}

// cmpstring returns -1, 0 or +1 as a is less than, equal to or greater than b (bytewise).
func cmpstring(a, b string) int {
	l := len(a)
	if len(b) < l {
		l = len(b)
	}
	for i := 0; i < l; i++ {
		c1, c2 := a[i], b[i]
		if c1 < c2 {
			return -1
		}
		if c1 > c2 {
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// eqstring reports whether a and b hold the same bytes.
func eqstring(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	if stringData(a) == stringData(b) {
		return true
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// slicebytetostring is string(b) for a []byte (ptr, n): a copy.
func slicebytetostring(ptr unsafe.Pointer, n int) string {
	if n == 0 {
		return ""
	}
	s, p := rawstring(n)
	memmove(p, ptr, uintptr(n))
	return s
}

// stringtoslicebyte is []byte(s): a copy.
func stringtoslicebyte(s string) []byte {
	var b []byte
	h := (*sliceHeader)(unsafe.Pointer(&b))
	if len(s) == 0 {
		h.data = unsafe.Pointer(&zerobase)
		return b
	}
	p := mallocgc(uintptr(len(s)), nil, false)
	memmove(p, stringData(s), uintptr(len(s)))
	h.data = p
	h.len = len(s)
	h.cap = len(s)
	return b
}

// intstring is string(v) for an integer v: the UTF-8 encoding of the code point, or of U+FFFD when
// v is not a valid one.
func intstring(v int64) string {
	var buf [4]byte
	n := encoderune(buf[:], v)
	return slicebytetostring(unsafe.Pointer(&buf[0]), n)
}

const runeError = 0xFFFD

// encoderune writes the UTF-8 encoding of r into p (which has room for 4 bytes) and returns its length.
func encoderune(p []byte, r int64) int {
	if r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF) {
		r = runeError
	}
	switch {
	case r < 0x80:
		p[0] = byte(r)
		return 1
	case r < 0x800:
		p[0] = byte(0xC0 | r>>6)
		p[1] = byte(0x80 | r&0x3F)
		return 2
	case r < 0x10000:
		p[0] = byte(0xE0 | r>>12)
		p[1] = byte(0x80 | r>>6&0x3F)
		p[2] = byte(0x80 | r&0x3F)
		return 3
	default:
		p[0] = byte(0xF0 | r>>18)
		p[1] = byte(0x80 | r>>12&0x3F)
		p[2] = byte(0x80 | r>>6&0x3F)
		p[3] = byte(0x80 | r&0x3F)
		return 4
	}
}

// throw ends the program with a fatal error that cannot be recovered (gc's "fatal error: ...").
func throw(s string) {
	printlock()
	printstring("fatal error: ")
	printstring(s)
	printstring("\n")
	printunlock()
	exit(2)
}

// decoderune decodes the UTF-8 sequence at s[k:] (the compiler calls it for bytes ≥ 0x80 in a range
// over a string): the rune and the index after it. An invalid or short sequence is U+FFFD of width 1,
// as Go specifies.
func decoderune(s string, k int) (rune, int) {
	n := len(s) - k
	b0 := s[k]
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF && n >= 2:
		b1 := s[k+1]
		if b1&0xC0 == 0x80 {
			return rune(b0&0x1F)<<6 | rune(b1&0x3F), k + 2
		}
	case b0 >= 0xE0 && b0 <= 0xEF && n >= 3:
		b1, b2 := s[k+1], s[k+2]
		lo, hi := byte(0x80), byte(0xBF)
		if b0 == 0xE0 {
			lo = 0xA0 // no overlong encodings
		} else if b0 == 0xED {
			hi = 0x9F // no surrogates
		}
		if b1 >= lo && b1 <= hi && b2&0xC0 == 0x80 {
			return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), k + 3
		}
	case b0 >= 0xF0 && b0 <= 0xF4 && n >= 4:
		b1, b2, b3 := s[k+1], s[k+2], s[k+3]
		lo, hi := byte(0x80), byte(0xBF)
		if b0 == 0xF0 {
			lo = 0x90
		} else if b0 == 0xF4 {
			hi = 0x8F
		}
		if b1 >= lo && b1 <= hi && b2&0xC0 == 0x80 && b3&0xC0 == 0x80 {
			return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), k + 4
		}
	}
	return runeError, k + 1
}

// stringtoslicerune is []rune(s): the code points of s, an invalid byte decoding to U+FFFD.
func stringtoslicerune(s string) []rune {
	n := 0
	for range s {
		n++
	}
	var r []rune
	h := (*sliceHeader)(unsafe.Pointer(&r))
	if n == 0 {
		h.data = unsafe.Pointer(&zerobase)
		return r
	}
	h.data = mallocgc(uintptr(n)*4, nil, false)
	h.len = n
	h.cap = n
	i := 0
	for _, c := range s {
		r[i] = c
		i++
	}
	return r
}

// slicerunetostring is string(r) for a []rune (ptr, n): the UTF-8 encodings of its runes, U+FFFD
// for invalid ones.
func slicerunetostring(ptr unsafe.Pointer, n int) string {
	var buf [4]byte
	size := 0
	for i := 0; i < n; i++ {
		size += encoderune(buf[:], int64(*(*rune)(unsafe.Pointer(uintptr(ptr) + uintptr(i)*4))))
	}
	if size == 0 {
		return ""
	}
	s, p := rawstring(size)
	off := uintptr(0)
	for i := 0; i < n; i++ {
		k := encoderune(buf[:], int64(*(*rune)(unsafe.Pointer(uintptr(ptr) + uintptr(i)*4))))
		memmove(unsafe.Pointer(uintptr(p)+off), unsafe.Pointer(&buf[0]), uintptr(k))
		off += uintptr(k)
	}
	return s
}

// panicSliceConvert is the panic of converting a slice of length y to an array of length x > y.
func panicSliceConvert(x int, y int) { panicBounds(x, y, boundsConvert) }

// panicSliceConvertPtr is the same for a conversion to a pointer to an array.
func panicSliceConvertPtr(x int, y int) { panicBounds(x, y, boundsConvertPtr) }
