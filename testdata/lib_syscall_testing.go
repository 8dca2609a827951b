package main

import (
	"embed"
	"errors"
	"fmt"
	"syscall"
	"testing"
)

func shortCheck() (msg any) {
	defer func() { msg = recover() }()
	testing.Short()
	return nil
}

func main() {
	n, err := syscall.Write(syscall.Stdout, []byte("written by syscall.Write\n"))
	fmt.Println(n, err)
	n, err = syscall.Write(99, []byte("x"))
	fmt.Println(n, err, err == syscall.EBADF)
	_, err = syscall.Open("/no/such/file", syscall.O_RDONLY, 0)
	fmt.Println(err, err == syscall.ENOENT, errors.Is(err, syscall.ENOENT))
	fd, err := syscall.Open("/proc/self/stat", syscall.O_RDONLY, 0)
	fmt.Println(fd > 2, err)
	buf := make([]byte, 64)
	n, err = syscall.Read(fd, buf)
	fmt.Println(n > 0, err, syscall.Close(fd), syscall.Close(fd))
	r1, _, e := syscall.Syscall(syscall.SYS_CLOSE, 1234, 0, 0)
	fmt.Println(int(r1), e, uintptr(e))
	fmt.Println(syscall.Getpid() > 0, syscall.Getpid() == syscall.Gettid())
	fmt.Println(syscall.EPERM, syscall.EAGAIN.Timeout(), syscall.EINTR.Temporary(), syscall.Errno(200))
	_, err = syscall.BytePtrFromString("a\x00b")
	fmt.Println(err)

	var t testing.T
	fmt.Printf("%q %v %v\n", t.Name(), t.Failed(), t.Skipped())
	t.Log("a log line")
	t.Errorf("failed with %d", 42)
	fmt.Println(t.Failed())
	var tb testing.TB = &t
	tb.Fail()
	fmt.Println(tb.Failed())
	var b testing.B
	fmt.Println(b.N, b.Failed())
	fmt.Println(shortCheck())

	var fs embed.FS
	data, err := fs.ReadFile("x.txt")
	fmt.Println(data == nil, err)
}
