package main

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
)

func out(s ...string) { os.Stdout.WriteString(strings.Join(s, " ") + "\n") }

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	out(strconv.Itoa(len(os.Args)), strconv.FormatBool(strings.HasSuffix(os.Args[0], "lib_os")))
	os.Setenv("LIB_OS_TEST", "value=1")
	v, ok := os.LookupEnv("LIB_OS_TEST")
	out(v, strconv.FormatBool(ok), os.Getenv("LIB_OS_TEST"), os.ExpandEnv("x=$LIB_OS_TEST ${LIB_OS_TEST}!"))
	_, ok = os.LookupEnv("LIB_OS_SURELY_UNSET")
	out(strconv.FormatBool(ok), strconv.Quote(os.Getenv("LIB_OS_SURELY_UNSET")))
	found := false
	for _, kv := range os.Environ() {
		if kv == "LIB_OS_TEST=value=1" {
			found = true
		}
	}
	os.Unsetenv("LIB_OS_TEST")
	_, ok = os.LookupEnv("LIB_OS_TEST")
	out(strconv.FormatBool(found), strconv.FormatBool(ok), es(os.Setenv("", "x")), es(os.Setenv("A=B", "x")))

	name := "lib_os_tmp.txt"
	err := os.WriteFile(name, []byte("line one\nline two\n"), 0644)
	out(es(err))
	data, err := os.ReadFile(name)
	out(strconv.Quote(string(data)), es(err))
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0)
	out(es(err))
	n, err := f.WriteString("appended\n")
	out(strconv.Itoa(n), es(err), es(f.Close()), es(f.Close()))
	f, _ = os.Open(name)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	out(strconv.Itoa(n), string(buf[:n]), es(err), f.Name())
	pos, err := f.Seek(-9, io.SeekEnd)
	rest, _ := io.ReadAll(f)
	out(strconv.FormatInt(pos, 10), es(err), strconv.Quote(string(rest)))
	n, err = f.Read(buf)
	out(strconv.Itoa(n), es(err), strconv.FormatBool(err == io.EOF))
	f.Close()
	_, err = f.Read(buf)
	out(es(err), strconv.FormatBool(errors.Is(err, os.ErrClosed)))
	out(es(os.Remove(name)))

	_, err = os.Open("/nonexistent/file")
	var pe *os.PathError
	out(es(err), strconv.FormatBool(os.IsNotExist(err)), strconv.FormatBool(errors.Is(err, os.ErrNotExist)), strconv.FormatBool(errors.As(err, &pe)), pe.Op, pe.Path)
	_, err = os.ReadFile("/nonexistent")
	out(es(err))
	err = os.Remove("/nonexistent/x")
	out(es(err), strconv.FormatBool(os.IsExist(err)))
	c, err := os.Create("/proc/version/x")
	out(strconv.FormatBool(c == nil), es(err))
	out(strconv.FormatBool(os.Getpid() > 0), strconv.FormatBool(os.Stdout.Fd() == 1), os.Stderr.Name())
	os.Stdout.Write([]byte("bye\n"))
	defer out("deferred: not printed")
	os.Exit(3)
}
