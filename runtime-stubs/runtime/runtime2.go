package runtime

// stack describes a goroutine's stack: [lo, hi).
type stack struct {
	lo uintptr
	hi uintptr
}

// g is a goroutine. The assembler's function prologue reads stackguard0 at offset 16, so the
// first fields keep gc's layout.
type g struct {
	stack       stack
	stackguard0 uintptr
	stackguard1 uintptr
}

// g0 is the goroutine that runs the program's start-up, on the process stack.
var g0 g
