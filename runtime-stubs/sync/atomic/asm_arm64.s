#include "textflag.h"

// sync/atomic on arm64 with the register convention (ABIInternal): the address in R0, operands in
// R1 and R2, the result in R0. Read-modify-write operations are load-acquire/store-release
// exclusive loops (LDAXR/STLXR), which every ARMv8.0 core has; loads are LDAR and stores STLR, so
// every operation is sequentially consistent, as Go's memory model asks of sync/atomic. The
// Int/Uint/Uintptr/Pointer variants of one width share the code.

// func AddInt32(addr *int32, delta int32) (new int32)
TEXT ·AddInt32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-20
again:
	LDAXRW	(R0), R2
	ADDW	R1, R2, R3
	STLXRW	R3, (R0), R4
	CBNZ	R4, again
	MOVW	R3, R0
	RET

// func AddUint32(addr *uint32, delta uint32) (new uint32)
TEXT ·AddUint32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-20
again:
	LDAXRW	(R0), R2
	ADDW	R1, R2, R3
	STLXRW	R3, (R0), R4
	CBNZ	R4, again
	MOVWU	R3, R0
	RET

// func AddInt64(addr *int64, delta int64) (new int64)
TEXT ·AddInt64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-24
again:
	LDAXR	(R0), R2
	ADD	R1, R2, R3
	STLXR	R3, (R0), R4
	CBNZ	R4, again
	MOVD	R3, R0
	RET

// func LoadInt32(addr *int32) (val int32)
TEXT ·LoadInt32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-12
	LDARW	(R0), R0
	MOVW	R0, R0
	RET

// func LoadUint32(addr *uint32) (val uint32)
TEXT ·LoadUint32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-12
	LDARW	(R0), R0
	RET

// func LoadInt64(addr *int64) (val int64)
TEXT ·LoadInt64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-16
	LDAR	(R0), R0
	RET

// func StoreInt32(addr *int32, val int32)
TEXT ·StoreInt32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-12
	STLRW	R1, (R0)
	RET

// func StoreInt64(addr *int64, val int64)
TEXT ·StoreInt64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-16
	STLR	R1, (R0)
	RET

// func SwapInt32(addr *int32, new int32) (old int32)
TEXT ·SwapInt32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-20
again:
	LDAXRW	(R0), R2
	STLXRW	R1, (R0), R3
	CBNZ	R3, again
	MOVW	R2, R0
	RET

// func SwapUint32(addr *uint32, new uint32) (old uint32)
TEXT ·SwapUint32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-20
again:
	LDAXRW	(R0), R2
	STLXRW	R1, (R0), R3
	CBNZ	R3, again
	MOVWU	R2, R0
	RET

// func SwapInt64(addr *int64, new int64) (old int64)
TEXT ·SwapInt64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-24
again:
	LDAXR	(R0), R2
	STLXR	R1, (R0), R3
	CBNZ	R3, again
	MOVD	R2, R0
	RET

// func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
TEXT ·CompareAndSwapInt32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-17
again:
	LDAXRW	(R0), R3
	CMPW	R1, R3
	BNE	fail
	STLXRW	R2, (R0), R4
	CBNZ	R4, again
	MOVD	$1, R0
	RET
fail:
	CLREX
	MOVD	$0, R0
	RET

// func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
TEXT ·CompareAndSwapInt64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-25
again:
	LDAXR	(R0), R3
	CMP	R1, R3
	BNE	fail
	STLXR	R2, (R0), R4
	CBNZ	R4, again
	MOVD	$1, R0
	RET
fail:
	CLREX
	MOVD	$0, R0
	RET

TEXT ·AddUint64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·AddInt64<ABIInternal>(SB)

TEXT ·AddUintptr<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·AddInt64<ABIInternal>(SB)

TEXT ·LoadUint64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·LoadInt64<ABIInternal>(SB)

TEXT ·LoadUintptr<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·LoadInt64<ABIInternal>(SB)

TEXT ·LoadPointer<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·LoadInt64<ABIInternal>(SB)

TEXT ·StoreUint32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·StoreInt32<ABIInternal>(SB)

TEXT ·StoreUint64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·StoreInt64<ABIInternal>(SB)

TEXT ·StoreUintptr<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·StoreInt64<ABIInternal>(SB)

TEXT ·StorePointer<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·StoreInt64<ABIInternal>(SB)

TEXT ·SwapUint64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·SwapInt64<ABIInternal>(SB)

TEXT ·SwapUintptr<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·SwapInt64<ABIInternal>(SB)

TEXT ·SwapPointer<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·SwapInt64<ABIInternal>(SB)

TEXT ·CompareAndSwapUint32<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·CompareAndSwapInt32<ABIInternal>(SB)

TEXT ·CompareAndSwapUint64<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·CompareAndSwapInt64<ABIInternal>(SB)

TEXT ·CompareAndSwapUintptr<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·CompareAndSwapInt64<ABIInternal>(SB)

TEXT ·CompareAndSwapPointer<ABIInternal>(SB),NOSPLIT|NOFRAME,$0-0
	B	·CompareAndSwapInt64<ABIInternal>(SB)
