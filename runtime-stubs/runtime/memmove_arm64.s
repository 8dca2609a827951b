#include "textflag.h"

// func memmove(to, from unsafe.Pointer, n uintptr)
// Copies n bytes; the regions may overlap. Arguments in R0, R1, R2 (ABIInternal).
// Forward when to <= from or the regions do not overlap, else backward; forward 32 bytes at a time
// (two register pairs), then 8, then bytes.
TEXT runtime·memmove<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-24
	CBZ	R2, done
	CMP	R1, R0
	BLS	forward
	ADD	R1, R2, R3		// R3 = from + n
	CMP	R3, R0
	BLO	backward		// to < from+n: overlapping, copy from the end
forward:
	CMP	$32, R2
	BLO	fwords
	LDP.P	16(R1), (R4, R5)
	LDP.P	16(R1), (R6, R7)
	STP.P	(R4, R5), 16(R0)
	STP.P	(R6, R7), 16(R0)
	SUB	$32, R2, R2
	B	forward
fwords:
	CMP	$8, R2
	BLO	fbytes
	MOVD.P	8(R1), R4
	MOVD.P	R4, 8(R0)
	SUB	$8, R2, R2
	B	fwords
fbytes:
	CBZ	R2, done
	MOVBU.P	1(R1), R4
	MOVB.P	R4, 1(R0)
	SUB	$1, R2, R2
	B	fbytes
backward:
	ADD	R2, R0, R0		// R0 = to + n, R1 = from + n
	ADD	R2, R1, R1
bwords:
	CMP	$8, R2
	BLO	bbytes
	MOVD.W	-8(R1), R4
	MOVD.W	R4, -8(R0)
	SUB	$8, R2, R2
	B	bwords
bbytes:
	CBZ	R2, done
	MOVBU.W	-1(R1), R4
	MOVB.W	R4, -1(R0)
	SUB	$1, R2, R2
	B	bbytes
done:
	RET

// func memclrNoHeapPointers(ptr unsafe.Pointer, n uintptr)
TEXT runtime·memclrNoHeapPointers<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-16
	CMP	$32, R1
	BLO	words
blocks:					// 32 bytes at a time
	STP.P	(ZR, ZR), 16(R0)
	STP.P	(ZR, ZR), 16(R0)
	SUB	$32, R1, R1
	CMP	$32, R1
	BHS	blocks
words:
	CMP	$8, R1
	BLO	bytes
	MOVD.P	ZR, 8(R0)
	SUB	$8, R1, R1
	B	words
bytes:
	CBZ	R1, cleared
	MOVB.P	ZR, 1(R0)
	SUB	$1, R1, R1
	B	bytes
cleared:
	RET
