package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var p [10]byte
	for i := range p {
		p[i] = byte(i * 3)
	}
	q := unsafe.Add(unsafe.Pointer(&p[1]), 3)
	fmt.Println(*(*byte)(q), *(*byte)(unsafe.Add(q, -2)))
	s := unsafe.Slice(&p[2], 5)
	fmt.Println(s, len(s), cap(s), unsafe.Slice((*int)(nil), 0) == nil)
	var neg = -1
	try("nil", func() { _ = unsafe.Slice((*int)(nil), 1) })
	try("neg", func() { _ = unsafe.Slice(new(byte), neg) })
	var big uint64 = 1 << 63
	try("big", func() { _ = unsafe.Slice(new(uint64), big) })
	last := (*byte)(unsafe.Pointer(^uintptr(0)))
	try("wrap", func() { _ = unsafe.Slice(last, 2) })
	w := unsafe.Slice((*uint16)(unsafe.Pointer(&p[0])), 5)
	fmt.Println(w[1] == uint16(p[2])|uint16(p[3])<<8)
}
