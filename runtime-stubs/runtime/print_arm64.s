#include "textflag.h"
#include "asm_arm64.h"

// The routines behind print and println. The compiler calls them with the register convention
// (ABIInternal): arguments in R0, R1. Output goes to standard error, as gc's print does.
// println(a, b) compiles to: printlock; print a; printsp; print b; printnl; printunlock.

// func printlock(), printunlock(): nothing to do while there is only one thread.
TEXT runtime·printlock<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	RET

TEXT runtime·printunlock<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	RET

// func printstring(s string)
TEXT runtime·printstring<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-16
	MOVD	R1, R2			// length
	MOVD	R0, R1			// bytes
	MOVD	$2, R0			// stderr
	MOVD	$SYS_write, R8
	SVC
	RET

// func printnl()
TEXT runtime·printnl<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$10, R0			// '\n'
	B	printbyte<>(SB)

// func printsp()
TEXT runtime·printsp<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$32, R0			// ' '
	B	printbyte<>(SB)

// printbyte writes the byte in R0 (printnl and printsp, which have no frame, jump here).
TEXT printbyte<>(SB),NOSPLIT,$16-0
	MOVB	R0, 8(RSP)
	MOVD	$2, R0
	ADD	$8, RSP, R1
	MOVD	$1, R2
	MOVD	$SYS_write, R8
	SVC
	RET

// func printbool(b bool)
TEXT runtime·printbool<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-1
	AND	$0xff, R0, R0
	CBZ	R0, false
	MOVD	$truestr<>(SB), R0
	MOVD	$4, R1
	B	runtime·printstring<ABIInternal>(SB)
false:
	MOVD	$falsestr<>(SB), R0
	MOVD	$5, R1
	B	runtime·printstring<ABIInternal>(SB)

DATA	truestr<>+0(SB)/4, $"true"
GLOBL	truestr<>(SB), RODATA|NOPTR, $4
DATA	falsestr<>+0(SB)/5, $"false"
GLOBL	falsestr<>(SB), RODATA|NOPTR, $5

// func printint(v int64)
TEXT runtime·printint<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-8
	MOVD	$0, R5			// R5: 1 when negative
	CMP	$0, R0
	BGE	positive
	MOVD	$1, R5
	NEG	R0, R0			// also right for MinInt64, read as unsigned below
positive:
	B	decimal<>(SB)

// func printuint(v uint64)
TEXT runtime·printuint<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-8
	MOVD	$0, R5
	B	decimal<>(SB)

// decimal writes R0 as an unsigned decimal, with a '-' before it when R5 is 1, using a 24-byte
// buffer at 8(RSP) in its frame. printint and printuint jump here (they have no frame of their own,
// so the return goes straight to their caller).
TEXT decimal<>(SB),NOSPLIT,$32-0
	ADD	$32, RSP, R2		// R2: where the next digit goes (right to left)
	MOVD	R2, R6			// R6: the end
	MOVD	$10, R4
digit:
	UDIV	R4, R0, R7		// R7 = v / 10
	MUL	R4, R7, R8
	SUB	R8, R0, R8		// R8 = v % 10
	ADD	$48, R8, R8
	SUB	$1, R2, R2
	MOVB	R8, (R2)
	MOVD	R7, R0
	CBNZ	R0, digit
	CBZ	R5, write
	MOVD	$45, R8			// '-'
	SUB	$1, R2, R2
	MOVB	R8, (R2)
write:
	MOVD	$2, R0
	MOVD	R2, R1
	SUB	R2, R6, R2
	MOVD	$SYS_write, R8
	SVC
	RET
