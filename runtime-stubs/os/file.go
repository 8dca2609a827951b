// Package os is a platform-independent interface to operating system functionality: files,
// the command line, the environment, exiting.
package os

import (
	"io"
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200

	oCloexec = 0x80000
)

// A FileMode is a file's mode and permission bits.
type FileMode uint32

// ModePerm is the Unix permission bits.
const ModePerm FileMode = 0777

// File is an open file descriptor.
type File struct {
	fd     int
	name   string
	closed bool
}

// Standard input, output and error.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for the descriptor fd.
func NewFile(fd uintptr, name string) *File { return &File{fd: int(fd), name: name} }

// Name is the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd is the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	r, errno := syscall6(sysRead, uintptr(f.fd), bufPtr(b), uintptr(len(b)), 0, 0, 0)
	if errno != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: Errno(errno)}
	}
	if r == 0 {
		return 0, io.EOF
	}
	return int(r), nil
}

// Write writes b entirely, or returns an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		r, errno := syscall6(sysWrite, uintptr(f.fd), bufPtr(b[n:]), uintptr(len(b)-n), 0, 0, 0)
		if errno == 4 { // EINTR
			continue
		}
		if errno != 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: Errno(errno)}
		}
		n += int(r)
	}
	return n, nil
}

// WriteString is Write of s's bytes.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Seek sets the offset for the next Read or Write (whence: io.SeekStart, SeekCurrent, SeekEnd).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	r, errno := syscall6(sysLseek, uintptr(f.fd), uintptr(offset), uintptr(whence), 0, 0, 0)
	if errno != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: Errno(errno)}
	}
	return int64(r), nil
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if _, errno := syscall6(sysClose, uintptr(f.fd), 0, 0, 0, 0, 0); errno != 0 {
		return &PathError{Op: "close", Path: f.name, Err: Errno(errno)}
	}
	return nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before umask), opened read-write.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the given flags (O_RDONLY, ...) and, when creating it,
// permissions.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := syscall6(sysOpenat, fdcwd, uintptrOf(cstring(name)), uintptr(flag|oCloexec), uintptr(perm&ModePerm), 0, 0)
	if errno != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: Errno(errno)}
	}
	return NewFile(fd, name), nil
}

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	return data, err
}

// WriteFile writes data to the named file, creating it with perm if needed, truncating it
// otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	p := uintptrOf(cstring(name))
	_, errno := syscall6(sysUnlinkat, fdcwd, p, 0, 0, 0, 0)
	if errno == 0 {
		return nil
	}
	_, errno1 := syscall6(sysUnlinkat, fdcwd, p, atRemoveDir, 0, 0, 0)
	if errno1 == 0 {
		return nil
	}
	if errno1 != 20 { // not ENOTDIR: the directory's error says more
		errno = errno1
	}
	return &PathError{Op: "remove", Path: name, Err: Errno(errno)}
}

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	if _, errno := syscall6(sysMkdirat, fdcwd, uintptrOf(cstring(name)), uintptr(perm&ModePerm), 0, 0, 0); errno != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: Errno(errno)}
	}
	return nil
}

// Getwd is the current directory.
func Getwd() (dir string, err error) {
	buf := make([]byte, 4096)
	if _, errno := syscall6(sysGetcwd, bufPtr(buf), uintptr(len(buf)), 0, 0, 0, 0); errno != 0 {
		return "", &SyscallError{Syscall: "getwd", Err: Errno(errno)}
	}
	return gostring(bufPtr(buf)), nil
}

// Getpid is the process id; Getppid its parent's.
func Getpid() int {
	r, _ := syscall6(sysGetpid, 0, 0, 0, 0, 0, 0)
	return int(r)
}

func Getppid() int {
	r, _ := syscall6(sysGetppid, 0, 0, 0, 0, 0, 0)
	return int(r)
}

// Exit ends the program with the given status, at once: deferred functions do not run.
func Exit(code int) {
	syscall6(sysExit, uintptr(code), 0, 0, 0, 0, 0)
}
