package syscall

// An Errno is a Linux error number; its Error is the C library's text, as gc's.
type Errno uintptr

const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	ESRCH        Errno = 3
	EINTR        Errno = 4
	EIO          Errno = 5
	EBADF        Errno = 9
	EAGAIN       Errno = 11
	ENOMEM       Errno = 12
	EACCES       Errno = 13
	EEXIST       Errno = 17
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	EMFILE       Errno = 24
	ENOSPC       Errno = 28
	EROFS        Errno = 30
	EPIPE        Errno = 32
	ERANGE       Errno = 34
	ENAMETOOLONG Errno = 36
	ENOSYS       Errno = 38
	ENOTEMPTY    Errno = 39
	ETIMEDOUT    Errno = 110
)

var errnoText = [...]string{
	EPERM:        "operation not permitted",
	ENOENT:       "no such file or directory",
	ESRCH:        "no such process",
	EINTR:        "interrupted system call",
	EIO:          "input/output error",
	EBADF:        "bad file descriptor",
	EAGAIN:       "resource temporarily unavailable",
	ENOMEM:       "cannot allocate memory",
	EACCES:       "permission denied",
	EEXIST:       "file exists",
	ENOTDIR:      "not a directory",
	EISDIR:       "is a directory",
	EINVAL:       "invalid argument",
	EMFILE:       "too many open files",
	ENOSPC:       "no space left on device",
	EROFS:        "read-only file system",
	EPIPE:        "broken pipe",
	ERANGE:       "numerical result out of range",
	ENAMETOOLONG: "file name too long",
	ENOSYS:       "function not implemented",
	ENOTEMPTY:    "directory not empty",
	ETIMEDOUT:    "connection timed out",
}

func (e Errno) Error() string {
	if int(e) < len(errnoText) && errnoText[e] != "" {
		return errnoText[e]
	}
	return "errno " + itoa(int(e))
}

func (e Errno) Temporary() bool { return e == EINTR || e == EMFILE || e.Timeout() }

func (e Errno) Timeout() bool { return e == EAGAIN || e == ETIMEDOUT }

func itoa(v int) string {
	neg := v < 0
	u := uint(v)
	if neg {
		u = uint(-v)
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
