#include "textflag.h"
#include "asm_arm64.h"

// System calls, with the Linux arm64 convention: number in R8, arguments in R0-R5, result in R0.

// func exit(code int32)
TEXT runtime·exit(SB),NOSPLIT|NOFRAME,$0-4
	MOVW	code+0(FP), R0
	MOVD	$SYS_exit_group, R8
	SVC
	RET

// func write1(fd uintptr, p unsafe.Pointer, n int32) int32
TEXT runtime·write1(SB),NOSPLIT|NOFRAME,$0-28
	MOVD	fd+0(FP), R0
	MOVD	p+8(FP), R1
	MOVW	n+16(FP), R2
	MOVD	$SYS_write, R8
	SVC
	MOVW	R0, ret+24(FP)
	RET

// func main_main()
// The program's main.main: a jump, so that the runtime's Go code needs no linkname.
TEXT runtime·main_main(SB),NOSPLIT|NOFRAME,$0-0
	JMP	main·main(SB)

// func main_init()
TEXT runtime·main_init(SB),NOSPLIT|NOFRAME,$0-0
	JMP	main·init(SB)

// morestack_noctxt is called by a function's prologue when RSP is below stackguard0, with R3 = the
// function's LR (into its caller) and LR = an address inside the function. gosharp does not grow
// stacks (the stack is reserved big, see rt0), so this is the end: it moves to a stack of its own,
// links two frame records so that tracebacks see the function and its callers, and calls
// stackoverflow, which prints gc's message and traceback and exits with status 2.
TEXT runtime·morestack_noctxt(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	RSP, R0				// sp, for the message
	MOVD	g_stack_lo(g), R1
	MOVD	g_stack_hi(g), R2
	MOVD	$runtime·overflowstack(SB), R4
	MOVD	R4, g_stack_lo(g)
	ADD	$StackGuard, R4, R5
	MOVD	R5, g_stackguard0(g)
	MOVD	R5, g_stackguard1(g)
	ADD	$OverflowStackSize, R4, R4
	MOVD	R4, g_stack_hi(g)
	SUB	$32, R4, R4
	MOVD	R4, RSP
	MOVD	R29, 0(R4)			// the caller's frame record: its FP and the function's LR
	MOVD	R3, 8(R4)
	ADD	$16, R4, R5
	MOVD	R4, 0(R5)			// the function's own: a pc inside it
	MOVD	R30, 8(R5)
	MOVD	R5, R29
	MOVD	R30, R3				// pc, for the message
	CALL	runtime·stackoverflow(SB)
	MOVD	$2, R0
	MOVD	$SYS_exit_group, R8
	SVC

TEXT runtime·morestack(SB),NOSPLIT|NOFRAME,$0-0
	JMP	runtime·morestack_noctxt(SB)

GLOBL	runtime·overflowstack(SB), NOPTR, $OverflowStackSize

// func mmap(addr unsafe.Pointer, n uintptr, prot, flags, fd int32, off uint32) (p unsafe.Pointer, err int)
// Returns the mapping, or (nil, errno).
TEXT runtime·mmap(SB),NOSPLIT|NOFRAME,$0-48
	MOVD	addr+0(FP), R0
	MOVD	n+8(FP), R1
	MOVW	prot+16(FP), R2
	MOVW	flags+20(FP), R3
	MOVW	fd+24(FP), R4
	MOVW	off+28(FP), R5
	MOVD	$SYS_mmap, R8
	SVC
	CMN	$4095, R0
	BCC	ok
	NEG	R0, R0
	MOVD	$0, p+32(FP)
	MOVD	R0, err+40(FP)
	RET
ok:
	MOVD	R0, p+32(FP)
	MOVD	$0, err+40(FP)
	RET

// func nanotime() int64: CLOCK_MONOTONIC in nanoseconds.
TEXT runtime·nanotime<ABIInternal>(SB),NOSPLIT,$16-8
	MOVD	$1, R0			// CLOCK_MONOTONIC
	ADD	$8, RSP, R1
	MOVD	$SYS_clock_gettime, R8
	SVC
	MOVD	8(RSP), R0		// seconds
	MOVD	16(RSP), R1		// nanoseconds
	MOVD	$1000000000, R2
	MUL	R2, R0, R0
	ADD	R1, R0, R0
	RET
