#include "textflag.h"

// Helpers of the heap and the collector.

#define SYS_munmap	215

// func sysMunmap(addr unsafe.Pointer, n uintptr) int
// Returns 0, or the errno.
TEXT runtime·sysMunmap(SB),NOSPLIT|NOFRAME,$0-24
	MOVD	addr+0(FP), R0
	MOVD	n+8(FP), R1
	MOVD	$SYS_munmap, R8
	SVC
	NEG	R0, R0
	MOVD	R0, ret+16(FP)
	RET

// func getsp() uintptr
// The caller's stack pointer (this function has no frame).
TEXT runtime·getsp(SB),NOSPLIT|NOFRAME,$0-8
	MOVD	RSP, R0
	MOVD	R0, ret+0(FP)
	RET

// func rootRanges() (data, edata, bss, ebss uintptr)
// The data and bss sections, which the linker bounds with these symbols.
TEXT runtime·rootRanges(SB),NOSPLIT|NOFRAME,$0-32
	MOVD	$runtime·data(SB), R0
	MOVD	R0, data+0(FP)
	MOVD	$runtime·edata(SB), R0
	MOVD	R0, edata+8(FP)
	MOVD	$runtime·bss(SB), R0
	MOVD	R0, bss+16(FP)
	MOVD	$runtime·ebss(SB), R0
	MOVD	R0, ebss+24(FP)
	RET

// func rootMasks() (gcdata, gcbss uintptr)
// The linker's pointer bitmaps of the data and bss sections: bit i set when word i may hold a pointer.
TEXT runtime·rootMasks(SB),NOSPLIT|NOFRAME,$0-16
	MOVD	$runtime·gcdata(SB), R0
	MOVD	R0, gcdata+0(FP)
	MOVD	$runtime·gcbss(SB), R0
	MOVD	R0, gcbss+8(FP)
	RET
