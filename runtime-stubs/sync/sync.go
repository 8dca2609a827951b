// Package sync provides basic synchronization primitives: mutual exclusion locks, Once,
// WaitGroup, Pool.
//
// gosharp has no goroutines yet: every program has a single one, so a lock that is already held
// (or a Wait that would block) can never be released; these report a deadlock as gc's runtime
// does when all goroutines are asleep.
package sync

// A Locker can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// deadlock ends the program as gc's runtime does when no goroutine can run.
func deadlock() {
	panic("all goroutines are asleep - deadlock!")
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked. Its fields are gc's (so that
// its size and literals, sync.Mutex{0, 0}, check as gc's do); state holds mutexLocked, sema is unused.
type Mutex struct {
	state int32
	sema  uint32
}

const mutexLocked = 1

func (m *Mutex) Lock() {
	if m.state&mutexLocked != 0 {
		deadlock()
	}
	m.state |= mutexLocked
}

// TryLock locks m if it is unlocked, reporting whether it did.
func (m *Mutex) TryLock() bool {
	if m.state&mutexLocked != 0 {
		return false
	}
	m.state |= mutexLocked
	return true
}

func (m *Mutex) Unlock() {
	if m.state&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	m.state &^= mutexLocked
}

// fatal reports a misuse gc's runtime treats as a fatal error.
func fatal(msg string) { panic(msg) }

// An RWMutex is a reader/writer lock: any number of readers or one writer.
type RWMutex struct {
	writer  bool
	readers int
}

func (rw *RWMutex) Lock() {
	if rw.writer || rw.readers > 0 {
		deadlock()
	}
	rw.writer = true
}

func (rw *RWMutex) TryLock() bool {
	if rw.writer || rw.readers > 0 {
		return false
	}
	rw.writer = true
	return true
}

func (rw *RWMutex) Unlock() {
	if !rw.writer {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writer = false
}

func (rw *RWMutex) RLock() {
	if rw.writer {
		deadlock()
	}
	rw.readers++
}

func (rw *RWMutex) TryRLock() bool {
	if rw.writer {
		return false
	}
	rw.readers++
	return true
}

func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
}

// RLocker is a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker { return (*rlocker)(rw) }

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// Once performs an action exactly once.
type Once struct {
	done bool
	m    Mutex
}

// Do calls f if Do has not been called before on o (even if f panicked).
func (o *Once) Do(f func()) {
	if o.done {
		return
	}
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer func() { o.done = true }()
		f()
	}
}

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct {
	n int
}

func (wg *WaitGroup) Add(delta int) {
	wg.n += delta
	if wg.n < 0 {
		panic("sync: negative WaitGroup counter")
	}
}

func (wg *WaitGroup) Done() { wg.Add(-1) }

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	if wg.n > 0 {
		deadlock()
	}
}

// A Pool is a set of temporary objects that may be reused.
type Pool struct {
	items []any
	// New, when set, makes a value for Get when the pool is empty.
	New func() any
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.items = append(p.items, x)
}

func (p *Pool) Get() any {
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
		return x
	}
	if p.New != nil {
		return p.New()
	}
	return nil
}
