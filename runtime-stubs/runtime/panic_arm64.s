#include "textflag.h"

// func deferproc(fn unsafe.Pointer) int
// Records a deferred call for the calling frame: its RSP, R29 and the return address, then
// continues in newdefer (a tail call, so newdefer returns straight to the deferring function).
TEXT runtime·deferproc<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-16
	MOVD	RSP, R1
	MOVD	R29, R2
	MOVD	R30, R3
	B	runtime·newdefer<ABIInternal>(SB)

// func deferreturn()
// Runs the calls the calling frame deferred.
TEXT runtime·deferreturn<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	R29, R0
	B	runtime·rundefers<ABIInternal>(SB)

// func gorecover() interface{}
TEXT runtime·recover<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-16
	MOVD	R29, R0
	B	runtime·gorecover<ABIInternal>(SB)

// func recovery(sp, fp, pc uintptr)
// Resumes the deferring frame after a recovered panic: its stack and frame pointers back, and
// deferproc "returns" 1 at pc.
TEXT runtime·recovery<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-24
	MOVD	R0, RSP
	MOVD	R1, R29
	MOVD	$1, R0
	JMP	(R2)

// func callMethodString(code unsafe.Pointer, recv unsafe.Pointer) string
// Calls a method of type func() string through its code pointer with recv as receiver.
TEXT runtime·callMethodString<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-32
	MOVD	R0, R16
	MOVD	R1, R0
	JMP	(R16)
