#include "textflag.h"
#include "asm_arm64.h"

// Run-time errors the compiler's checks call. Until gosharp has panics that can be recovered and
// tracebacks, they print gc's first lines and exit with status 2, as an unrecovered panic does.

// func panicdivide()
TEXT runtime·panicdivide<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$dividemsg<>(SB), R0
	MOVD	$22, R1
	B	runtimeerror<>(SB)

// func panicshift()
TEXT runtime·panicshift<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$shiftmsg<>(SB), R0
	MOVD	$21, R1
	B	runtimeerror<>(SB)

// runtimeerror prints "panic: runtime error: " + the message (R0, R1), then the goroutine line, and
// exits with status 2.
TEXT runtimeerror<>(SB),NOSPLIT,$16-0
	MOVD	R0, 8(RSP)
	MOVD	R1, 16(RSP)
	MOVD	$2, R0
	MOVD	$prefix<>(SB), R1
	MOVD	$22, R2
	MOVD	$SYS_write, R8
	SVC
	MOVD	$2, R0
	MOVD	8(RSP), R1
	MOVD	16(RSP), R2
	MOVD	$SYS_write, R8
	SVC
	MOVD	$2, R0
	MOVD	$suffix<>(SB), R1
	MOVD	$25, R2
	MOVD	$SYS_write, R8
	SVC
	MOVD	$2, R0
	MOVD	$SYS_exit_group, R8
	SVC

DATA	prefix<>+0(SB)/22, $"panic: runtime error: "
GLOBL	prefix<>(SB), RODATA|NOPTR, $22
DATA	suffix<>+0(SB)/25, $"\n\ngoroutine 1 [running]:\n"
GLOBL	suffix<>(SB), RODATA|NOPTR, $25
DATA	dividemsg<>+0(SB)/22, $"integer divide by zero"
GLOBL	dividemsg<>(SB), RODATA|NOPTR, $22
DATA	shiftmsg<>+0(SB)/21, $"negative shift amount"
GLOBL	shiftmsg<>(SB), RODATA|NOPTR, $21
