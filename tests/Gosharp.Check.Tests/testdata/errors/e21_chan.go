package main

func main() {
	var c chan int
	var s chan<- int
	var r <-chan int
	c <- 1
	s <- 1
	r <- 1
	_ = <-s
	_ = <-r
	var x int
	x <- 1
	_ = <-x
	s = c
	r = c
	c = s
	c = r
	close(r)
	v, ok := <-c
	_, _ = v, ok
	select {
	case v := <-c:
	case c <- 1:
	case x = <-c:
	case <-c:
	default:
	default:
	}
	for range s {
	}
}

// ERRORS
// 9:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
// 10:8: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
// 13:2: invalid operation: cannot send to non-channel x (variable of type int)
// 14:8: invalid operation: cannot receive from non-channel x (variable of type int)
// 17:6: cannot use s (variable of type chan<- int) as type chan int in assignment
// 18:6: cannot use r (variable of type <-chan int) as type chan int in assignment
// 19:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
// 23:7: v declared but not used
// 28:2: multiple defaults (first at e21_chan.go:27:2)
// 30:12: cannot range over s (variable of type chan<- int) (receive from send-only channel)
