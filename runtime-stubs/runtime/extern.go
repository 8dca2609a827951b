package runtime

import "unsafe"

// The runtime's small public API: constants describing the build, the scheduler's knobs (there is
// one goroutine, so they report one of everything), Breakpoint, KeepAlive, and the stack's callers
// through the linker's function table.

// GOOS and GOARCH are the target the program was built for.
const GOOS = "linux"
const GOARCH = "arm64"

// Compiler is the toolchain's name as programs see it. gosharp follows gc's ABI, layouts and
// behaviour, and programs test this to take gc's paths (for example, precise finalizer tests skip
// themselves under "gccgo"), so it says "gc".
const Compiler = "gc"

// buildVersion is the Go release gosharp implements.
const buildVersion = "go1.19"

// Version is the Go release gosharp implements.
func Version() string { return buildVersion }

// GOROOT is $GOROOT, else the installed gc 1.19's root.
func GOROOT() string {
	if s := gogetenv("GOROOT"); s != "" {
		return s
	}
	return "/usr/lib/go-1.19"
}

// gomaxprocs is what GOMAXPROCS reports; only one goroutine ever runs at a time.
var gomaxprocs = 1

// GOMAXPROCS sets the number of processors that may run Go code at once (when n >= 1) and returns
// the previous setting. It is recorded but changes nothing: there is one goroutine.
func GOMAXPROCS(n int) int {
	prev := gomaxprocs
	if n >= 1 {
		gomaxprocs = n
	}
	return prev
}

// NumCPU is the number of processors the program may use (sched_getaffinity).
func NumCPU() int {
	var mask [128]byte // 1024 CPUs
	n := schedGetaffinity(0, uintptr(len(mask)), unsafe.Pointer(&mask[0]))
	if n <= 0 {
		return 1
	}
	c := 0
	for i := 0; i < n && i < len(mask); i++ {
		for b := mask[i]; b != 0; b &= b - 1 {
			c++
		}
	}
	if c == 0 {
		return 1
	}
	return c
}

// schedGetaffinity is the sched_getaffinity system call: bytes of mask written, or -errno
// (extern_arm64.s).
func schedGetaffinity(pid int, size uintptr, mask unsafe.Pointer) int

// NumGoroutine is the number of goroutines that exist: main's.
func NumGoroutine() int { return 1 }

// Gosched yields the processor. With one goroutine there is nobody to yield to, except the
// finalizers gc would run in their own goroutine: pending ones run now.
func Gosched() {
	runFinalizers()
}

// Breakpoint executes a breakpoint instruction (BRK): under a debugger the program stops; without
// one the SIGTRAP ends it as gc's does ("SIGTRAP: trace trap", a traceback, exit status 2).
func Breakpoint() { breakpoint() }

func breakpoint() // extern_arm64.s

// KeepAlive marks x as in use up to this point, so that the object it refers to is not collected
// (and its finalizer not run) before. The call itself is the use.
//
//go:noinline
func KeepAlive(x interface{}) {
	if keepAliveSink {
		keepAliveVal = x
	}
}

var keepAliveSink bool
var keepAliveVal interface{}

// MemProfileRate is the heap profiler's sampling interval in bytes. gosharp has no heap profiler:
// it is 0, as gc's linker leaves it in programs that never read a memory profile.
var MemProfileRate int = 0

// LockOSThread and UnlockOSThread wire the goroutine to its thread: with one thread, they always are.
func LockOSThread()   {}
func UnlockOSThread() {}

// Caller reports the return address, file and line of the call skip frames above Caller's caller
// (skip 0: where Caller was called).
func Caller(skip int) (pc uintptr, file string, line int, ok bool) {
	var pcs [1]uintptr
	if callers(skip+1, pcs[:]) == 0 {
		return 0, "", 0, false
	}
	pc = pcs[0]
	f := findfunc(pc - 1)
	if f == nil {
		return pc, "", 0, false
	}
	file, line = funcline(f, pc-1)
	return pc, file, line, true
}

// Callers fills pc with the return addresses of the calls on the stack, skip frames up (0: Callers
// itself, 1: its caller), and returns how many it wrote. The walk ends with runtime.main and
// runtime.goexit, as gc's; the runtime's defer machinery and the compiler's wrappers are skipped.
func Callers(skip int, pc []uintptr) int {
	if len(pc) == 0 {
		return 0
	}
	return callers(skip, pc)
}

// callers walks the frame-pointer chain from its own frame record: level 0 is the return address
// into its caller (Callers or Caller), level 1 the one into their caller, and so on.
//
//go:noinline
func callers(skip int, pcs []uintptr) int {
	fp := getcallerfp()
	n := 0
	for level := 0; fp != 0 && n < len(pcs); level++ {
		ret := *(*uintptr)(unsafe.Pointer(fp + 8))
		fp = *(*uintptr)(unsafe.Pointer(fp))
		if ret == 0 {
			break
		}
		f := findfunc(ret - 1)
		if f == nil {
			break
		}
		name := funcname(f)
		if name == "runtime.calldefer" || name == "runtime.rundefers" || isWrapperName(name) {
			// Frames gc's programs do not see: the runtime's defer machinery and the compiler's
			// wrappers (deferred calls at a return seem called by the deferring function, during a
			// panic by runtime.gopanic).
			level--
			continue
		}
		if level >= skip {
			pcs[n] = ret
			n++
		}
		if name == "runtime.main" {
			// gc's goroutines start in runtime.goexit, which runtime.main "returns" to: the last frame.
			if level+1 >= skip && n < len(pcs) {
				pcs[n] = goexitPC()
				n++
			}
			break
		}
	}
	return n
}

// Func is a function of the program, as FuncForPC finds it.
type Func struct {
	rec *funcRecord
}

// FuncForPC is the function containing pc, or nil.
func FuncForPC(pc uintptr) *Func {
	f := findfunc(pc)
	if f == nil {
		return nil
	}
	return &Func{f}
}

// Name is the function's name (main.f, main.(*T).m).
func (f *Func) Name() string {
	if f == nil {
		return ""
	}
	return funcNameForPrint(funcname(f.rec))
}

// Entry is the address of the function's first instruction.
func (f *Func) Entry() uintptr { return f.rec.entry }

// FileLine is the source file and line of the code at pc.
func (f *Func) FileLine(pc uintptr) (file string, line int) {
	file, line = funcline(f.rec, pc)
	if line == 0 {
		return "?", 0
	}
	return file, line
}

// Frames walks the frames of a Callers result.
type Frames struct {
	pcs []uintptr
}

// Frame is one frame of a Frames walk.
type Frame struct {
	PC       uintptr
	Func     *Func
	Function string
	File     string
	Line     int
	Entry    uintptr
}

// CallersFrames describes the return addresses Callers gave.
func CallersFrames(callers []uintptr) *Frames { return &Frames{callers} }

// Next is the next frame, and whether more follow.
func (ci *Frames) Next() (frame Frame, more bool) {
	for len(ci.pcs) > 0 {
		pc := ci.pcs[0]
		ci.pcs = ci.pcs[1:]
		f := findfunc(pc - 1)
		if f == nil {
			continue
		}
		file, line := funcline(f, pc-1)
		frame = Frame{PC: pc, Func: &Func{f}, Function: funcNameForPrint(funcname(f)), File: file, Line: line, Entry: f.entry}
		return frame, len(ci.pcs) > 0
	}
	return Frame{}, false
}

// goexit stands for the function gc's goroutines return to, which ends Callers' frames.
func goexit() // extern_arm64.s

// goexitPC is a pc inside goexit, as a return address into it (extern_arm64.s).
func goexitPC() uintptr

// Stack writes the calling goroutine's traceback into buf (as much as fits) and returns the bytes
// written. all asks for every goroutine's: there is only this one.
func Stack(buf []byte, all bool) int {
	return copy(buf, stackTrace())
}

// isWrapperName reports whether a function is a wrapper the compiler generated, which gc's
// tracebacks do not show: a method value's (pkg.T.m-fm) or a deferred call's (pkg.f.deferwrap1).
func isWrapperName(name string) bool {
	if len(name) > 3 && name[len(name)-3:] == "-fm" {
		return true
	}
	for i := 0; i+10 <= len(name); i++ {
		if name[i:i+10] == ".deferwrap" {
			return true
		}
	}
	return false
}
