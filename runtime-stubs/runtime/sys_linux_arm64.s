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

// morestack_noctxt is called by a function's prologue when the stack is below stackguard0.
// gosharp does not grow stacks yet, so this is the end: it prints gc's message and exits with
// status 2. It runs on the exhausted stack, so it uses none.
TEXT runtime·morestack_noctxt(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$2, R0
	MOVD	$runtime·stackoverflowmsg(SB), R1
	MOVD	$runtime·stackoverflowmsglen(SB), R2
	MOVD	(R2), R2
	MOVD	$SYS_write, R8
	SVC
	MOVD	$2, R0
	MOVD	$SYS_exit_group, R8
	SVC

TEXT runtime·morestack(SB),NOSPLIT|NOFRAME,$0-0
	JMP	runtime·morestack_noctxt(SB)

DATA	runtime·stackoverflowmsg+0(SB)/84, $"runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n"
GLOBL	runtime·stackoverflowmsg(SB), RODATA|NOPTR, $84
DATA	runtime·stackoverflowmsglen+0(SB)/8, $84
GLOBL	runtime·stackoverflowmsglen(SB), RODATA|NOPTR, $8

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
