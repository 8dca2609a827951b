package os

import "unsafe"

// System call numbers (linux/arm64).
const (
	sysGetcwd   = 17
	sysMkdirat  = 34
	sysUnlinkat = 35
	sysOpenat   = 56
	sysClose    = 57
	sysLseek    = 62
	sysRead     = 63
	sysWrite    = 64
	sysExit     = 94
	sysGetpid   = 172
	sysGetppid  = 173

	atFdcwd     = -100
	atRemoveDir = 0x200
)

func syscall6(num, a1, a2, a3, a4, a5, a6 uintptr) (r uintptr, errno uintptr)

func runtimeArgs() (argc int, argv uintptr)

// cstring is s NUL-terminated, for the kernel.
func cstring(s string) *byte {
	b := make([]byte, len(s)+1)
	copy(b, s)
	return &b[0]
}

func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// gostring is the NUL-terminated string at p, copied.
func gostring(p uintptr) string {
	n := 0
	for *(*byte)(unsafe.Pointer(p + uintptr(n))) != 0 {
		n++
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = *(*byte)(unsafe.Pointer(p + uintptr(i)))
	}
	return string(b)
}

// fdcwd is AT_FDCWD as a system call argument.
var fdcwd = ^uintptr(-atFdcwd - 1)
