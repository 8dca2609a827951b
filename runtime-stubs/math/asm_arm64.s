#include "textflag.h"

// func Sqrt(x float64) float64
TEXT ·Sqrt(SB),NOSPLIT|NOFRAME,$0-16
	FMOVD	x+0(FP), F0
	FSQRTD	F0, F0
	FMOVD	F0, ret+8(FP)
	RET

// func Floor(x float64) float64
TEXT ·Floor(SB),NOSPLIT|NOFRAME,$0-16
	FMOVD	x+0(FP), F0
	FRINTMD	F0, F0
	FMOVD	F0, ret+8(FP)
	RET

// func Ceil(x float64) float64
TEXT ·Ceil(SB),NOSPLIT|NOFRAME,$0-16
	FMOVD	x+0(FP), F0
	FRINTPD	F0, F0
	FMOVD	F0, ret+8(FP)
	RET

// func Trunc(x float64) float64
TEXT ·Trunc(SB),NOSPLIT|NOFRAME,$0-16
	FMOVD	x+0(FP), F0
	FRINTZD	F0, F0
	FMOVD	F0, ret+8(FP)
	RET

// func FMA(x, y, z float64) float64
TEXT ·FMA(SB),NOSPLIT|NOFRAME,$0-32
	FMOVD	x+0(FP), F0
	FMOVD	y+8(FP), F1
	FMOVD	z+16(FP), F2
	FMADDD	F1, F2, F0, F3		// F3 = F0*F1 + F2
	FMOVD	F3, ret+24(FP)
	RET
