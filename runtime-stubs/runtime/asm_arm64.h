// Constants shared by the runtime's assembly files.

// Offsets in the g structure (see runtime2.go). The assembler's stack check reads g_stackguard0.
#define g_stack_lo	0
#define g_stack_hi	8
#define g_stackguard0	16
#define g_stackguard1	24

// How far above stack.lo the guard sits: room for NOSPLIT functions to run below it (gc's value).
#define StackGuard	928

// Linux arm64 system call numbers (asm-generic/unistd.h).
#define SYS_write	64
#define SYS_exit_group	94
#define SYS_mmap	222
#define SYS_munmap	215
#define SYS_clock_gettime	113
#define SYS_rt_sigaction	134
#define SYS_rt_sigreturn	139

// Signals and sigaction flags (asm-generic/signal.h).
#define SIGTRAP	5
#define SIGBUS	7
#define SIGSEGV	11
#define SA_SIGINFO	0x4
#define SA_RESTORER	0x04000000
#define SA_ONSTACK	0x08000000
#define SYS_sigaltstack	132
#define SigStackSize	(32<<10)

// The goroutine stack: reserved (not committed) at start-up, gc's effective limit (a 512 MB stack
// cannot double within gc's 1000000000-byte maximum).
#define StackReserve	(512<<20)

// Where the kernel's signal frame keeps things (arm64 siginfo_t and ucontext_t).
#define si_code	8
#define si_addr	16
#define uc_regs	184		// uc_mcontext.regs[0]: 176 (uc_mcontext) + 8 (fault_address)
#define uc_sp	432
#define uc_pc	440

// The stack morestack moves to for printing the stack overflow error.
#define OverflowStackSize	(64<<10)
