package os

import "errors"

// Portable errors (gc's io/fs errors, with the same messages).
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// A PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// A SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// Errno is a Linux error number (gc's syscall.Errno).
type Errno uintptr

var errnoText = map[Errno]string{
	1:  "operation not permitted",
	2:  "no such file or directory",
	3:  "no such process",
	4:  "interrupted system call",
	5:  "input/output error",
	9:  "bad file descriptor",
	11: "resource temporarily unavailable",
	12: "cannot allocate memory",
	13: "permission denied",
	17: "file exists",
	20: "not a directory",
	21: "is a directory",
	22: "invalid argument",
	24: "too many open files",
	28: "no space left on device",
	30: "read-only file system",
	32: "broken pipe",
	36: "file name too long",
	39: "directory not empty",
}

func (e Errno) Error() string {
	if s, ok := errnoText[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is match an Errno against the portable errors.
func (e Errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 13 || e == 1
	case ErrExist:
		return e == 17 || e == 39
	case ErrNotExist:
		return e == 2
	}
	return false
}

func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// IsExist reports whether err says a file already exists.
func IsExist(err error) bool { return is(err, ErrExist) }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return is(err, ErrNotExist) }

// IsPermission reports whether err says permission is denied.
func IsPermission(err error) bool { return is(err, ErrPermission) }

func is(err, target error) bool {
	err = underlying(err)
	if err == target {
		return true
	}
	e, ok := err.(Errno)
	return ok && e.Is(target)
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [20]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
