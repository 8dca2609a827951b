package main

import "runtime"

func main() {
	println("before")
	defer println("deferred calls do not run")
	runtime.Breakpoint()
	println("after")
}
