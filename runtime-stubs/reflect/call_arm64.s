#include "textflag.h"

// func callRegs(code, closure unsafe.Pointer, regs *callRegs)
// Calls code with the register convention: R0-R15 and F0-F15 loaded from regs, R26 = closure (the
// func value, for closures), then stores R0-R15 and F0-F15 back into regs: the results of a
// signature whose arguments and results all travel in registers.
TEXT ·callRegs(SB),0,$16-24
	MOVD	regs+16(FP), R19
	MOVD	R19, 8(RSP)
	MOVD	0(R19), R0
	MOVD	8(R19), R1
	MOVD	16(R19), R2
	MOVD	24(R19), R3
	MOVD	32(R19), R4
	MOVD	40(R19), R5
	MOVD	48(R19), R6
	MOVD	56(R19), R7
	MOVD	64(R19), R8
	MOVD	72(R19), R9
	MOVD	80(R19), R10
	MOVD	88(R19), R11
	MOVD	96(R19), R12
	MOVD	104(R19), R13
	MOVD	112(R19), R14
	MOVD	120(R19), R15
	FMOVD	128(R19), F0
	FMOVD	136(R19), F1
	FMOVD	144(R19), F2
	FMOVD	152(R19), F3
	FMOVD	160(R19), F4
	FMOVD	168(R19), F5
	FMOVD	176(R19), F6
	FMOVD	184(R19), F7
	FMOVD	192(R19), F8
	FMOVD	200(R19), F9
	FMOVD	208(R19), F10
	FMOVD	216(R19), F11
	FMOVD	224(R19), F12
	FMOVD	232(R19), F13
	FMOVD	240(R19), F14
	FMOVD	248(R19), F15
	MOVD	closure+8(FP), R26
	MOVD	code+0(FP), R16
	CALL	(R16)
	MOVD	8(RSP), R19
	MOVD	R0, 0(R19)
	MOVD	R1, 8(R19)
	MOVD	R2, 16(R19)
	MOVD	R3, 24(R19)
	MOVD	R4, 32(R19)
	MOVD	R5, 40(R19)
	MOVD	R6, 48(R19)
	MOVD	R7, 56(R19)
	MOVD	R8, 64(R19)
	MOVD	R9, 72(R19)
	MOVD	R10, 80(R19)
	MOVD	R11, 88(R19)
	MOVD	R12, 96(R19)
	MOVD	R13, 104(R19)
	MOVD	R14, 112(R19)
	MOVD	R15, 120(R19)
	FMOVD	F0, 128(R19)
	FMOVD	F1, 136(R19)
	FMOVD	F2, 144(R19)
	FMOVD	F3, 152(R19)
	FMOVD	F4, 160(R19)
	FMOVD	F5, 168(R19)
	FMOVD	F6, 176(R19)
	FMOVD	F7, 184(R19)
	FMOVD	F8, 192(R19)
	FMOVD	F9, 200(R19)
	FMOVD	F10, 208(R19)
	FMOVD	F11, 216(R19)
	FMOVD	F12, 224(R19)
	FMOVD	F13, 232(R19)
	FMOVD	F14, 240(R19)
	FMOVD	F15, 248(R19)
	RET

// func methodValueCall()
// The code of func values made from method Values (Value.Method(i).Interface()). R26 is the
// func value, a methodClosure {code, method, recv}: the integer arguments move up one register,
// the receiver goes in R0, and the method runs in our place (it returns to our caller).
TEXT ·methodValueCall<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	R14, R15
	MOVD	R13, R14
	MOVD	R12, R13
	MOVD	R11, R12
	MOVD	R10, R11
	MOVD	R9, R10
	MOVD	R8, R9
	MOVD	R7, R8
	MOVD	R6, R7
	MOVD	R5, R6
	MOVD	R4, R5
	MOVD	R3, R4
	MOVD	R2, R3
	MOVD	R1, R2
	MOVD	R0, R1
	MOVD	16(R26), R0
	MOVD	8(R26), R16
	JMP	(R16)

// func makeFuncStub()
// The code of func values made by MakeFunc. R26 is the func value, a makeFuncClosure. The
// argument registers are saved in a registers struct in this frame, callMakeFunc(closure, regs)
// runs the Go function and leaves the results in the struct, and they are loaded from it into
// the result registers.
TEXT ·makeFuncStub<ABIInternal>(SB),0,$272-0
	MOVD	R0, 8(RSP)
	MOVD	R1, 16(RSP)
	MOVD	R2, 24(RSP)
	MOVD	R3, 32(RSP)
	MOVD	R4, 40(RSP)
	MOVD	R5, 48(RSP)
	MOVD	R6, 56(RSP)
	MOVD	R7, 64(RSP)
	MOVD	R8, 72(RSP)
	MOVD	R9, 80(RSP)
	MOVD	R10, 88(RSP)
	MOVD	R11, 96(RSP)
	MOVD	R12, 104(RSP)
	MOVD	R13, 112(RSP)
	MOVD	R14, 120(RSP)
	MOVD	R15, 128(RSP)
	FMOVD	F0, 136(RSP)
	FMOVD	F1, 144(RSP)
	FMOVD	F2, 152(RSP)
	FMOVD	F3, 160(RSP)
	FMOVD	F4, 168(RSP)
	FMOVD	F5, 176(RSP)
	FMOVD	F6, 184(RSP)
	FMOVD	F7, 192(RSP)
	FMOVD	F8, 200(RSP)
	FMOVD	F9, 208(RSP)
	FMOVD	F10, 216(RSP)
	FMOVD	F11, 224(RSP)
	FMOVD	F12, 232(RSP)
	FMOVD	F13, 240(RSP)
	FMOVD	F14, 248(RSP)
	FMOVD	F15, 256(RSP)
	MOVD	R26, R0
	ADD	$8, RSP, R1
	CALL	·callMakeFunc<ABIInternal>(SB)
	MOVD	8(RSP), R0
	MOVD	16(RSP), R1
	MOVD	24(RSP), R2
	MOVD	32(RSP), R3
	MOVD	40(RSP), R4
	MOVD	48(RSP), R5
	MOVD	56(RSP), R6
	MOVD	64(RSP), R7
	MOVD	72(RSP), R8
	MOVD	80(RSP), R9
	MOVD	88(RSP), R10
	MOVD	96(RSP), R11
	MOVD	104(RSP), R12
	MOVD	112(RSP), R13
	MOVD	120(RSP), R14
	MOVD	128(RSP), R15
	FMOVD	136(RSP), F0
	FMOVD	144(RSP), F1
	FMOVD	152(RSP), F2
	FMOVD	160(RSP), F3
	FMOVD	168(RSP), F4
	FMOVD	176(RSP), F5
	FMOVD	184(RSP), F6
	FMOVD	192(RSP), F7
	FMOVD	200(RSP), F8
	FMOVD	208(RSP), F9
	FMOVD	216(RSP), F10
	FMOVD	224(RSP), F11
	FMOVD	232(RSP), F12
	FMOVD	240(RSP), F13
	FMOVD	248(RSP), F14
	FMOVD	256(RSP), F15
	RET
