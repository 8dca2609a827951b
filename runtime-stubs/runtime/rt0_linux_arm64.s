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

	// g0 runs on the stack the kernel gave us. We use 4 MB of it (qemu-user and Linux give 8 MB by
	// default) and let the stack check in every function's prologue compare against stackguard0.
	MOVD	$runtime·g0(SB), g
	MOVD	RSP, R2
	MOVD	R2, g_stack_hi(g)
	SUB	$(4<<20), R2, R3
	MOVD	R3, g_stack_lo(g)
	ADD	$StackGuard, R3, R4
	MOVD	R4, g_stackguard0(g)
	MOVD	R4, g_stackguard1(g)

	MOVD	$0, R29			// no caller frame: tracebacks stop here
	BL	runtime·init(SB)		// the runtime package's own variables
	BL	runtime·main(SB)
	MOVD	$2, R0			// runtime·main does not return
	MOVD	$SYS_exit_group, R8
	SVC
