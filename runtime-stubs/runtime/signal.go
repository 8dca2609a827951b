package runtime

import "unsafe"

// Hardware faults (signal_arm64.s): the handler records the signal here and resumes the faulting
// code in sigpanic.
var sigNum uint32
var sigCode uint64
var sigAddr uint64
var sigPC uint64
var sigLR uint64 // the faulting function's LR and SP, for tracebacks through frameless functions
var sigSP uint64

func initsig()

// sigpanic turns the recorded fault into a Go panic, as if the faulting instruction had called it.
// Addresses in the first page are nil pointer dereferences; anything else is a fatal fault.
func sigpanic() {
	// Remember this fault's LR and SP by sigpanic's frame, for tracebacks that pass through it after
	// later faults have overwritten the globals.
	faults[nfaults%len(faults)] = faultInfo{getcallerfp(), uintptr(sigLR), uintptr(sigSP)}
	nfaults++
	if sigNum == 5 {
		sigtrap()
	}
	if sigAddr < 0x1000 {
		panicmem()
	}
	printlock()
	printstring("unexpected fault address 0x")
	printhexdigits(sigAddr)
	printstring("\nfatal error: fault\n")
	printsignal()
	printstring("\ngoroutine 1 [running]:\n")
	traceback()
	printunlock()
	exit(2)
}

// sigtrap ends the program after a BRK (runtime.Breakpoint) with no debugger attached, as gc does.
func sigtrap() {
	printlock()
	printstring("SIGTRAP: trace trap\nPC=0x")
	printhexdigits(sigPC)
	printstring(" m=0 sigcode=")
	printint(int64(sigCode))
	printstring("\n\ngoroutine 1 [running]:\n")
	traceback()
	printunlock()
	exit(2)
}

var memoryError = runtimeError{"invalid memory address or nil pointer dereference"}

func panicmem() {
	panic(memoryError)
}

// printsignal prints gc's "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]"
// line when a fault caused the panic.
func printsignal() {
	if sigNum == 0 {
		return
	}
	printstring("[signal ")
	if sigNum == 11 {
		printstring("SIGSEGV: segmentation violation")
	} else if sigNum == 7 {
		printstring("SIGBUS: bus error")
	} else {
		printstring("signal ")
		printint(int64(sigNum))
	}
	printstring(" code=0x")
	printhexdigits(sigCode)
	printstring(" addr=0x")
	printhexdigits(sigAddr)
	printstring(" pc=0x")
	printhexdigits(sigPC)
	printstring("]\n")
}

type faultInfo struct{ fp, lr, sp uintptr }

var faults [8]faultInfo
var nfaults int

// faultedLR returns, for the function f that faulted and whose sigpanic frame record is at fp, the
// return address into its caller when f had no frame of its own (a leaf; the address was only in
// LR), else 0. A function with a frame has saved its LR at 0(SP) (gc's frame layout) and, once it
// has made a call, LR points into itself.
func faultedLR(f *funcRecord, fp uintptr) uintptr {
	lr, sp := uintptr(sigLR), uintptr(sigSP)
	for i := range faults {
		if faults[i].fp == fp {
			lr, sp = faults[i].lr, faults[i].sp
		}
	}
	if lr >= f.entry && lr < f.entry+uintptr(f.size) {
		return 0
	}
	if lr == *(*uintptr)(unsafe.Pointer(sp)) {
		return 0
	}
	return lr
}

// stackoverflow is called by morestack_noctxt (on a stack of its own) when a function's frame does
// not fit: gc's message, the goroutine's traceback, exit status 2.
func stackoverflow(sp, lo, hi, pc uintptr) {
	printlock()
	printstring("runtime: goroutine stack exceeds 1000000000-byte limit\n")
	printstring("runtime: sp=0x")
	printhexdigits(uint64(sp))
	printstring(" stack=[0x")
	printhexdigits(uint64(lo))
	printstring(", 0x")
	printhexdigits(uint64(hi))
	printstring("]\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n")
	traceback()
	printunlock()
	exit(2)
}
