#include "textflag.h"
#include "asm_arm64.h"

// Faults become panics (gc's design): the handler records the signal, then edits the interrupted
// context so that, when the kernel resumes it, the faulting function seems to have called
// runtime·sigpanic at the faulting instruction (LR = the faulting pc). sigpanic then panics like
// any Go code, so deferred calls run and recover works, and tracebacks pass through it.

// func initsig(): SIGSEGV, SIGBUS and SIGTRAP to sigtramp (called by _rt0_arm64_linux before any Go code).
// The handler runs on a stack of its own: the kernel's signal frame would otherwise overwrite the
// words just below the interrupted SP, where gc's frame layout keeps the frame pointer.
TEXT runtime·initsig(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$runtime·sigaltstk(SB), R0
	MOVD	$runtime·sigstack(SB), R1
	MOVD	R1, 0(R0)		// ss_sp
	MOVD	$0, 8(R0)		// ss_flags
	MOVD	$SigStackSize, R1
	MOVD	R1, 16(R0)		// ss_size
	MOVD	$0, R1
	MOVD	$SYS_sigaltstack, R8
	SVC
	MOVD	$runtime·sigact(SB), R1
	MOVD	$runtime·sigtramp(SB), R0
	MOVD	R0, 0(R1)		// sa_handler
	MOVD	$(SA_SIGINFO|SA_RESTORER|SA_ONSTACK), R0
	MOVD	R0, 8(R1)		// sa_flags
	MOVD	$runtime·sigreturn(SB), R0
	MOVD	R0, 16(R1)		// sa_restorer
	MOVD	$0, 24(R1)		// sa_mask: block nothing more
	MOVD	$SIGSEGV, R0
	MOVD	$0, R2
	MOVD	$8, R3
	MOVD	$SYS_rt_sigaction, R8
	SVC
	MOVD	$runtime·sigact(SB), R1
	MOVD	$SIGBUS, R0
	MOVD	$0, R2
	MOVD	$8, R3
	MOVD	$SYS_rt_sigaction, R8
	SVC
	MOVD	$runtime·sigact(SB), R1	// SIGTRAP: runtime.Breakpoint without a debugger
	MOVD	$SIGTRAP, R0
	MOVD	$0, R2
	MOVD	$8, R3
	MOVD	$SYS_rt_sigaction, R8
	SVC
	RET

// The kernel calls the handler with R0 = signal, R1 = siginfo, R2 = ucontext and LR = sa_restorer.
// It runs on the faulting goroutine's stack, below the signal frame, and uses no stack itself.
TEXT runtime·sigtramp(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$runtime·sigNum(SB), R3
	MOVW	R0, (R3)
	MOVW	si_code(R1), R4
	MOVD	$runtime·sigCode(SB), R3
	MOVD	R4, (R3)
	MOVD	si_addr(R1), R4
	MOVD	$runtime·sigAddr(SB), R3
	MOVD	R4, (R3)
	MOVD	(uc_regs+30*8)(R2), R4
	MOVD	$runtime·sigLR(SB), R3
	MOVD	R4, (R3)
	MOVD	uc_sp(R2), R4
	MOVD	$runtime·sigSP(SB), R3
	MOVD	R4, (R3)
	MOVD	uc_pc(R2), R4
	MOVD	$runtime·sigPC(SB), R3
	MOVD	R4, (R3)
	MOVD	R4, (uc_regs+30*8)(R2)	// LR: the faulting pc, as if it had called sigpanic
	MOVD	$runtime·sigpanic(SB), R4
	MOVD	R4, uc_pc(R2)
	RET

// sa_restorer: back into the (edited) interrupted context.
TEXT runtime·sigreturn(SB),NOSPLIT|NOFRAME,$0-0
	MOVD	$SYS_rt_sigreturn, R8
	SVC

GLOBL	runtime·sigact(SB), NOPTR, $32
GLOBL	runtime·sigaltstk(SB), NOPTR, $24
GLOBL	runtime·sigstack(SB), NOPTR, $SigStackSize
