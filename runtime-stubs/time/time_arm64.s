#include "textflag.h"

// func walltime() (sec int64, nsec int64)
TEXT ·walltime(SB),NOSPLIT,$16-16
	MOVD	$0, R0			// CLOCK_REALTIME
	ADD	$8, RSP, R1
	MOVD	$113, R8		// clock_gettime
	SVC
	MOVD	8(RSP), R0
	MOVD	R0, sec+0(FP)
	MOVD	16(RSP), R0
	MOVD	R0, nsec+8(FP)
	RET

// func nanotime() int64
TEXT ·nanotime(SB),NOSPLIT,$16-8
	MOVD	$1, R0			// CLOCK_MONOTONIC
	ADD	$8, RSP, R1
	MOVD	$113, R8		// clock_gettime
	SVC
	MOVD	8(RSP), R0
	MOVD	$1000000000, R2
	MUL	R2, R0, R0
	MOVD	16(RSP), R1
	ADD	R1, R0, R0
	MOVD	R0, ret+0(FP)
	RET

// func nanosleep(ns int64): sleeps, restarting after signals until the time has passed.
TEXT ·nanosleep(SB),NOSPLIT,$32-8
	MOVD	ns+0(FP), R0
	MOVD	$1000000000, R2
	UDIV	R2, R0, R3		// seconds
	MSUB	R3, R0, R2, R4		// nanoseconds = ns - seconds*1e9
	MOVD	R3, 8(RSP)
	MOVD	R4, 16(RSP)
again:
	ADD	$8, RSP, R0		// request
	ADD	$8, RSP, R1		// remaining time, written back into the request
	MOVD	$101, R8		// nanosleep
	SVC
	CMN	$4, R0			// -EINTR: sleep the rest
	BEQ	again
	RET
