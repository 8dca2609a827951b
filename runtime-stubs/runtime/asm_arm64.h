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
