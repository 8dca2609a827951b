package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// oneByte returns at most one byte per Read, and sometimes nothing.
type oneByte struct {
	s     string
	calls int
}

func (r *oneByte) Read(p []byte) (int, error) {
	r.calls++
	if r.calls%3 == 0 {
		return 0, nil
	}
	if r.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:1], r.s)
	r.s = r.s[n:]
	return n, nil
}

// errAfter returns its data, then a custom error.
type errAfter struct{ s string }

func (r *errAfter) Read(p []byte) (int, error) {
	if r.s == "" {
		return 0, errors.New("boom")
	}
	n := copy(p, r.s)
	r.s = r.s[n:]
	return n, nil
}

// stuck never returns data.
type stuck struct{}

func (stuck) Read(p []byte) (int, error) { return 0, nil }

// limited accepts n bytes per Write and then fails.
type limited struct {
	log  []string
	left int
}

func (w *limited) Write(p []byte) (int, error) {
	w.log = append(w.log, string(p))
	if len(p) > w.left {
		n := w.left
		w.left = 0
		return n, nil
	}
	w.left -= len(p)
	return len(p), nil
}

type plainWriter struct{ b bytes.Buffer }

func (w *plainWriter) Write(p []byte) (int, error) {
	fmt.Printf("  write %q\n", p)
	return w.b.Write(p)
}

func es(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func readers() {
	fmt.Println("-- Reader")
	r := bufio.NewReaderSize(strings.NewReader("hello, world\nsecond line\r\nthird"), 16)
	fmt.Println(r.Size(), r.Buffered())
	p, err := r.Peek(5)
	fmt.Printf("%q %s %d\n", p, es(err), r.Buffered())
	p, err = r.Peek(20)
	fmt.Printf("%q %s\n", p, es(err))
	p, err = r.Peek(-1)
	fmt.Printf("%q %s\n", p, es(err))
	s, err := r.ReadString(',')
	fmt.Printf("%q %s\n", s, es(err))
	c, err := r.ReadByte()
	fmt.Printf("%q %s\n", c, es(err))
	fmt.Println(es(r.UnreadByte()), es(r.UnreadByte()))
	fmt.Println(es(r.UnreadRune()))
	n, err := r.Discard(3)
	fmt.Println(n, es(err))
	line, prefix, err := r.ReadLine()
	fmt.Printf("%q %v %s\n", line, prefix, es(err))
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %s\n", line, prefix, es(err))
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %s\n", line, prefix, es(err))
	line, prefix, err = r.ReadLine()
	fmt.Printf("%q %v %s\n", line, prefix, es(err))

	r = bufio.NewReaderSize(strings.NewReader("a line that is much longer than sixteen bytes\nend\n"), 16)
	for {
		line, prefix, err := r.ReadLine()
		if err != nil {
			fmt.Println("ReadLine:", es(err))
			break
		}
		fmt.Printf("%q %v\n", line, prefix)
	}
	r = bufio.NewReaderSize(strings.NewReader("a line that is much longer than sixteen bytes\nend"), 16)
	sl, err := r.ReadSlice('\n')
	fmt.Printf("%q %s\n", sl, es(err))
	b, err := r.ReadBytes('\n')
	fmt.Printf("%q %s\n", b, es(err))
	b, err = r.ReadBytes('\n')
	fmt.Printf("%q %v %s\n", b, b == nil, es(err))
	s, err = r.ReadString('x')
	fmt.Printf("%q %s\n", s, es(err))

	r = bufio.NewReader(strings.NewReader("héllo, 世界\xff!"))
	for {
		ch, size, err := r.ReadRune()
		if err != nil {
			fmt.Println("ReadRune:", es(err))
			break
		}
		fmt.Printf("%q %d; ", ch, size)
	}
	fmt.Println()
	r = bufio.NewReader(strings.NewReader("世界"))
	ch, size, _ := r.ReadRune()
	fmt.Println(string(ch), size, es(r.UnreadRune()), es(r.UnreadRune()))
	ch, size, _ = r.ReadRune()
	fmt.Println(string(ch), size)

	r = bufio.NewReaderSize(&oneByte{s: "slowly, slowly\nthen done"}, 16)
	all, err := io.ReadAll(r)
	fmt.Printf("%q %s\n", all, es(err))

	r = bufio.NewReaderSize(&errAfter{"data"}, 16)
	buf := make([]byte, 3)
	for i := 0; i < 4; i++ {
		n, err := r.Read(buf)
		fmt.Printf("%d %q %s\n", n, buf[:n], es(err))
	}
	r = bufio.NewReaderSize(&errAfter{"0123456789"}, 16)
	n, err = r.Discard(20)
	fmt.Println(n, es(err))
	p, err = bufio.NewReaderSize(&errAfter{"abc"}, 16).Peek(10)
	fmt.Printf("%q %s\n", p, es(err))
	_, err = bufio.NewReader(stuck{}).ReadByte()
	fmt.Println(es(err))

	// Reads as large as the buffer go straight to the reader.
	r = bufio.NewReaderSize(strings.NewReader(strings.Repeat("x", 40)), 16)
	big := make([]byte, 32)
	n, err = r.Read(big)
	fmt.Println(n, es(err), r.Buffered())
	n, err = r.Read(big[:4])
	fmt.Println(n, es(err), r.Buffered())

	r2 := bufio.NewReaderSize(r, 8)
	fmt.Println(r2 == r, bufio.NewReaderSize(r, 64) == r, bufio.NewReaderSize(nil, 1).Size())
	r.Reset(strings.NewReader("reset"))
	s, err = r.ReadString(0)
	fmt.Printf("%q %s\n", s, es(err))

	var sb strings.Builder
	r = bufio.NewReaderSize(strings.NewReader("written through WriteTo"), 16)
	r.ReadByte()
	m, err := r.WriteTo(&sb)
	fmt.Println(m, es(err), sb.String())
	pw := &plainWriter{}
	r = bufio.NewReaderSize(&oneByte{s: "to a plain writer"}, 16)
	m, err = r.WriteTo(pw)
	fmt.Println(m, es(err), pw.b.String())
}

func writers() {
	fmt.Println("-- Writer")
	pw := &plainWriter{}
	w := bufio.NewWriterSize(pw, 8)
	fmt.Println(w.Size(), w.Available(), w.Buffered())
	w.WriteString("abc")
	w.WriteByte('d')
	w.WriteRune('é')
	w.WriteRune('世')
	fmt.Println(w.Available(), w.Buffered())
	n, err := w.Write([]byte("0123456789ABCDEF"))
	fmt.Println(n, es(err), w.Buffered())
	n, err = w.WriteString("0123456789abcdefghij")
	fmt.Println(n, es(err), w.Buffered())
	b := w.AvailableBuffer()
	b = append(b, "xy"...)
	w.Write(b)
	fmt.Println(es(w.Flush()), w.Buffered(), es(w.Flush()))
	fmt.Printf("%q\n", pw.b.String())

	lw := &limited{left: 5}
	w = bufio.NewWriterSize(lw, 4)
	n, err = w.WriteString("abcdefgh")
	fmt.Println(n, es(err), w.Buffered(), w.Available())
	n, err = w.WriteString("ij")
	fmt.Println(n, es(err))
	fmt.Println(es(w.WriteByte('z')), es(w.Flush()))
	_, err = w.WriteRune('世')
	fmt.Println(es(err), lw.log)
	w.Reset(&limited{left: 100})
	fmt.Println(es(w.Flush()), w.Buffered())

	var bb bytes.Buffer
	w = bufio.NewWriterSize(&bb, 16)
	m, err := w.ReadFrom(strings.NewReader("read from a reader"))
	fmt.Println(m, es(err), w.Buffered(), bb.Len())
	pw = &plainWriter{}
	w = bufio.NewWriterSize(pw, 16)
	m, err = w.ReadFrom(&oneByte{s: "one byte at a time, longer than the buffer"})
	fmt.Println(m, es(err), w.Buffered())
	w.Flush()
	w = bufio.NewWriterSize(&bb, 16)
	fmt.Println(bufio.NewWriterSize(w, 8) == w, bufio.NewWriterSize(w, 32) == w, bufio.NewWriterSize(nil, -1).Size())

	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("in\n")), bufio.NewWriter(os.Stdout))
	s, _ := rw.ReadString('\n')
	rw.WriteString("echo: " + s)
	rw.Flush()
}

func scan(name string, input string, split bufio.SplitFunc) {
	sc := bufio.NewScanner(strings.NewReader(input))
	if split != nil {
		sc.Split(split)
	}
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Println(name, strings.Join(toks, " "), es(sc.Err()))
}

func scanners() {
	fmt.Println("-- Scanner")
	scan("lines", "one\ntwo\r\n\nthree", nil)
	scan("lines", "one\n", nil)
	scan("lines", "", nil)
	scan("words", "  hello\u00a0wide\u3000world\t\n again  ", bufio.ScanWords)
	scan("words", "   ", bufio.ScanWords)
	scan("runes", "aé世\xffz\xe4\xb8", bufio.ScanRunes)
	scan("bytes", "aé", bufio.ScanBytes)

	// A comma-separated split ending with a final token.
	commas := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			if string(data[:i]) == "stop" {
				return i + 1, []byte("STOP"), bufio.ErrFinalToken
			}
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	scan("commas", "a,b,,c", commas)
	scan("commas", "a,stop,c,d", commas)
	scan("failing", "abc", func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, nil, errors.New("split failed")
	})
	scan("negative", "abc", func(data []byte, atEOF bool) (int, []byte, error) { return -1, nil, nil })
	scan("too far", "abc", func(data []byte, atEOF bool) (int, []byte, error) { return 10, nil, nil })

	sc := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100) + "\nshort\n"))
	sc.Buffer(make([]byte, 10), 50)
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println(es(sc.Err()))

	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", 5000) + "\n" + strings.Repeat("z", 70000)))
	for sc.Scan() {
		fmt.Println("token of", len(sc.Bytes()))
	}
	fmt.Println(es(sc.Err()))

	sc = bufio.NewScanner(&oneByte{s: "slow\nlines\n"})
	for sc.Scan() {
		fmt.Println("slow token", sc.Text())
	}
	fmt.Println(es(sc.Err()))
	sc = bufio.NewScanner(&errAfter{"partial line"})
	for sc.Scan() {
		fmt.Println("token", sc.Text())
	}
	fmt.Println(es(sc.Err()))
	sc = bufio.NewScanner(stuck{})
	fmt.Println(sc.Scan(), es(sc.Err()))

	defer func() { fmt.Println("recovered:", recover()) }()
	sc = bufio.NewScanner(strings.NewReader("x"))
	sc.Scan()
	sc.Split(bufio.ScanWords)
}

func main() {
	readers()
	writers()
	scanners()
	fmt.Println(bufio.MaxScanTokenSize, bufio.ErrBufferFull, bufio.ErrNegativeCount, bufio.ErrTooLong, bufio.ErrFinalToken)
}
