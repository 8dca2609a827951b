package main

func main() {
	var m map[string]int
	for k, v, w := range m {
	}
	var ch chan<- int
	for x := range ch {
		_ = x
	}
	var rc <-chan int
	for a, b := range rc {
		_, _ = a, b
	}
	for i := range 3.5 {
		_ = i
	}
	var f func()
	for range f {
	}
	var p *[3]int
	for i, v := range p {
		_, _ = i, v
	}
	var s string
	for i, r := range s {
		var _ int = r
		var _ string = i
	}
	var k string
	for k = range m {
	}
	var q int
	for q = range m {
	}
	for _ = range m {
	}
	x := 1
	for x := range 10 {
	}
	_ = x
}

// ERRORS
// 5:6: k declared but not used
// 5:9: v declared but not used
// 5:12: range clause permits at most two iteration variables
// 8:17: cannot range over ch (variable of type chan<- int) (receive from send-only channel)
// 12:9: range over rc (variable of type <-chan int) permits only one iteration variable
// 15:17: cannot range over 3.5 (untyped float constant)
// 19:12: cannot range over f (variable of type func())
// 27:15: cannot use r (variable of type rune) as type int in variable declaration
// 28:18: cannot use i (variable of type int) as type string in variable declaration
// 30:6: k declared but not used
// 33:6: q declared but not used
// 34:6: cannot use q (value of type string) as type int in assignment
// 39:6: x declared but not used
// GC1.19 (gc 1.19 says this; the messages above are Go 1.22's)
// 5:6: k declared but not used
// 5:9: v declared but not used
// 5:12: range clause permits at most two iteration variables
// 8:17: cannot range over ch (variable of type chan<- int) (receive from send-only channel)
// 12:9: range over rc (variable of type <-chan int) permits only one iteration variable
// 15:17: cannot range over 3.5 (untyped float constant)
// 19:12: cannot range over f (variable of type func())
// 27:15: cannot use r (variable of type rune) as type int in variable declaration
// 28:18: cannot use i (variable of type int) as type string in variable declaration
// 30:6: k declared but not used
// 33:6: q declared but not used
// 34:6: cannot use q (value of type string) as type int in assignment
// 39:17: cannot range over 10 (untyped int constant)
