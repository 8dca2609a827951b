#include "textflag.h"

// func functabAddr() uintptr: the address of the linker's function table (runtime.functab).
TEXT runtime·functabAddr<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-8
	MOVD	$runtime·functab(SB), R0
	RET

// func getcallerfp() uintptr: the frame pointer of the caller (R29 holds this function's
// caller's frame since this function has no frame of its own).
TEXT runtime·getcallerfp<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-8
	MOVD	R29, R0
	RET
