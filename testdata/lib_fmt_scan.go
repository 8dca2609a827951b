package main

import (
	"fmt"
	"io"
)

// Scanning: Sscan, Sscanln, Sscanf and Fscan with every operand type, and their errors.

type reader struct {
	s string
	i int
}

// Read hands out one byte at a time, as slow readers do.
func (r *reader) Read(b []byte) (int, error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	b[0] = r.s[r.i]
	r.i++
	return 1, nil
}

type Celsius float64

type upper string

// Scan reads a word and upper-cases it.
func (u *upper) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	b := []byte(string(tok))
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	*u = upper(b)
	return nil
}

func main() {
	var i int
	var i8 int8
	var u uint
	var u16 uint16
	var f float64
	var f32 float32
	var s string
	var b bool
	var bs []byte
	var c complex128
	var r rune

	n, err := fmt.Sscan("42 -7 300 65535 2.5 1e3 word true bytes (1+2i)", &i, &i8, &u, &u16, &f, &f32, &s, &b, &bs, &c)
	fmt.Println(n, err, i, i8, u, u16, f, f32, s, b, string(bs), c)
	n, err = fmt.Sscan("1\n\n2", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscan("0x1F 0b101 0o17 017 1_000", &i, &u, &i8, &u16, &f)
	fmt.Println(n, err, i, u, i8, u16, f)
	n, err = fmt.Sscan("", &i)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("5", &i, &u)
	fmt.Println(n, err, err == io.EOF)
	n, err = fmt.Sscan("abc", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err)
	n, err = fmt.Sscan("yes", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("tru", &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1.5x", &f)
	fmt.Println(n, err, f)
	n, err = fmt.Sscan("x", i)
	fmt.Println(n, err)
	var cel Celsius
	var up upper
	n, err = fmt.Sscan("36.6 shout", &cel, &up)
	fmt.Println(n, err, cel, up)

	// Sscanln: the line ends the input
	n, err = fmt.Sscanln("1 2\n3", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanln("1\n2", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("7 8   \n", &i, &u)
	fmt.Println(n, err, i, u)

	// Sscanf
	n, err = fmt.Sscanf("x=10 y=20", "x=%d y=%d", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanf("3-4", "%d-%d", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanf("ff 777 101 Z", "%x %o %b %c", &i, &u, &u16, &r)
	fmt.Println(n, err, i, u, u16, string(r))
	n, err = fmt.Sscanf("12345", "%2d%3d", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanf(`"quoted str" 6869`, "%q %x", &s, &bs)
	fmt.Println(n, err, s, string(bs))
	n, err = fmt.Sscanf("100%", "%d%%", &i)
	fmt.Println(n, err, i)
	n, err = fmt.Sscanf("1 2", "%d", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("a=1", "b=%d", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &i, &u)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Sscanf("U+1F600", "%U", &r)
	fmt.Println(n, err, r)
	n, err = fmt.Sscanf("3.25 x", "%f %s", &f, &s)
	fmt.Println(n, err, f, s)
	n, err = fmt.Sscanf("5", "%s", &i)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5", "%d %")
	fmt.Println(n, err)

	// Fscan from a reader, leaving the rest unread
	rd := &reader{s: "10 20\n30 rest"}
	n, err = fmt.Fscan(rd, &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Fscanln(rd, &i8)
	fmt.Println(n, err, i8)
	n, err = fmt.Fscan(rd, &i8, &s)
	fmt.Println(n, err, i8, s, rd.i)
	n, err = fmt.Fscanf(&reader{s: "7:8"}, "%d:%d", &i, &u)
	fmt.Println(n, err, i, u)
	n, err = fmt.Fscan(&reader{s: "日本 語"}, &s, &r)
	fmt.Println(n, err, s)
}
