#include "textflag.h"

// func callfinalizer(fn, a0, a1 unsafe.Pointer)
// Calls the func value fn with the register convention: R0 = a0, R1 = a1, R26 = fn. The frame is
// the outgoing area for results the finalizer returns on the stack (maxFinalizerResults bytes),
// which are dropped.
TEXT runtime·callfinalizer(SB),0,$4096-24
	MOVD	a0+8(FP), R0
	MOVD	a1+16(FP), R1
	MOVD	fn+0(FP), R26
	MOVD	0(R26), R16
	CALL	(R16)
	RET
