package main

import (
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
)

func q(s string) string { return strconv.Quote(s) }

func qs(a []string) string {
	r := "["
	for i, s := range a {
		if i > 0 {
			r += " "
		}
		r += q(s)
	}
	return r + "]"
}

func out(s ...string) {
	os.Stdout.WriteString(strings.Join(s, " ") + "\n")
}

func b(v bool) string { return strconv.FormatBool(v) }
func i(v int) string  { return strconv.Itoa(v) }

func main() {
	strs := []string{"", "a", "abc", "hello, world", "日本語テキスト", "a\xffb", "  \t spaced out \n", "ababab", "Straße", "ǅungla", "ΣΑΣ", "go_lang is-fun"}
	subs := []string{"", "a", "b", "ab", "ba", "l", "world", "語", "\xff", " ", "xyz"}
	for _, s := range strs {
		for _, sub := range subs {
			out(q(s), q(sub), i(strings.Index(s, sub)), i(strings.LastIndex(s, sub)), b(strings.Contains(s, sub)), i(strings.Count(s, sub)),
				b(strings.HasPrefix(s, sub)), b(strings.HasSuffix(s, sub)), i(strings.IndexAny(s, sub)), i(strings.LastIndexAny(s, sub)), b(strings.ContainsAny(s, sub)),
				qs(strings.Split(s, sub)), qs(strings.SplitN(s, sub, 2)), qs(strings.SplitAfter(s, sub)), qs(strings.SplitAfterN(s, sub, 3)),
				q(strings.Replace(s, sub, "<>", 2)), q(strings.ReplaceAll(s, sub, "_")), q(strings.Trim(s, sub)), q(strings.TrimLeft(s, sub)), q(strings.TrimRight(s, sub)),
				q(strings.TrimPrefix(s, sub)), q(strings.TrimSuffix(s, sub)), i(strings.Compare(s, sub)), b(strings.EqualFold(s, sub)))
			before, after, found := strings.Cut(s, sub)
			out("  cut", q(before), q(after), b(found))
		}
		out(q(s), qs(strings.Fields(s)), q(strings.TrimSpace(s)), q(strings.ToUpper(s)), q(strings.ToLower(s)), q(strings.ToTitle(s)), q(strings.Title(s)),
			i(strings.IndexByte(s, 'a')), i(strings.LastIndexByte(s, 'b')), i(strings.IndexRune(s, '語')), i(strings.IndexRune(s, unicode.ReplacementChar)), b(strings.ContainsRune(s, 'ß')),
			i(strings.IndexFunc(s, unicode.IsSpace)), i(strings.LastIndexFunc(s, unicode.IsLetter)), q(strings.TrimFunc(s, unicode.IsLetter)),
			qs(strings.FieldsFunc(s, func(r rune) bool { return r == 'a' || r == ' ' })), q(strings.Repeat(s, 3)), q(strings.ToValidUTF8(s, "?")),
			q(strings.Map(func(r rune) rune {
				if r == 'a' {
					return -1
				}
				if r == 'b' {
					return 'B'
				}
				return r
			}, s)))
	}
	for _, p := range [][2]string{{"Go", "GO"}, {"ß", "SS"}, {"k", "\u212a"}, {"σ", "ς"}, {"ǅ", "ǆ"}, {"a", "ab"}, {"", ""}, {"\xff", "\xff"}} {
		out("EqualFold", q(p[0]), q(p[1]), b(strings.EqualFold(p[0], p[1])))
	}
	out(strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Join([]string{"a", "b", "c"}, ", "))
	out(q(strings.Replace("aaa", "", "-", -1)), q(strings.Replace("aaa", "", "-", 2)), q(strings.Replace("日本", "", "|", -1)), q(strings.Replace("abc", "b", "b", -1)))

	r := strings.NewReplacer("a", "1", "aa", "2", "b", "")
	out(r.Replace("aaab"), strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;").Replace("<a & b>"), strings.NewReplacer("hello", "HI", "he", "XX").Replace("hello he help"))
	r.WriteString(os.Stdout, "abba\n")

	var sb strings.Builder
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.Write([]byte("!"))
	sb.WriteRune(-1)
	out(sb.String(), i(sb.Len()))
	sb.Reset()
	sb.Grow(10)
	out(q(sb.String()), i(sb.Len()), b(sb.Cap() >= 10))

	rd := strings.NewReader("héllo, reader")
	buf := make([]byte, 4)
	n, err := rd.Read(buf)
	out(i(n), string(buf[:n]), errStr(err), i(rd.Len()), strconv.FormatInt(rd.Size(), 10))
	c, _ := rd.ReadByte()
	ru, size, _ := rd.ReadRune()
	out(string(rune(c)), string(ru), i(size), errStr(rd.UnreadRune()), errStr(rd.UnreadRune()))
	pos, err := rd.Seek(-3, io.SeekEnd)
	rest, _ := io.ReadAll(rd)
	out(strconv.FormatInt(pos, 10), errStr(err), string(rest))
	_, err = rd.Read(buf)
	out(errStr(err))
	n, err = rd.ReadAt(buf, 9)
	out(i(n), string(buf[:n]), errStr(err))
	rd.Reset("again")
	var sb2 strings.Builder
	m, err := io.Copy(&sb2, rd)
	out(strconv.FormatInt(m, 10), errStr(err), sb2.String())

	defer func() { out("recovered:", recover().(string)) }()
	strings.Repeat("x", -1)
}

func errStr(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}
