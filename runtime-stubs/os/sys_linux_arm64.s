#include "textflag.h"

// Linux arm64 system calls for package os: number in R8, arguments in R0-R5, result in R0
// (-errno on failure).

// func syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r uintptr, errno uintptr)
TEXT ·syscall6(SB),NOSPLIT|NOFRAME,$0-72
	MOVD	num+0(FP), R8
	MOVD	a1+8(FP), R0
	MOVD	a2+16(FP), R1
	MOVD	a3+24(FP), R2
	MOVD	a4+32(FP), R3
	MOVD	a5+40(FP), R4
	MOVD	a6+48(FP), R5
	SVC
	CMN	$4095, R0
	BCC	ok
	NEG	R0, R0
	MOVD	$-1, R1
	MOVD	R1, r+56(FP)
	MOVD	R0, errno+64(FP)
	RET
ok:
	MOVD	R0, r+56(FP)
	MOVD	ZR, errno+64(FP)
	RET

// func runtimeArgs() (argc int, argv uintptr)
// gosharp: reads the runtime's variables from assembly, as //go:linkname is not supported yet.
TEXT ·runtimeArgs(SB),NOSPLIT|NOFRAME,$0-16
	MOVD	runtime·argc(SB), R0
	MOVD	R0, argc+0(FP)
	MOVD	runtime·argv(SB), R0
	MOVD	R0, argv+8(FP)
	RET
