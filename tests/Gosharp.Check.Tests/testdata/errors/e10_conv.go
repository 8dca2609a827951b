package main

import "unsafe"

type MyInt int
type S struct{ x int }
type T struct {
	x int `json:"x"`
}

func main() {
	var i int
	var f float64
	var s string
	var b []byte
	var p *int
	_ = string(i)
	_ = int(s)
	_ = []int(s)
	_ = string(b)
	_ = []rune(s)
	_ = float64("1")
	_ = int(1.5)
	_ = uint8(256)
	_ = int8(-129)
	_ = bool(1)
	_ = S(T{})
	_ = (*S)(&T{})
	_ = unsafe.Pointer(p)
	_ = uintptr(unsafe.Pointer(p))
	_ = (*float64)(p)
	_ = MyInt(f)
	_ = complex64(f)
	_ = int(1i)
	_ = float32(1e300)
	var arr [4]int
	_ = [4]int(b)
	_ = (*[2]byte)(b)
	_ = arr
	_ = string(65.0)
	_ = []byte(1)
	_ = int(nil)
	_ = (func())(nil)
	_ = interface{}(1)
	_ = error(1)
}

// ERRORS
// 18:10: cannot convert s (variable of type string) to type int
// 19:12: cannot convert s (variable of type string) to type []int
// 22:14: cannot convert "1" (untyped string constant) to type float64
// 23:10: cannot convert 1.5 (untyped float constant) to type int
// 24:12: cannot convert 256 (untyped int constant) to type uint8
// 25:11: cannot convert -129 (untyped int constant) to type int8
// 26:11: cannot convert 1 (untyped int constant) to type bool
// 31:17: cannot convert p (variable of type *int) to type *float64
// 33:16: cannot convert f (variable of type float64) to type complex64
// 34:10: cannot convert 1i (untyped complex constant (0 + 1i)) to type int
// 35:14: cannot convert 1e300 (untyped float constant 1e+300) to type float32
// 37:13: cannot convert b (variable of type []byte) to type [4]int
// 40:13: cannot convert 65.0 (untyped float constant 65) to type string
// 41:13: cannot convert 1 (untyped int constant) to type []byte
// 42:10: cannot convert nil to type int
// 45:12: cannot convert 1 (untyped int constant) to type error
