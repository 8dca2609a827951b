package main

import "unsafe"

type S struct {
	a int8
	b int64
	c struct{ d int32 }
}

func main() {
	var s S
	_ = unsafe.Sizeof(s.a)
	_ = unsafe.Offsetof(s.c.d)
	_ = unsafe.Offsetof(s)
	_ = unsafe.Alignof(1)
	var p *int
	_ = unsafe.Add(p, 1)
	_ = unsafe.Slice(1, 2)
	_ = unsafe.String(p, 1)
	_ = unsafe.StringData(1)
	_ = unsafe.SliceData(1)
	_ = min(1, "a")
	_ = max()
	_ = min([]int{})
	clear(1)
	var m map[int]int
	clear(m)
	_ = copy([]int{}, "a")
	_ = append([]byte{}, "a"...)
	_ = append([]int{}, 1, 2, "x")
	_ = len(unsafe.Pointer(p))
	_ = new(int, int)
	_ = make(map[int]int, 1, 2)
	_ = make(chan int, "a")
	_ = imag(1.5)
	_ = real(complex(1, 2))
	var f32 float32
	_ = complex(f32, 1.0)
	_ = complex(f32, 1.0i)
	recover(1)
}

// ERRORS
// 15:22: invalid argument: s is not a selector expression
// 18:17: cannot use p (variable of type *int) as type unsafe.Pointer in argument to unsafe.Add
// 19:19: invalid argument: 1 (untyped int constant) is not a pointer
// 20:20: cannot use p (variable of type *int) as type *byte in argument to unsafe.String
// 21:24: cannot use 1 (untyped int constant) as string value in argument to unsafe.StringData
// 22:23: invalid argument: 1 (untyped int constant) is not a slice
// 23:13: invalid argument: mismatched types untyped int (previous argument) and untyped string (type of "a")
// 24:6: invalid operation: not enough arguments for max() (expected 1, found 0)
// 25:10: invalid argument: []int{} (value of type []int) cannot be ordered
// 26:8: invalid argument: cannot clear 1 (untyped int constant): argument must be (or constrained by) map or slice
// 29:11: invalid argument: arguments to copy []int{} (value of type []int) and "a" (untyped string constant) have different element types int and byte
// 31:28: cannot use "x" (untyped string constant) as int value in argument to append
// 32:10: invalid argument: unsafe.Pointer(p) (value of type unsafe.Pointer) for len
// 33:6: invalid operation: too many arguments for new(int, int) (expected 1, found 2)
// 34:6: invalid operation: make(map[int]int, 1, 2) expects 1 or 2 arguments; found 3
// 35:21: cannot convert "a" (untyped string constant) to int
// 40:19: 1.0i (untyped complex constant (0 + 1i)) overflows float32
// 41:2: invalid operation: too many arguments for recover(1) (expected 0, found 1)
// GC1.19 (gc 1.19 says this; the messages above are Go 1.22's)
// 15:22: invalid argument: s is not a selector expression
// 18:17: cannot use p (variable of type *int) as type unsafe.Pointer in argument to unsafe.Add
// 19:19: invalid argument: 1 (untyped int constant) is not a pointer
// 20:13: undefined: unsafe.String
// 21:13: undefined: unsafe.StringData
// 22:13: undefined: unsafe.SliceData
// 23:6: undefined: min
// 24:6: undefined: max
// 25:6: undefined: min
// 26:2: undefined: clear
// 28:2: undefined: clear
// 29:11: invalid argument: arguments to copy []int{} (value of type []int) and "a" (untyped string constant) have different element types int and byte
// 31:28: cannot use "x" (untyped string constant) as int value in argument to append
// 32:10: invalid argument: unsafe.Pointer(p) (value of type unsafe.Pointer) for len
// 33:6: invalid operation: too many arguments for new(int, int) (expected 1, found 2)
// 34:6: invalid operation: make(map[int]int, 1, 2) expects 1 or 2 arguments; found 3
// 35:21: cannot convert "a" (untyped string constant) to int
// 40:19: 1.0i (untyped complex constant (0 + 1i)) overflows float32
// 41:2: invalid operation: too many arguments for recover(1) (expected 0, found 1)
