// Package debug is gc's runtime/debug for gosharp: the collector's knobs, FreeOSMemory, and stack
// traces.
package debug

import (
	"os"
	"runtime"
	_ "unsafe"
)

//go:linkname setGCPercent runtime.setGCPercent
func setGCPercent(in int) int

//go:linkname setMaxStack runtime.setMaxStack
func setMaxStack(in int) int

//go:linkname stackTrace runtime.stackTrace
func stackTrace() []byte

// SetGCPercent sets the collection target percentage (GOGC): a collection starts when the heap
// has grown by percent of what the last one left live; negative turns collection off. It returns
// the previous setting.
func SetGCPercent(percent int) int { return setGCPercent(percent) }

// FreeOSMemory runs a collection and returns the free pages to the operating system (every
// collection does).
func FreeOSMemory() { runtime.GC() }

// SetMaxStack records the maximum stack size and returns the previous one (1000000000 at start).
// gosharp's stack is reserved once at start-up, so the setting changes nothing.
func SetMaxStack(bytes int) int { return setMaxStack(bytes) }

var maxThreads = 10000

// SetMaxThreads records the maximum number of threads and returns the previous one (10000).
// gosharp runs one thread.
func SetMaxThreads(threads int) int {
	old := maxThreads
	maxThreads = threads
	return old
}

var panicOnFault bool

// SetPanicOnFault records whether faults at unexpected addresses should panic and returns the
// previous setting. gosharp always turns faults in the first page into nil-dereference panics and
// others into fatal errors, whatever the setting.
func SetPanicOnFault(enabled bool) bool {
	old := panicOnFault
	panicOnFault = enabled
	return old
}

var memoryLimit int64 = 1<<63 - 1

// SetMemoryLimit records the soft memory limit (negative: only query) and returns the previous
// one (math.MaxInt64 at start). The collector paces itself by GOGC alone.
func SetMemoryLimit(limit int64) int64 {
	old := memoryLimit
	if limit >= 0 {
		memoryLimit = limit
	}
	return old
}

// Stack is a traceback of the calling goroutine, as gc formats it ("goroutine 1 [running]:" then
// a function and a file:line line per frame).
func Stack() []byte { return stackTrace() }

// PrintStack writes Stack's traceback to standard error.
func PrintStack() { os.Stderr.Write(Stack()) }
