package main

import (
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) { return u.w.Write([]byte(strings.ToUpper(string(p)))) }

type slowReader struct{ s string }

func (r *slowReader) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("full")
	}
	f.n--
	return len(p), nil
}

func out(s ...string) { os.Stdout.WriteString(strings.Join(s, " ") + "\n") }

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	data, err := io.ReadAll(&slowReader{"slow data"})
	out(string(data), es(err))
	var sb strings.Builder
	n, err := io.Copy(upper{&sb}, strings.NewReader("copy me"))
	out(sb.String(), strconv.FormatInt(n, 10), es(err))
	n, err = io.CopyN(io.Discard, strings.NewReader("12345"), 3)
	out(strconv.FormatInt(n, 10), es(err))
	n, err = io.CopyN(io.Discard, strings.NewReader("12"), 3)
	out(strconv.FormatInt(n, 10), es(err))
	buf := make([]byte, 4)
	k, err := io.ReadFull(strings.NewReader("ab"), buf)
	out(strconv.Itoa(k), es(err), strconv.FormatBool(err == io.ErrUnexpectedEOF))
	k, err = io.ReadFull(strings.NewReader(""), buf)
	out(strconv.Itoa(k), es(err), strconv.FormatBool(err == io.EOF))
	k, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 2)
	out(strconv.Itoa(k), es(err))
	_, err = io.ReadAtLeast(strings.NewReader("abcdef"), buf, 5)
	out(es(err))
	var a, b strings.Builder
	mw := io.MultiWriter(&a, &b)
	io.WriteString(mw, "twice")
	out(a.String(), b.String())
	k, err = io.MultiWriter(&a, &failWriter{0}).Write([]byte("x"))
	out(strconv.Itoa(k), es(err))
	mr := io.MultiReader(strings.NewReader("one "), &slowReader{"two "}, strings.NewReader("three"))
	data, _ = io.ReadAll(mr)
	out(string(data))
	var tee strings.Builder
	data, _ = io.ReadAll(io.TeeReader(strings.NewReader("tee"), &tee))
	out(string(data), tee.String())
	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	data, _ = io.ReadAll(lr)
	out(string(data))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	data, _ = io.ReadAll(sr)
	pos, err := sr.Seek(1, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	out(string(data), strconv.FormatInt(sr.Size(), 10), strconv.FormatInt(pos, 10), es(err), string(rest))
	rc := io.NopCloser(strings.NewReader("nop"))
	data, _ = io.ReadAll(rc)
	out(string(data), es(rc.Close()))
	n, err = io.Copy(&failWriter{1}, &slowReader{"abc"})
	out(strconv.FormatInt(n, 10), es(err))
	out(io.EOF.Error(), io.ErrShortWrite.Error(), io.ErrShortBuffer.Error(), io.ErrClosedPipe.Error(), io.ErrNoProgress.Error())
	w, err := io.WriteString(os.Stdout, "to stdout\n")
	out(strconv.Itoa(w), es(err))
}
