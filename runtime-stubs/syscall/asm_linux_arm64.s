#include "textflag.h"

// Linux arm64 system calls: number in R8, arguments in R0-R5; the kernel returns R0 (and R1),
// -errno in R0 on failure. gc's convention: on failure r1 = -1, r2 = 0, err = errno.

// func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)
TEXT ·Syscall(SB),NOSPLIT|NOFRAME,$0-56
	MOVD	trap+0(FP), R8
	MOVD	a1+8(FP), R0
	MOVD	a2+16(FP), R1
	MOVD	a3+24(FP), R2
	MOVD	$0, R3
	MOVD	$0, R4
	MOVD	$0, R5
	SVC
	CMN	$4095, R0
	BCC	ok
	NEG	R0, R0
	MOVD	R0, err+48(FP)
	MOVD	$-1, R0
	MOVD	R0, r1+32(FP)
	MOVD	ZR, r2+40(FP)
	RET
ok:
	MOVD	R0, r1+32(FP)
	MOVD	R1, r2+40(FP)
	MOVD	ZR, err+48(FP)
	RET

// func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)
TEXT ·Syscall6(SB),NOSPLIT|NOFRAME,$0-80
	MOVD	trap+0(FP), R8
	MOVD	a1+8(FP), R0
	MOVD	a2+16(FP), R1
	MOVD	a3+24(FP), R2
	MOVD	a4+32(FP), R3
	MOVD	a5+40(FP), R4
	MOVD	a6+48(FP), R5
	SVC
	CMN	$4095, R0
	BCC	ok6
	NEG	R0, R0
	MOVD	R0, err+72(FP)
	MOVD	$-1, R0
	MOVD	R0, r1+56(FP)
	MOVD	ZR, r2+64(FP)
	RET
ok6:
	MOVD	R0, r1+56(FP)
	MOVD	R1, r2+64(FP)
	MOVD	ZR, err+72(FP)
	RET
