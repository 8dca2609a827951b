package main

import "unsafe"

// An empty slice or string at the end of its array keeps the array's base pointer (it must not
// point past the end).

var (
	hello = "hello"
	bytes = []byte{1, 2, 3, 4, 5}
	five  = 5
)

func strOff(s string) uintptr {
	return *(*uintptr)(unsafe.Pointer(&s)) - *(*uintptr)(unsafe.Pointer(&hello))
}

func byteOff(s []byte) uintptr {
	return *(*uintptr)(unsafe.Pointer(&s)) - *(*uintptr)(unsafe.Pointer(&bytes))
}

func main() {
	x := hello
	println(strOff(x[5:]), strOff(x[five:]), strOff(x[2:five]), strOff(x[1:][2:][2:]), strOff(x[four():four()]))
	b := bytes
	println(byteOff(b[5:]), byteOff(b[five:]), byteOff(b[2:five]), byteOff(b[1:][2:][2:]), byteOff(b[four():four()]))
	println(byteOff(b[2:2:2]), byteOff(b[2:2:3]), byteOff(b[five:five:five]))
	var a [4]int
	s := a[4:]
	println(uintptr(unsafe.Pointer(&a)) == *(*uintptr)(unsafe.Pointer(&s)), len(s), cap(s))
}

func four() int { return 4 }
