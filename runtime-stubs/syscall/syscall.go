// Package syscall is the raw Linux arm64 system call interface: Syscall, Syscall6 and their Raw
// forms, Errno with the common error numbers, and a few calls and constants. gosharp's os makes
// its own calls and does not use this package.
package syscall

import "unsafe"

// Syscall makes system call trap with three arguments; on failure r1 is -1 and err the errno.
func Syscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno)

// Syscall6 is Syscall with six arguments.
func Syscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno)

// RawSyscall and RawSyscall6 are Syscall and Syscall6: with a single thread there is no
// scheduler to tell about a blocking call.
func RawSyscall(trap, a1, a2, a3 uintptr) (r1, r2 uintptr, err Errno) {
	return Syscall(trap, a1, a2, a3)
}

func RawSyscall6(trap, a1, a2, a3, a4, a5, a6 uintptr) (r1, r2 uintptr, err Errno) {
	return Syscall6(trap, a1, a2, a3, a4, a5, a6)
}

// System call numbers (linux/arm64, the generic table).
const (
	SYS_GETCWD     = 17
	SYS_MKDIRAT    = 34
	SYS_UNLINKAT   = 35
	SYS_OPENAT     = 56
	SYS_CLOSE      = 57
	SYS_LSEEK      = 62
	SYS_READ       = 63
	SYS_WRITE      = 64
	SYS_EXIT       = 93
	SYS_EXIT_GROUP = 94
	SYS_KILL       = 129
	SYS_GETPID     = 172
	SYS_GETPPID    = 173
	SYS_GETUID     = 174
	SYS_GETGID     = 176
	SYS_GETTID     = 178
)

const (
	Stdin  = 0
	Stdout = 1
	Stderr = 2
)

const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_TRUNC     = 0x200
	O_APPEND    = 0x400
	O_NONBLOCK  = 0x800
	O_DIRECTORY = 0x4000
	O_CLOEXEC   = 0x80000
	AT_FDCWD    = -0x64
)

func Getpid() int  { r, _, _ := RawSyscall(SYS_GETPID, 0, 0, 0); return int(r) }
func Getppid() int { r, _, _ := RawSyscall(SYS_GETPPID, 0, 0, 0); return int(r) }
func Getuid() int  { r, _, _ := RawSyscall(SYS_GETUID, 0, 0, 0); return int(r) }
func Getgid() int  { r, _, _ := RawSyscall(SYS_GETGID, 0, 0, 0); return int(r) }
func Gettid() int  { r, _, _ := RawSyscall(SYS_GETTID, 0, 0, 0); return int(r) }

// Exit ends the process at once with status code.
func Exit(code int) { RawSyscall(SYS_EXIT_GROUP, uintptr(code), 0, 0) }

func bufArg(p []byte) uintptr {
	if len(p) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&p[0]))
}

// errResult turns an errno of 0 into a nil error.
func errResult(e Errno) error {
	if e != 0 {
		return e
	}
	return nil
}

func Read(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_READ, uintptr(fd), bufArg(p), uintptr(len(p)))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Write(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), bufArg(p), uintptr(len(p)))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Close(fd int) error {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errResult(e)
}

// Open opens path relative to the working directory (openat with AT_FDCWD).
func Open(path string, mode int, perm uint32) (fd int, err error) {
	p, err := BytePtrFromString(path)
	if err != nil {
		return -1, err
	}
	r, _, e := Syscall6(SYS_OPENAT, uintptr(AT_FDCWD&(1<<64-1)), uintptr(unsafe.Pointer(p)), uintptr(mode), uintptr(perm), 0, 0)
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := Syscall(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence))
	if e != 0 {
		return -1, e
	}
	return int64(r), nil
}

// ByteSliceFromString is s NUL-terminated; EINVAL when s holds a NUL.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	b := make([]byte, len(s)+1)
	copy(b, s)
	return b, nil
}

// BytePtrFromString is ByteSliceFromString's first byte.
func BytePtrFromString(s string) (*byte, error) {
	b, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &b[0], nil
}
