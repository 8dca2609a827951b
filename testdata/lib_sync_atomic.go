package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type pair struct{ a, b int }

func catch(f func()) {
	defer func() { fmt.Println("panic:", recover()) }()
	f()
}

func main() {
	var i32 int32 = 5
	fmt.Println(atomic.AddInt32(&i32, -7), i32)
	fmt.Println(atomic.AddInt32(&i32, -2147483647), atomic.LoadInt32(&i32))
	atomic.StoreInt32(&i32, -1)
	fmt.Println(atomic.SwapInt32(&i32, 42), i32)
	fmt.Println(atomic.CompareAndSwapInt32(&i32, 41, 0), atomic.CompareAndSwapInt32(&i32, 42, -9), i32)

	var u32 uint32 = 1
	fmt.Println(atomic.AddUint32(&u32, ^uint32(0)), atomic.AddUint32(&u32, ^uint32(0)))
	atomic.StoreUint32(&u32, 0xfffffffe)
	fmt.Println(atomic.LoadUint32(&u32), atomic.SwapUint32(&u32, 3), atomic.CompareAndSwapUint32(&u32, 3, 0x80000000), u32)

	var i64 int64 = 1 << 40
	fmt.Println(atomic.AddInt64(&i64, -(1<<41)), atomic.LoadInt64(&i64))
	atomic.StoreInt64(&i64, 7)
	fmt.Println(atomic.SwapInt64(&i64, -8), atomic.CompareAndSwapInt64(&i64, -8, 1<<62), i64)

	var u64 uint64
	fmt.Println(atomic.AddUint64(&u64, ^uint64(0)), atomic.LoadUint64(&u64))
	atomic.StoreUint64(&u64, 10)
	fmt.Println(atomic.SwapUint64(&u64, 11), atomic.CompareAndSwapUint64(&u64, 10, 12), atomic.CompareAndSwapUint64(&u64, 11, 12), u64)

	var up uintptr = 100
	fmt.Println(atomic.AddUintptr(&up, 5), atomic.LoadUintptr(&up), atomic.SwapUintptr(&up, 1), atomic.CompareAndSwapUintptr(&up, 1, 2), up)
	atomic.StoreUintptr(&up, 9)
	fmt.Println(up)

	x, y := 1, 2
	var p unsafe.Pointer
	atomic.StorePointer(&p, unsafe.Pointer(&x))
	fmt.Println(*(*int)(atomic.LoadPointer(&p)))
	old := atomic.SwapPointer(&p, unsafe.Pointer(&y))
	fmt.Println(*(*int)(old), *(*int)(p))
	fmt.Println(atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&x), nil), atomic.CompareAndSwapPointer(&p, unsafe.Pointer(&y), nil), p == nil)

	// Go 1.19's typed atomics.
	var b atomic.Bool
	fmt.Println(b.Load(), b.Swap(true), b.Load(), b.CompareAndSwap(false, true), b.CompareAndSwap(true, false), b.Load())
	b.Store(true)
	fmt.Println(b.Load())
	var ti32 atomic.Int32
	ti32.Store(3)
	fmt.Println(ti32.Add(-4), ti32.Swap(8), ti32.CompareAndSwap(8, 9), ti32.Load())
	var ti64 atomic.Int64
	fmt.Println(ti64.Add(1<<50), ti64.Swap(-1), ti64.CompareAndSwap(0, 1), ti64.Load())
	var tu32 atomic.Uint32
	fmt.Println(tu32.Add(^uint32(0)), tu32.Load())
	var tu64 atomic.Uint64
	tu64.Store(5)
	fmt.Println(tu64.Add(5), tu64.CompareAndSwap(10, 11), tu64.Load())
	var tup atomic.Uintptr
	fmt.Println(tup.Add(3), tup.Swap(4), tup.Load())
	var tp atomic.Pointer[pair]
	fmt.Println(tp.Load() == nil)
	pp := &pair{1, 2}
	tp.Store(pp)
	fmt.Println(*tp.Load(), tp.CompareAndSwap(nil, pp), tp.CompareAndSwap(pp, &pair{3, 4}), *tp.Swap(nil), tp.Load())

	// Value.
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store(pair{1, 2})
	fmt.Println(v.Load())
	fmt.Println(v.Swap(pair{3, 4}), v.Load())
	fmt.Println(v.CompareAndSwap(pair{1, 2}, pair{5, 6}), v.CompareAndSwap(pair{3, 4}, pair{5, 6}), v.Load())
	catch(func() { v.Store(nil) })
	catch(func() { v.Store("x") })
	catch(func() { v.Swap(nil) })
	catch(func() { v.Swap(1) })
	catch(func() { v.CompareAndSwap(1, nil) })
	catch(func() { v.CompareAndSwap(1, "y") })
	catch(func() { v.CompareAndSwap(pair{}, "y") })
	var w atomic.Value
	fmt.Println(w.CompareAndSwap(1, 2), w.CompareAndSwap(nil, 2), w.Load())
	var u atomic.Value
	fmt.Println(u.Swap([]int{1}), u.Load())
	catch(func() { u.CompareAndSwap([]int{1}, []int{2}) })
	var s atomic.Value
	s.Store("hello")
	fmt.Println(s.Load().(string))
}
