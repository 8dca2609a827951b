package runtime

// The runtime's side of runtime/debug (reached with //go:linkname).

// printBuf, when set, collects what printstring prints instead of writing it (debug.Stack).
var printBuf *[]byte

// setGCPercent sets GOGC's ratio (negative: no collection) and returns the previous one. The next
// collection's goal follows at once, from the heap the last collection left.
func setGCPercent(in int) int {
	if !heapReady {
		heapinit()
	}
	out := gcPercent
	if in < 0 {
		in = -1
	}
	gcPercent = in
	if gcPercent < 0 {
		nextGC = ^uintptr(0)
	} else {
		nextGC = heapMarked + heapMarked*uintptr(gcPercent)/100
		if min := uintptr(heapMinimum) * uintptr(gcPercent) / 100; nextGC < min {
			nextGC = min
		}
	}
	return out
}

// maxStack is what SetMaxStack reports: the limit the stack overflow message names. The stack
// itself is reserved at start-up (rt0_linux_arm64.s) and does not change.
var maxStack = 1000000000

func setMaxStack(in int) int {
	out := maxStack
	maxStack = in
	return out
}

// stackTrace is the calling goroutine's traceback, as gc's debug.Stack prints it.
func stackTrace() []byte {
	buf := make([]byte, 0, 1024)
	printBuf = &buf
	printstring("goroutine 1 [running]:\n")
	traceback()
	printBuf = nil
	return buf
}
