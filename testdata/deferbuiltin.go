// defer with built-in calls: arguments are evaluated at the defer statement, the call runs at
// return (or during a panic); defer recover() only recovers in a function that is itself deferred.
package main

import "fmt"

func pair() (map[int]string, int) { return m, 2 }

var m = map[int]string{1: "one", 2: "two", 3: "three"}

func deletes() {
	k := 1
	defer delete(m, k)
	k = 3
	defer delete(pair())
	fmt.Println("before return", len(m))
}

func prints() {
	x := 1
	defer println("deferred println", x, "two", 3.5, true)
	defer print("deferred print ", x, "\n")
	x = 2
	var e error
	defer println(e)
	fmt.Println("prints body", x)
}

func copies() (dst []int) {
	dst = make([]int, 3)
	src := []int{7, 8, 9}
	defer copy(dst, src)
	src = []int{1, 1, 1}
	return dst
}

func panics() (r interface{}) {
	defer func() { r = recover() }()
	v := "first"
	defer panic(v)
	v = "second"
	return nil
}

// A deferred recover() is like a call of recover by this function: here it is not a deferred
// call itself, so the panic goes on to the recover below.
func noRecover() (r interface{}) {
	defer func() { r = recover() }()
	defer recover()
	panic("kept")
}

// Here the function doing `defer recover()` is itself run by the panic: the panic stops.
func squelch() (ok bool) {
	defer func() { ok = recover() == nil }()
	defer func() {
		defer recover()
	}()
	panic("stopped")
}

func inLoop() {
	for i := 0; i < 3; i++ {
		defer print(i, " ")
	}
}

func main() {
	deletes()
	fmt.Println("after", len(m), m)
	prints()
	fmt.Println(copies())
	fmt.Println(panics())
	fmt.Println(noRecover())
	fmt.Println(squelch())
	inLoop()
	println()
}
