// Flags of TEXT, DATA and GLOBL directives in gosharp assembly. The numbers are the ones gc's
// assemblers use, so .s files written for gc assemble unchanged. gosharp's assembler also knows
// these names without this file.

// Don't profile the marked routine (accepted, no effect).
#define NOPROF	1
// It is ok for the linker to get multiple of these symbols. It will pick one of the duplicates to use.
#define DUPOK	2
// Don't insert stack check preamble.
#define NOSPLIT	4
// Put this data in a read-only section.
#define RODATA	8
// This data contains no pointers.
#define NOPTR	16
// This is a wrapper function and should not count as disabling 'recover'.
#define WRAPPER 32
// This function uses its incoming context register.
#define NEEDCTXT 64
// Allocate a word of thread local storage and store the offset from the thread local base to the
// thread local storage in this variable.
#define TLSBSS	256
// Do not insert instructions to allocate a stack frame for this function.
#define NOFRAME 512
// Function can call reflect.Type.Method or reflect.Type.MethodByName.
#define REFLECTMETHOD 1024
// Function is the outermost frame of the call stack: tracebacks stop here.
#define TOPFRAME 2048
// Function is an ABI wrapper.
#define ABIWRAPPER 4096
