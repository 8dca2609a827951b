#include "textflag.h"
#include "asm_arm64.h"

// _rt0_arm64_linux is the process entry point. The kernel starts us with argc at 0(RSP) and the
// argv and envp arrays after it. We record them, make g0 describe the process stack, and run
// runtime·main, which never returns.
TEXT _rt0_arm64_linux(SB),NOSPLIT|NOFRAME|TOPFRAME,$0
	MOVD	0(RSP), R0		// argc
	ADD	$8, RSP, R1		// argv
	MOVD	R0, runtime·argc(SB)
	MOVD	R1, runtime·argv(SB)

	// g0 runs on a stack of its own: StackReserve bytes of address space, reserved with
	// MAP_NORESERVE so that only the pages deep recursion touches are ever committed. Every
	// function's prologue compares RSP with stackguard0 (its bottom plus StackGuard) and calls
	// morestack when below, which ends the program with gc's stack overflow error.
	MOVD	$0, R0
	MOVD	$(StackReserve), R1
	MOVD	$3, R2			// PROT_READ|PROT_WRITE
	MOVD	$0x4022, R3		// MAP_PRIVATE|MAP_ANONYMOUS|MAP_NORESERVE
	MOVD	$-1, R4
	MOVD	$0, R5
	MOVD	$SYS_mmap, R8
	SVC
	CMN	$4095, R0
	BCS	oldstack		// no mapping: stay on the kernel's stack, 4 MB of it
	MOVD	R0, R3			// lo
	ADD	$(StackReserve), R0, R2	// hi
	MOVD	R2, RSP
	B	setg
oldstack:
	MOVD	RSP, R2
	SUB	$(4<<20), R2, R3
setg:
	MOVD	$runtime·g0(SB), g
	MOVD	R2, g_stack_hi(g)
	MOVD	R3, g_stack_lo(g)
	ADD	$StackGuard, R3, R4
	MOVD	R4, g_stackguard0(g)
	MOVD	R4, g_stackguard1(g)

	BL	runtime·initsig(SB)
	MOVD	$0, R29			// no caller frame: tracebacks stop here
	BL	runtime·init(SB)		// the runtime package's own variables
	BL	runtime·main(SB)
	MOVD	$2, R0			// runtime·main does not return
	MOVD	$SYS_exit_group, R8
	SVC
