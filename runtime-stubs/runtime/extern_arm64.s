#include "textflag.h"

// func breakpoint(): a BRK, which the kernel reports as SIGTRAP (signal_arm64.s handles it as gc does).
TEXT runtime·breakpoint(SB),NOSPLIT|NOFRAME,$0-0
	BRK
	RET

// func schedGetaffinity(pid int, size uintptr, mask unsafe.Pointer) int
TEXT runtime·schedGetaffinity(SB),NOSPLIT|NOFRAME,$0-32
	MOVD	pid+0(FP), R0
	MOVD	size+8(FP), R1
	MOVD	mask+16(FP), R2
	MOVD	$123, R8	// SYS_sched_getaffinity
	SVC
	MOVD	R0, ret+24(FP)
	RET

// func goexit(): the bottom frame of Callers' walks (gc's goroutines start here). Never called.
TEXT runtime·goexit<ABIInternal>(SB),NOSPLIT|NOFRAME|TOPFRAME,$0-0
	MOVD	R0, R0
	BRK

// func goexitPC() uintptr: goexit's address + 4, a return address inside it.
TEXT runtime·goexitPC(SB),NOSPLIT|NOFRAME,$0-8
	MOVD	$runtime·goexit+4(SB), R0
	MOVD	R0, ret+0(FP)
	RET
