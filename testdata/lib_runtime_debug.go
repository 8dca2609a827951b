package main

import (
	"fmt"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"unsafe"
)

var sink []byte

func work() {
	for i := 0; i < 2000; i++ {
		sink = make([]byte, 4096)
	}
}

func numGC() uint32 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.NumGC
}

func stackOf() string { return string(debug.Stack()) }

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(-1))
	// With collection off, allocation does not collect.
	before := numGC()
	work()
	fmt.Println("collections while off:", numGC()-before)
	fmt.Println(debug.SetGCPercent(100))
	before = numGC()
	work()
	fmt.Println("collected while on:", numGC()-before > 0)
	before = numGC()
	debug.FreeOSMemory()
	fmt.Println("FreeOSMemory collects:", numGC()-before)
	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println(debug.SetMaxThreads(50), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	fmt.Println(debug.SetMemoryLimit(-1), debug.SetMemoryLimit(1<<30), debug.SetMemoryLimit(-1))

	st := stackOf()
	fmt.Println(strings.HasPrefix(st, "goroutine 1 [running]:\n"), strings.Contains(st, "main.stackOf("), strings.Contains(st, "main.main("))

	s := "hello"
	sh := (*reflect.StringHeader)(unsafe.Pointer(&s))
	fmt.Println(sh.Len, *(*byte)(unsafe.Pointer(sh.Data + 1)))
	b := make([]int, 3, 10)
	bh := (*reflect.SliceHeader)(unsafe.Pointer(&b))
	bh.Len = 5
	fmt.Println(len(b), cap(b), bh.Cap, unsafe.Sizeof(*bh), unsafe.Sizeof(*sh))
}
