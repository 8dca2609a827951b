package sort

import "unsafe"

// Convenience types for common cases.

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less orders NaNs before other values.
func (x Float64Slice) Less(i, j int) bool   { return x[i] < x[j] || (isNaN(x[i]) && !isNaN(x[j])) }
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

func isNaN(f float64) bool { return f != f }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

// Search is the smallest index i in [0, n) at which f(i) is true, assuming f is false then true;
// n when there is none.
func Search(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

func SearchInts(a []int, x int) int { return Search(len(a), func(i int) bool { return a[i] >= x }) }

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Slice sorts the slice x with less (see the package comment about equal elements).
func Slice(x any, less func(i, j int) bool) { stable(newSliceSorter(x, less), lenOf(x)) }

// SliceStable sorts the slice x with less, keeping equal elements in their original order.
func SliceStable(x any, less func(i, j int) bool) { stable(newSliceSorter(x, less), lenOf(x)) }

// SliceIsSorted reports whether the slice x is sorted by less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := lenOf(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// What Slice needs of a slice in an interface, read through the runtime's type descriptors
// (runtime-stubs/runtime/type.go) rather than reflect.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

type rtype struct {
	size uintptr    // offset 0
	_    [12]byte   // ptrdata, hash
	kind uint8      // offset 20
	_    [19]byte   // align, flags, pad, equal, gcdata
	_    [2]uintptr // str
	elem *rtype     // offset 56
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

const kindSlice = 23

func sliceOf(x any) (*sliceHeader, uintptr) {
	e := (*eface)(unsafe.Pointer(&x))
	if e.typ == nil || e.typ.kind&31 != kindSlice {
		name := "nil"
		if e.typ != nil {
			name = typeString(e.typ)
		}
		panic(&valueError{"Swapper", name})
	}
	return (*sliceHeader)(e.data), e.typ.elem.size
}

// typeString is the descriptor's str field (offset 40).
func typeString(t *rtype) string { return *(*string)(unsafe.Pointer(uintptr(unsafe.Pointer(t)) + 40)) }

// valueError is reflect's panic for a non-slice argument.
type valueError struct {
	method string
	kind   string
}

func (e *valueError) Error() string {
	return "reflect: call of " + e.method + " on " + e.kind + " Value"
}

func lenOf(x any) int {
	h, _ := sliceOf(x)
	return h.len
}

type sliceSorter struct {
	less func(i, j int) bool
	base uintptr
	size uintptr
	n    int
}

func newSliceSorter(x any, less func(i, j int) bool) *sliceSorter {
	h, size := sliceOf(x)
	return &sliceSorter{less, uintptr(h.data), size, h.len}
}

func (s *sliceSorter) Len() int           { return s.n }
func (s *sliceSorter) Less(i, j int) bool { return s.less(i, j) }

// Swap exchanges two elements word by word (elements holding pointers are word-aligned, so no
// pointer is ever half written), then byte by byte for a tail.
func (s *sliceSorter) Swap(i, j int) {
	if i == j {
		return
	}
	p := s.base + uintptr(i)*s.size
	q := s.base + uintptr(j)*s.size
	k := uintptr(0)
	for ; k+8 <= s.size && (p|q)&7 == 0; k += 8 {
		a := (*uintptr)(unsafe.Pointer(p + k))
		b := (*uintptr)(unsafe.Pointer(q + k))
		*a, *b = *b, *a
	}
	for ; k < s.size; k++ {
		a := (*byte)(unsafe.Pointer(p + k))
		b := (*byte)(unsafe.Pointer(q + k))
		*a, *b = *b, *a
	}
}
