#include "textflag.h"

// gosharp: calls into the runtime's Go code (ABIInternal: arguments and results in registers)
// from ABI0 declarations, until //go:linkname is supported.

// func assertE2I2(inter *rtype, t *rtype) unsafe.Pointer
TEXT ·assertE2I2(SB), $16-24
	MOVD	inter+0(FP), R0
	MOVD	t+8(FP), R1
	CALL	runtime·assertE2I2(SB)
	MOVD	R0, ret+16(FP)
	RET
