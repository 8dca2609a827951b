// runtime.Caller(1) in a deferred call: the deferring function is at its return statement, or at
// its closing brace when it ends without one (where gc calls the deferred functions).
package main

import "runtime"

var line int

func f(b bool) int {
	defer func() {
		_, _, line, _ = runtime.Caller(1)
	}()
	if b {
		return 1
	}
	println("x")
	return 2
}

func g() {
	defer func() {
		_, _, line, _ = runtime.Caller(1)
	}()
	println("y")
}

func h() {
	defer func() {
		_, _, line, _ = runtime.Caller(1)
	}()
	for i := 0; i < 2; i++ {
		defer func() {}()
	}
	println("z")
}

func main() {
	f(true)
	println(line)
	f(false)
	println(line)
	g()
	println(line)
	h()
	println(line)
}
