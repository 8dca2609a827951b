// Package fmtsort orders a map's entries by key, so that printing a map is deterministic: the
// order fmt and text/template use.
package fmtsort

import "reflect"

// SortedMap is a map's keys and values, sorted by key.
type SortedMap struct {
	Key   []reflect.Value
	Value []reflect.Value
}

func (o *SortedMap) Len() int           { return len(o.Key) }
func (o *SortedMap) Less(i, j int) bool { return compare(o.Key[i], o.Key[j]) < 0 }
func (o *SortedMap) Swap(i, j int) {
	o.Key[i], o.Key[j] = o.Key[j], o.Key[i]
	o.Value[i], o.Value[j] = o.Value[j], o.Value[i]
}

// Sort returns the entries of map m sorted by key:
//
//   - numbers and strings by <, NaN before other floats, complex by real then imaginary part
//   - false before true
//   - pointers, channels and unsafe pointers by address
//   - structs field by field, arrays element by element
//   - interfaces by their dynamic type (an arbitrary but fixed order) then value, nil first
func Sort(m reflect.Value) *SortedMap {
	if m.Kind() != reflect.Map {
		return nil
	}
	n := m.Len()
	keys := make([]reflect.Value, 0, n)
	values := make([]reflect.Value, 0, n)
	it := m.MapRange()
	for it.Next() {
		keys = append(keys, it.Key())
		values = append(values, it.Value())
	}
	sorted := &SortedMap{Key: keys, Value: values}
	mergeSort(sorted, make([]int, len(keys)))
	return sorted
}

// mergeSort sorts o's entries: it sorts a permutation, then applies it.
func mergeSort(o *SortedMap, perm []int) {
	for i := range perm {
		perm[i] = i
	}
	tmp := make([]int, len(perm))
	for width := 1; width < len(perm); width *= 2 {
		for lo := 0; lo < len(perm); lo += 2 * width {
			mid, hi := lo+width, lo+2*width
			if mid > len(perm) {
				mid = len(perm)
			}
			if hi > len(perm) {
				hi = len(perm)
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if compare(o.Key[perm[j]], o.Key[perm[i]]) < 0 {
					tmp[k] = perm[j]
					j++
				} else {
					tmp[k] = perm[i]
					i++
				}
				k++
			}
			for ; i < mid; i++ {
				tmp[k] = perm[i]
				k++
			}
			for ; j < hi; j++ {
				tmp[k] = perm[j]
				k++
			}
		}
		perm, tmp = tmp, perm
	}
	keys := make([]reflect.Value, len(perm))
	values := make([]reflect.Value, len(perm))
	for i, p := range perm {
		keys[i] = o.Key[p]
		values[i] = o.Value[p]
	}
	o.Key, o.Value = keys, values
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case a == b:
		return 0
	case a != a && b != b:
		return 0
	case a != a:
		return -1 // NaN first
	}
	return 1
}

// compare orders two values of the same type: -1, 0 or 1.
func compare(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1 // keys of one map have one type; interfaces are handled below
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmpInt(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmpUint(a.Uint(), b.Uint())
	case reflect.String:
		sa, sb := a.String(), b.String()
		switch {
		case sa < sb:
			return -1
		case sa > sb:
			return 1
		}
		return 0
	case reflect.Float32, reflect.Float64:
		return cmpFloat(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		ca, cb := a.Complex(), b.Complex()
		if c := cmpFloat(real(ca), real(cb)); c != 0 {
			return c
		}
		return cmpFloat(imag(ca), imag(cb))
	case reflect.Bool:
		ba, bb := a.Bool(), b.Bool()
		switch {
		case ba == bb:
			return 0
		case ba:
			return 1
		}
		return -1
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmpUint(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, done := compareNil(a, b); done {
			return c
		}
		ea, eb := a.Elem(), b.Elem()
		if ea.Type() != eb.Type() {
			// Different dynamic types: order by the types' descriptors.
			return cmpUint(uint64(reflect.ValueOf(ea.Type()).Pointer()), uint64(reflect.ValueOf(eb.Type()).Pointer()))
		}
		return compare(ea, eb)
	}
	panic("fmtsort: unsortable key type " + a.Type().String())
}

// compareNil orders nil interfaces first; done is false when neither is nil.
func compareNil(a, b reflect.Value) (int, bool) {
	switch {
	case a.IsNil() && b.IsNil():
		return 0, true
	case a.IsNil():
		return -1, true
	case b.IsNil():
		return 1, true
	}
	return 0, false
}
