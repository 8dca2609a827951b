package main

import (
	"fmt"
	"runtime"
)

const N = 100

type A struct {
	b *B
	n int
}

type B struct{ n int }

type S struct{ name string }

func (s *S) String() string { return s.name }

var final [N]int
var nfinalB, bad int
var ifaceSeen, anySeen, bigSeen int

func finalA(a *A) (unused [N]int) {
	if final[a.n] != 0 {
		bad++
	}
	final[a.n] = 1
	return
}

func finalB(b *B) {
	if final[b.n] != 1 { // B is reachable from A, so A's finalizer runs first
		bad++
	}
	final[b.n] = 2
	nfinalB++
}

func setup() {
	for i := 0; i < N; i++ {
		b := &B{i}
		a := &A{b, i}
		c := new(B)
		runtime.SetFinalizer(c, func(*B) { panic("removed finalizer ran") })
		runtime.SetFinalizer(b, finalB)
		runtime.SetFinalizer(a, finalA)
		runtime.SetFinalizer(c, nil)
	}
	for i := 0; i < 10; i++ {
		s := &S{fmt.Sprint("s", i)}
		runtime.SetFinalizer(s, func(x fmt.Stringer) {
			if x.String()[0] == 's' {
				ifaceSeen++
			}
		})
		t := &B{1000 + i}
		runtime.SetFinalizer(t, func(x interface{}) {
			if x.(*B).n >= 1000 {
				anySeen++
			}
		})
	}
}

var keep *B

func main() {
	setup()
	keep = &B{-1}
	runtime.SetFinalizer(keep, func(*B) { panic("reachable object finalized") })
	for i := 0; i < 20 && nfinalB < N; i++ {
		runtime.GC()
	}
	fmt.Println("B finalized:", nfinalB >= N*8/10, "order errors:", bad)
	fmt.Println("interface finalizers:", ifaceSeen >= 8, anySeen >= 8)
	// A finalizer runs once: its record is gone after it ran.
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	fmt.Println("B finalized at most once:", nfinalB <= N)
	runtime.KeepAlive(keep)

	// A zero-size object or a global never gets finalized, and setting one is allowed.
	var z struct{}
	runtime.SetFinalizer(&struct{}{}, func(*struct{}) {})
	_ = z
	fmt.Println("done")
}
