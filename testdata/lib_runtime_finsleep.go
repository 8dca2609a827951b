package main

import (
	"fmt"
	"runtime"
	"time"
)

type obj struct{ buf [64]byte }

var ran int

func alloc() {
	for i := 0; i < 50; i++ {
		o := new(obj)
		runtime.SetFinalizer(o, func(*obj) { ran++ })
	}
}

func main() {
	alloc()
	// Collections that the allocator starts queue the finalizers; they run when the program
	// yields: here, in Sleep.
	var sink [][]byte
	for i := 0; i < 3000; i++ {
		sink = append(sink, make([]byte, 8192))
		if len(sink) > 16 {
			sink = sink[:0]
		}
	}
	for i := 0; i < 10 && ran < 40; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("finalizers ran during Sleep:", ran >= 40)
}
