// Package sort sorts slices and user-defined collections, and searches sorted ones.
//
// gosharp: Sort and Slice use the same stable algorithm as Stable and SliceStable. Their result
// is gc's whenever no two elements are equal under Less; for elements that are equal but
// distinguishable, gc's (unstable) order may differ.
package sort

// An Interface is a collection sortable by index.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Sort sorts data in increasing order of Less.
func Sort(data Interface) { stable(data, data.Len()) }

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) { stable(data, data.Len()) }

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

// stable sorts runs of blockSize elements by insertion, then merges runs of doubling size in
// place (with rotations), using only Less and Swap.
func stable(data Interface, n int) {
	const blockSize = 20
	for a := 0; a < n; a += blockSize {
		b := a + blockSize
		if b > n {
			b = n
		}
		insertionSort(data, a, b)
	}
	for size := blockSize; size < n; size *= 2 {
		for a := 0; a+size < n; a += 2 * size {
			b := a + 2*size
			if b > n {
				b = n
			}
			merge(data, a, a+size, b)
		}
	}
}

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// merge merges the sorted ranges [a, m) and [m, b) stably: split the longer range in half, find
// where its middle goes in the other by binary search, rotate the block between into place,
// then merge the two halves recursively.
func merge(data Interface, a, m, b int) {
	if a >= m || m >= b {
		return
	}
	if m-a == 1 {
		// Insert data[a] into [m, b): past every element less than it.
		i := m
		for i < b && data.Less(i, a) {
			i++
		}
		rotate(data, a, m, i)
		return
	}
	if b-m == 1 {
		// Insert data[m] into [a, m): before the first element greater than it.
		i := a
		for i < m && !data.Less(m, i) {
			i++
		}
		rotate(data, i, m, b)
		return
	}
	var c, d int // [a, c) and [m, d) go first
	if m-a >= b-m {
		c = a + (m-a)/2
		// d: the first index in [m, b) not less than data[c].
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, c) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		d = lo
	} else {
		d = m + (b-m)/2
		// c: the first index in [a, m) greater than data[d].
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(d, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		c = lo
	}
	rotate(data, c, m, d)
	nm := c + (d - m)
	merge(data, a, c, nm)
	merge(data, nm, d, b)
}

// rotate exchanges the blocks [a, m) and [m, b).
func rotate(data Interface, a, m, b int) {
	reverse(data, a, m)
	reverse(data, m, b)
	reverse(data, a, b)
}

func reverse(data Interface, a, b int) {
	for b--; a < b; a, b = a+1, b-1 {
		data.Swap(a, b)
	}
}

type reversed struct {
	data Interface
}

func (r reversed) Len() int           { return r.data.Len() }
func (r reversed) Less(i, j int) bool { return r.data.Less(j, i) }
func (r reversed) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse is data in the reverse order.
func Reverse(data Interface) Interface { return &reversed{data} }
