package main

import "unicode/utf8"

// checksum mixes values into a running hash so that large sweeps print one line.
type checksum uint64

func (c *checksum) add(v int) { *c = (*c)*1099511628211 ^ checksum(uint64(v)+0x9e3779b9) }

func main() {
	// Every rune (and some invalid ones) through RuneLen, EncodeRune, DecodeRune, DecodeLastRune.
	var c checksum
	buf := make([]byte, 4)
	// Every rune up to U+3000 and around the surrogates and the end, every 13th elsewhere (the
	// program runs under an emulator in CI: the whole range takes too long there).
	for r := rune(-2); r <= 0x110002; r++ {
		if r > 0x3000 && (r < 0xD7F0 || r > 0xE010) && r < 0x10FFF0 && r%13 != 0 {
			continue
		}
		n := utf8.EncodeRune(buf, r)
		c.add(n)
		c.add(utf8.RuneLen(r))
		if utf8.ValidRune(r) {
			c.add(1)
		}
		d, size := utf8.DecodeRune(buf[:n])
		c.add(int(d))
		c.add(size)
		d, size = utf8.DecodeLastRune(buf[:n])
		c.add(int(d) + size)
		d, size = utf8.DecodeRuneInString(string(buf[:n]))
		c.add(int(d) + size)
		if !utf8.FullRune(buf[:n]) || !utf8.Valid(buf[:n]) {
			c.add(-1)
		}
		for k := 0; k < n; k++ {
			if utf8.FullRune(buf[:k]) {
				c.add(k)
			}
			if utf8.FullRuneInString(string(buf[:k])) {
				c.add(k + 10)
			}
		}
	}
	println("runes", uint64(c))

	// Every 1, 2 and 3 byte sequence.
	c = 0
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			p := []byte{byte(a), byte(b)}
			r, n := utf8.DecodeRune(p)
			c.add(int(r)*8 + n)
			r, n = utf8.DecodeLastRune(p)
			c.add(int(r)*8 + n)
			if utf8.Valid(p) {
				c.add(7)
			}
			if utf8.FullRune(p[:1]) {
				c.add(a)
			}
			c.add(utf8.RuneCount(p))
			for x := 0; x < 256; x += 11 {
				q := []byte{byte(a), byte(b), byte(x)}
				s := string(q)
				r, n = utf8.DecodeRuneInString(s)
				c.add(int(r)*8 + n)
				r, n = utf8.DecodeLastRuneInString(s)
				c.add(int(r)*8 + n)
				if utf8.ValidString(s) {
					c.add(5)
				}
				if utf8.FullRune(q[:2]) {
					c.add(3)
				}
				c.add(utf8.RuneCountInString(s))
			}
		}
	}
	println("sequences", uint64(c))

	for _, s := range []string{"", "a", "héllo", "日本語", "\xff", "\xe6\x97", "\xe6\x97\xa5", "\xf0\x9f\x98\x80x", "a\xc0\x80b", "\xed\xa0\x80", "\xf4\x90\x80\x80", "\xf0\x80\x80\xaf"} {
		r, n := utf8.DecodeRuneInString(s)
		lr, ln := utf8.DecodeLastRuneInString(s)
		println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.FullRuneInString(s), r, n, lr, ln)
	}
	println(string(utf8.AppendRune([]byte("x"), 0x1F600)), string(utf8.AppendRune(nil, -1)), len(utf8.AppendRune(nil, 0xD800)))
	println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xE6))
	println(utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}
