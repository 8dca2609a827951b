package main

import (
	"sync"
	"unsafe"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

func main() {
	c := counter{n: map[string]int{}}
	c.inc("a")
	c.inc("a")
	c.inc("b")
	println(c.n["a"], c.n["b"], c.mu.TryLock(), c.mu.TryLock())
	c.mu.Unlock()

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	println(rw.TryLock(), rw.TryRLock())
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	println(rw.TryLock())
	rw.Unlock()
	l := rw.RLocker()
	l.Lock()
	l.Unlock()

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { println("once", i) })
	}
	var once2 sync.Once
	func() {
		defer func() { println("recovered", recover().(string)) }()
		once2.Do(func() { panic("in Do") })
	}()
	once2.Do(func() { println("not again") })

	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	wg.Wait()
	println("waited")

	p := sync.Pool{New: func() any { return "new" }}
	println(p.Get().(string))
	p.Put("reused")
	println(p.Get().(string), p.Get().(string))

	var m sync.Mutex
	var lk sync.Locker = &m
	lk.Lock()
	lk.Unlock()
	func() {
		defer func() { println("recovered", recover().(string)) }()
		wg.Add(-1)
	}()
	// gc's layout: state int32, sema uint32.
	println("sizeof Mutex", unsafe.Sizeof(m), unsafe.Alignof(m))
	println("done")
}
