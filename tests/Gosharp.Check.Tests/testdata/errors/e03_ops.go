package main

type T struct{ a []int }

func main() {
	var i int
	var s string
	var f float64
	var b bool
	var u uint
	_ = i + s
	_ = i + f
	_ = b + b
	_ = s - s
	_ = f % f
	_ = !i
	_ = -s
	_ = ^f
	_ = i << f
	_ = i << -1
	_ = 1.5 << 2
	_ = i / 0
	_ = f / 0
	_ = 1 / 0
	var t1, t2 T
	_ = t1 == t2
	var sl []int
	_ = sl == sl
	_ = sl == nil
	var fn func()
	_ = fn == fn
	_ = nil == nil
	_ = i < b
	_ = b < b
	_ = u << 1000
	const big = 1 << 600
	_ = &i
	_ = &1
	_ = *i
	var m map[int]int
	_ = &m[1]
	var c chan<- int
	_ = <-c
	var rc <-chan int
	rc <- 1
	i++
	s++
	b--
}

// ERRORS
// 11:6: invalid operation: i + s (mismatched types int and string)
// 12:6: invalid operation: i + f (mismatched types int and float64)
// 13:6: invalid operation: operator + not defined on b (variable of type bool)
// 14:6: invalid operation: operator - not defined on s (variable of type string)
// 15:6: invalid operation: operator % not defined on f (variable of type float64)
// 16:7: invalid operation: operator ! not defined on i (variable of type int)
// 17:7: invalid operation: operator - not defined on s (variable of type string)
// 18:7: invalid operation: operator ^ not defined on f (variable of type float64)
// 19:11: invalid operation: shift count f (variable of type float64) must be integer
// 20:11: invalid operation: negative shift count -1 (untyped int constant)
// 21:6: invalid operation: shifted operand 1.5 (untyped float constant) must be integer
// 22:10: invalid operation: division by zero
// 24:10: invalid operation: division by zero
// 26:6: invalid operation: t1 == t2 (struct containing []int cannot be compared)
// 28:6: invalid operation: sl == sl (slice can only be compared to nil)
// 31:6: invalid operation: fn == fn (func can only be compared to nil)
// 32:13: invalid operation: nil == nil (operator == not defined on untyped nil)
// 33:10: invalid operation: i < b (mismatched types int and bool)
// 34:6: invalid operation: b < b (operator < not defined on bool)
// 36:16: constant shift overflow
// 38:7: invalid operation: cannot take address of 1 (untyped int constant)
// 39:7: invalid operation: cannot indirect i (variable of type int)
// 41:7: invalid operation: cannot take address of m[1] (map index expression of type int)
// 43:8: invalid operation: cannot receive from send-only channel c (variable of type chan<- int)
// 45:2: invalid operation: cannot send to receive-only channel rc (variable of type <-chan int)
// 47:2: invalid operation: s++ (non-numeric type string)
// 48:2: invalid operation: b-- (non-numeric type bool)
