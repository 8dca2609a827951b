package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func show(name string, b []byte) {
	fmt.Printf("%s: %q nil=%v len=%d\n", name, b, b == nil, len(b))
}

func showAll(name string, bs [][]byte) {
	fmt.Printf("%s: n=%d nil=%v", name, len(bs), bs == nil)
	for _, b := range bs {
		fmt.Printf(" %q(c%d)", b, cap(b))
	}
	fmt.Println()
}

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %v", name, r)
		if e, ok := r.(error); ok {
			fmt.Printf(" (error, ErrTooLarge=%v)", errors.Is(e, bytes.ErrTooLarge))
		}
		fmt.Println()
	}()
	f()
}

type shortWriter struct{ n int }

func (w *shortWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return w.n, nil
	}
	return len(p), nil
}

type errWriter struct{}

func (errWriter) Write(p []byte) (int, error) { return 1, errors.New("boom") }

type chunkReader struct {
	data []byte
	step int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := r.step
	if n > len(r.data) {
		n = len(r.data)
	}
	if n > len(p) {
		n = len(p)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	return n, nil
}

type failReader struct{ done bool }

func (r *failReader) Read(p []byte) (int, error) {
	if r.done {
		return 0, errors.New("read failed")
	}
	r.done = true
	return copy(p, "abc"), nil
}

func buffers() {
	var b bytes.Buffer
	fmt.Println("zero:", b.Len(), b.Cap(), b.String() == "", b.Bytes() == nil)
	n, err := b.WriteString("hello")
	fmt.Println("WriteString:", n, err, b.Len(), b.Cap())
	n, err = b.Write([]byte(", world"))
	fmt.Println("Write:", n, err, b.String())
	fmt.Println("WriteByte:", b.WriteByte('!'))
	n, err = b.WriteRune('é')
	fmt.Println("WriteRune:", n, err)
	n, err = b.WriteRune('世')
	fmt.Println("WriteRune:", n, err)
	n, err = b.WriteRune('x')
	fmt.Println("WriteRune:", n, err)
	n, err = b.WriteRune(-1)
	fmt.Println("WriteRune bad:", n, err, b.Len())
	fmt.Printf("%q\n", b.String())

	p := make([]byte, 5)
	n, err = b.Read(p)
	fmt.Printf("Read: %d %v %q\n", n, err, p[:n])
	fmt.Println("UnreadByte:", b.UnreadByte(), b.Len())
	fmt.Println("UnreadByte again:", b.UnreadByte())
	c, err := b.ReadByte()
	fmt.Printf("ReadByte: %q %v\n", c, err)
	fmt.Println("UnreadRune after ReadByte:", b.UnreadRune())
	fmt.Printf("Next: %q\n", b.Next(8))
	for i := 0; i < 4; i++ {
		r, size, err := b.ReadRune()
		fmt.Printf("ReadRune: %q %d %v\n", r, size, err)
	}
	fmt.Println("UnreadRune:", b.UnreadRune(), b.Len())
	fmt.Println("UnreadRune again:", b.UnreadRune())
	r, size, err := b.ReadRune()
	fmt.Printf("ReadRune: %q %d %v\n", r, size, err)
	fmt.Printf("Next big: %q\n", b.Next(100))
	fmt.Printf("Next empty: %q\n", b.Next(3))
	n, err = b.Read(p)
	fmt.Println("Read empty:", n, err)
	n, err = b.Read(nil)
	fmt.Println("Read nil:", n, err)
	_, err = b.ReadByte()
	fmt.Println("ReadByte empty:", err)
	_, _, err = b.ReadRune()
	fmt.Println("ReadRune empty:", err)
	fmt.Println("UnreadRune empty:", b.UnreadRune())

	// Invalid UTF-8 through ReadRune.
	b.Reset()
	b.Write([]byte{0xff, 'a', 0xe4, 0xb8})
	for {
		r, size, err := b.ReadRune()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("rune %U size %d\n", r, size)
	}

	// ReadString / ReadBytes.
	lines := bytes.NewBufferString("one\ntwo\nthree")
	for {
		s, err := lines.ReadString('\n')
		fmt.Printf("ReadString: %q %v\n", s, err)
		if err != nil {
			break
		}
	}
	lines = bytes.NewBuffer([]byte("a,b,,c"))
	for {
		s, err := lines.ReadBytes(',')
		fmt.Printf("ReadBytes: %q %v\n", s, err)
		if err != nil {
			break
		}
	}
	fmt.Println("UnreadByte after ReadBytes:", lines.UnreadByte())

	// Truncate, Reset, Grow, Cap.
	t := bytes.NewBufferString("0123456789")
	t.Truncate(4)
	fmt.Println("Truncate:", t.String(), t.Len())
	catch("Truncate -1", func() { t.Truncate(-1) })
	catch("Truncate 99", func() { t.Truncate(99) })
	t.Truncate(0)
	fmt.Println("Truncate 0:", t.Len(), t.String() == "")
	catch("Grow -1", func() { t.Grow(-1) })
	var g bytes.Buffer
	g.Grow(10)
	fmt.Println("Grow 10:", g.Len(), g.Cap())
	g.Grow(100)
	fmt.Println("Grow 100:", g.Len(), g.Cap())
	g.WriteString(strings.Repeat("x", 150))
	fmt.Println("after write:", g.Len(), g.Cap())
	g.Next(140)
	g.Grow(20)
	fmt.Println("slide:", g.Len(), g.Cap(), g.String())
	var h bytes.Buffer
	for i := 0; i < 200; i++ {
		h.WriteByte(byte('a' + i%26))
	}
	fmt.Println("h:", h.Len(), h.Cap())
	h.Reset()
	fmt.Println("h reset:", h.Len(), h.Cap())

	var nb *bytes.Buffer
	fmt.Println("nil String:", nb.String())

	// Bytes aliases.
	al := bytes.NewBufferString("abc")
	al.Bytes()[0] = 'X'
	fmt.Println("alias:", al.String())

	// ReadFrom.
	var rf bytes.Buffer
	rf.WriteString("pre:")
	m, err := rf.ReadFrom(&chunkReader{[]byte(strings.Repeat("0123456789", 120)), 77})
	fmt.Println("ReadFrom:", m, err, rf.Len(), rf.String()[:20])
	m, err = rf.ReadFrom(&failReader{})
	fmt.Println("ReadFrom fail:", m, err, rf.Len())
	m, err = rf.ReadFrom(strings.NewReader(""))
	fmt.Println("ReadFrom empty:", m, err)

	// WriteTo.
	wt := bytes.NewBufferString("write to stdout\n")
	m, err = wt.WriteTo(os.Stdout)
	fmt.Println("WriteTo:", m, err, wt.Len())
	m, err = wt.WriteTo(os.Stdout)
	fmt.Println("WriteTo empty:", m, err)
	wt.WriteString("0123456789")
	m, err = wt.WriteTo(&shortWriter{4})
	fmt.Println("WriteTo short:", m, err, wt.String())
	m, err = wt.WriteTo(errWriter{})
	fmt.Println("WriteTo err:", m, err, wt.String())
	var dst bytes.Buffer
	m, err = io.Copy(&dst, bytes.NewBufferString("copied"))
	fmt.Println("io.Copy:", m, err, dst.String())

	fmt.Println("MinRead:", bytes.MinRead)
	fmt.Println("ErrTooLarge:", bytes.ErrTooLarge)
	fmt.Printf("fmt %%v of Buffer ptr: %v\n", bytes.NewBufferString("shown"))
}

func readers() {
	r := bytes.NewReader([]byte("héllo, wörld"))
	fmt.Println("Reader:", r.Len(), r.Size())
	p := make([]byte, 4)
	n, err := r.Read(p)
	fmt.Printf("Read: %d %v %q\n", n, err, p[:n])
	ch, size, err := r.ReadRune()
	fmt.Printf("ReadRune: %q %d %v\n", ch, size, err)
	fmt.Println("UnreadRune:", r.UnreadRune())
	fmt.Println("UnreadRune again:", r.UnreadRune())
	c, err := r.ReadByte()
	fmt.Printf("ReadByte: %q %v\n", c, err)
	fmt.Println("UnreadByte:", r.UnreadByte(), r.Len())
	pos, err := r.Seek(2, io.SeekStart)
	fmt.Println("Seek start:", pos, err)
	pos, err = r.Seek(3, io.SeekCurrent)
	fmt.Println("Seek cur:", pos, err)
	pos, err = r.Seek(-4, io.SeekEnd)
	fmt.Println("Seek end:", pos, err)
	rest, _ := io.ReadAll(r)
	fmt.Printf("rest: %q\n", rest)
	pos, err = r.Seek(-1, io.SeekStart)
	fmt.Println("Seek neg:", pos, err)
	pos, err = r.Seek(0, 7)
	fmt.Println("Seek whence:", pos, err)
	pos, err = r.Seek(100, io.SeekStart)
	fmt.Println("Seek past:", pos, err, r.Len())
	n, err = r.Read(p)
	fmt.Println("Read past:", n, err)
	_, err = r.ReadByte()
	fmt.Println("ReadByte past:", err)
	_, _, err = r.ReadRune()
	fmt.Println("ReadRune past:", err)
	r.Seek(0, io.SeekStart)
	fmt.Println("UnreadByte at 0:", r.UnreadByte())
	fmt.Println("UnreadRune at 0:", r.UnreadRune())
	buf := make([]byte, 5)
	n, err = r.ReadAt(buf, 7)
	fmt.Printf("ReadAt: %d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, 11)
	fmt.Printf("ReadAt short: %d %v %q\n", n, err, buf[:n])
	n, err = r.ReadAt(buf, -1)
	fmt.Println("ReadAt neg:", n, err)
	n, err = r.ReadAt(buf, 100)
	fmt.Println("ReadAt past:", n, err)
	r.Reset([]byte("reset\n"))
	m, err := r.WriteTo(os.Stdout)
	fmt.Println("WriteTo:", m, err, r.Len())
	m, err = r.WriteTo(os.Stdout)
	fmt.Println("WriteTo again:", m, err)
	var bb bytes.Buffer
	m, err = io.Copy(&bb, bytes.NewReader([]byte("via copy")))
	fmt.Println("Copy:", m, err, bb.String())
}

func funcs() {
	// Inputs get a capacity equal to their length: gc rounds the capacity of []byte(s) up to an
	// allocation size class, which is not the bytes package's business.
	B := func(s string) []byte { b := []byte(s); return b[:len(b):len(b)] }
	fmt.Println("Equal:", bytes.Equal(B("a"), B("a")), bytes.Equal(nil, []byte{}), bytes.Equal(B("a"), B("b")), bytes.Equal(B("ab"), B("a")))
	for _, pr := range [][2]string{{"a", "b"}, {"b", "a"}, {"", ""}, {"ab", "a"}, {"a", "ab"}, {"\xff", "a"}, {"abc", "abd"}} {
		fmt.Print(bytes.Compare(B(pr[0]), B(pr[1])), " ")
	}
	fmt.Println(bytes.Compare(nil, nil))
	s := B("chicken and chips, chicken and rice")
	fmt.Println("Contains:", bytes.Contains(s, B("chips")), bytes.Contains(s, B("fish")), bytes.Contains(s, nil), bytes.Contains(nil, nil))
	fmt.Println("ContainsAny:", bytes.ContainsAny(s, "xyz"), bytes.ContainsAny(s, "zr"), bytes.ContainsAny(s, ""), bytes.ContainsAny(nil, "a"))
	fmt.Println("ContainsAny invalid:", bytes.ContainsAny(B("a\xffb"), "\uFFFD"), bytes.ContainsAny(B("\xff"), "\xfe"), bytes.ContainsAny(B("abcdefghij\xff"), "\x80"), bytes.ContainsAny(B("ab\uFFFDcdefghij"), "\xffz"))
	fmt.Println("ContainsRune:", bytes.ContainsRune(B("héllo"), 'é'), bytes.ContainsRune(B("hello"), 'é'), bytes.ContainsRune(B("a\xff"), unicode.ReplacementChar), bytes.ContainsRune(B("a"), -1))
	fmt.Println("Count:", bytes.Count(s, B("chi")), bytes.Count(s, nil), bytes.Count(B("five"), B("")), bytes.Count(B("aaaa"), B("aa")), bytes.Count(B("héllo"), nil))
	fmt.Println("Index:", bytes.Index(s, B("chips")), bytes.Index(s, B("x")), bytes.Index(s, nil), bytes.Index(B("ab"), B("abc")), bytes.Index(s, B("rice")))
	fmt.Println("IndexByte:", bytes.IndexByte(s, 'k'), bytes.IndexByte(s, 'z'), bytes.IndexByte(nil, 'a'))
	fmt.Println("IndexRune:", bytes.IndexRune(B("chicken"), 'k'), bytes.IndexRune(B("chicken"), 'd'), bytes.IndexRune(B("a世b"), '世'), bytes.IndexRune(B("ab\xffc"), utf8RuneError), bytes.IndexRune(B("ab\uFFFD"), utf8RuneError), bytes.IndexRune(B("ab"), 0x110000))
	fmt.Println("IndexAny:", bytes.IndexAny(B("golang"), "ny"), bytes.IndexAny(B("golang"), "xy"), bytes.IndexAny(B("gö世lang"), "世"), bytes.IndexAny(B("golang"), ""), bytes.IndexAny(B("x\xffy"), "\xff"))
	fmt.Println("LastIndex:", bytes.LastIndex(s, B("chicken")), bytes.LastIndex(s, B("x")), bytes.LastIndex(s, nil), bytes.LastIndex(B("go gopher"), B("go")))
	fmt.Println("LastIndexByte:", bytes.LastIndexByte(s, 'c'), bytes.LastIndexByte(s, 'z'))
	fmt.Println("LastIndexAny:", bytes.LastIndexAny(B("go gopher"), "ordent"), bytes.LastIndexAny(B("go gopher"), "z"), bytes.LastIndexAny(B("世界世"), "世"))
	fmt.Println("IndexFunc:", bytes.IndexFunc(B("Hello, 世界"), func(r rune) bool { return r > 127 }), bytes.LastIndexFunc(B("go 123"), unicode.IsDigit), bytes.IndexFunc(B("abc"), unicode.IsDigit))
	fmt.Println("HasPrefix:", bytes.HasPrefix(s, B("chick")), bytes.HasPrefix(s, B("rice")), bytes.HasPrefix(s, nil), bytes.HasPrefix(nil, B("a")))
	fmt.Println("HasSuffix:", bytes.HasSuffix(s, B("rice")), bytes.HasSuffix(s, B("chick")), bytes.HasSuffix(s, nil))

	showAll("Split", bytes.Split(B("a,b,c"), B(",")))
	showAll("Split empty sep", bytes.Split(B("a世b"), nil))
	showAll("Split invalid", bytes.Split(B("a\xffb"), B("")))
	showAll("Split empty s", bytes.Split(nil, B(",")))
	showAll("Split no match", bytes.Split(B("abc"), B("x")))
	showAll("Split edges", bytes.Split(B(",a,,b,"), B(",")))
	showAll("SplitN 2", bytes.SplitN(B("a,b,c,d"), B(","), 2))
	showAll("SplitN 0", bytes.SplitN(B("a,b,c,d"), B(","), 0))
	showAll("SplitN -1", bytes.SplitN(B("a,b,c,d"), B(","), -1))
	showAll("SplitN 10", bytes.SplitN(B("a,b"), B(","), 10))
	showAll("SplitN empty 2", bytes.SplitN(B("abcd"), nil, 2))
	showAll("SplitAfter", bytes.SplitAfter(B("a,b,c"), B(",")))
	showAll("SplitAfterN", bytes.SplitAfterN(B("a,b,c"), B(","), 2))
	sp := bytes.Split(B("ab,cd"), B(","))
	sp[0] = append(sp[0], 'Z')
	fmt.Printf("append after Split: %q %q\n", sp[0], sp[1])
	showAll("Fields", bytes.Fields(B("  foo bar\tbaz \n")))
	showAll("Fields unicode", bytes.Fields(B("\u00a0foo\u2003bar\u3000 ")))
	showAll("Fields empty", bytes.Fields(B("   ")))
	showAll("Fields nil", bytes.Fields(nil))
	showAll("FieldsFunc", bytes.FieldsFunc(B("  foo1;bar2,baz3..."), func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }))
	show("Join", bytes.Join([][]byte{B("foo"), B("bar"), B("baz")}, B(", ")))
	show("Join one", bytes.Join([][]byte{B("foo")}, B(", ")))
	show("Join none", bytes.Join(nil, B(", ")))
	show("Join nil sep", bytes.Join([][]byte{B("a"), B("b")}, nil))
	show("Repeat", bytes.Repeat(B("na"), 3))
	show("Repeat 0", bytes.Repeat(B("na"), 0))
	show("Repeat empty", bytes.Repeat(nil, 5))
	catch("Repeat -1", func() { bytes.Repeat(B("x"), -1) })
	catch("Repeat overflow", func() { bytes.Repeat(B("xx"), 1<<62) })
	show("Replace", bytes.Replace(B("oink oink oink"), B("k"), B("ky"), 2))
	show("Replace all", bytes.Replace(B("oink oink oink"), B("oink"), B("moo"), -1))
	show("Replace empty old", bytes.Replace(B("héy"), nil, B("-"), -1))
	show("Replace empty old 2", bytes.Replace(B("héy"), nil, B("-"), 2))
	show("Replace none", bytes.Replace(B("abc"), B("x"), B("y"), -1))
	show("Replace n=0", bytes.Replace(B("abc"), B("a"), B("y"), 0))
	show("Replace nil", bytes.Replace(nil, B("x"), B("y"), -1))
	show("ReplaceAll", bytes.ReplaceAll(B("aaa"), B("a"), B("")))
	show("ToUpper", bytes.ToUpper(B("Gopher héllo ß")))
	show("ToUpper ascii", bytes.ToUpper(B("abcXYZ")))
	show("ToUpper none", bytes.ToUpper(B("ABC")))
	show("ToUpper empty", bytes.ToUpper(nil))
	show("ToLower", bytes.ToLower(B("GOPHER HÉLLO İ")))
	show("ToLower invalid", bytes.ToLower(B("A\xffB")))
	show("ToTitle", bytes.ToTitle(B("loud ǆ")))
	show("Title", bytes.Title(B("her royal highness, o'neil_x 1st éclair")))
	show("TrimSpace", bytes.TrimSpace(B(" \t\n Hello, Gophers \n\t\r\n")))
	show("TrimSpace all", bytes.TrimSpace(B(" \t ")))
	show("TrimSpace unicode", bytes.TrimSpace(B("\u2003 hé \u00a0")))
	show("TrimSpace unicode all", bytes.TrimSpace(B("\u2003 \u00a0")))
	show("TrimSpace empty", bytes.TrimSpace([]byte{}))
	show("Trim", bytes.Trim(B(" !!! Achtung! Achtung! !!! "), "! "))
	show("Trim all", bytes.Trim(B("xxx"), "x"))
	show("Trim empty s", bytes.Trim([]byte{}, "x"))
	show("Trim empty cutset", bytes.Trim(B(" a "), ""))
	show("Trim unicode", bytes.Trim(B("¡¡¡Hello, Gophers!!!"), "!¡"))
	show("Trim invalid", bytes.Trim(B("\xffa\xff"), "\uFFFD"))
	show("TrimLeft", bytes.TrimLeft(B("453gopher8257"), "0123456789"))
	show("TrimLeft all", bytes.TrimLeft(B("4538257"), "0123456789"))
	show("TrimRight", bytes.TrimRight(B("453gopher8257"), "0123456789"))
	show("TrimRight all", bytes.TrimRight(B("4538257"), "0123456789"))
	show("TrimRight nil", bytes.TrimRight(nil, "0"))
	show("TrimPrefix", bytes.TrimPrefix(B("goodbye"), B("good")))
	show("TrimPrefix no", bytes.TrimPrefix(B("goodbye"), B("bye")))
	show("TrimSuffix", bytes.TrimSuffix(B("goodbye"), B("bye")))
	show("TrimSuffix all", bytes.TrimSuffix(B("bye"), B("bye")))
	show("TrimFunc", bytes.TrimFunc(B("123go456"), unicode.IsDigit))
	show("TrimFunc all", bytes.TrimFunc(B("123"), unicode.IsDigit))
	show("TrimLeftFunc", bytes.TrimLeftFunc(B("123go456"), unicode.IsDigit))
	show("TrimRightFunc", bytes.TrimRightFunc(B("123go456"), unicode.IsDigit))
	show("TrimRightFunc all", bytes.TrimRightFunc(B("123"), unicode.IsDigit))
	show("TrimRightFunc multi", bytes.TrimRightFunc(B("a世1"), unicode.IsDigit))
	for _, pr := range [][2]string{{"Go", "GO"}, {"σ", "Σ"}, {"ς", "Σ"}, {"K", "\u212a"}, {"abc", "abd"}, {"a", "ab"}, {"\xff", "\uFFFD"}, {"", ""}, {"ß", "SS"}} {
		fmt.Print(bytes.EqualFold(B(pr[0]), B(pr[1])), " ")
	}
	fmt.Println()
	rot := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r == ' ':
			return -1
		case r == 'é':
			return 0x10000
		}
		return r
	}
	mapped := bytes.Map(rot, B("Twas brillig é\xff"))
	fmt.Printf("Map: %q cap=%d\n", mapped, cap(mapped))
	mapped = bytes.Map(func(r rune) rune { return '世' }, B("abcdefgh"))
	fmt.Printf("Map grow: %q len=%d cap=%d\n", mapped, len(mapped), cap(mapped))
	mapped = bytes.Map(func(r rune) rune { return 0x7fffffff }, B("ab"))
	fmt.Printf("Map invalid: %q\n", mapped)
	show("Map empty", bytes.Map(rot, nil))
	fmt.Printf("Runes: %q %d\n", bytes.Runes(B("a世\xffb")), len(bytes.Runes(nil)))
	before, after, found := bytes.Cut(B("key=value=x"), B("="))
	fmt.Printf("Cut: %q %q %v\n", before, after, found)
	before, after, found = bytes.Cut(B("key"), B("="))
	fmt.Printf("Cut missing: %q %q %v nil=%v\n", before, after, found, after == nil)
	before, after, found = bytes.Cut(B("key"), nil)
	fmt.Printf("Cut empty: %q %q %v\n", before, after, found)
	show("ToValidUTF8", bytes.ToValidUTF8(B("a\xff\xfeb\xc0c"), B("?")))
	show("ToUpperSpecial", bytes.ToUpperSpecial(unicode.TurkishCase, B("iı")))
}

const utf8RuneError = '\uFFFD'

func main() {
	buffers()
	readers()
	funcs()
}
