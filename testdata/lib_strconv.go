package main

import (
	"errors"
	"math"
	"os"
	"strconv"
)

var seed uint64 = 0x243F6A8885A308D3

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type checksum uint64

func (c *checksum) add(s string) {
	for i := 0; i < len(s); i++ {
		*c = (*c ^ checksum(s[i])) * 1099511628211
	}
	*c = (*c ^ 0xff) * 1099511628211
}

func out(s ...string) {
	for i, x := range s {
		if i > 0 {
			os.Stdout.WriteString(" ")
		}
		os.Stdout.WriteString(x)
	}
	os.Stdout.WriteString("\n")
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	ints()
	quotes()
	floats()
}

func ints() {
	for _, v := range []int64{0, 1, -1, 9, 10, 255, -256, 1 << 40, math.MaxInt64, math.MinInt64} {
		for _, b := range []int{2, 8, 10, 16, 36} {
			os.Stdout.WriteString(strconv.FormatInt(v, b) + " ")
		}
		out(strconv.FormatUint(uint64(v), 10), strconv.Itoa(int(v)), string(strconv.AppendInt([]byte("x="), v, 7)), string(strconv.AppendUint(nil, uint64(v), 3)))
	}
	for _, s := range []string{"0", "123", "-123", "+5", "", "-", "12a", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", " 1", "1_000", "0x1F"} {
		i, err := strconv.Atoi(s)
		out("Atoi", strconv.Quote(s), strconv.Itoa(i), errs(err))
	}
	type pi struct {
		s          string
		base, bits int
	}
	for _, c := range []pi{{"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 16}, {"017", 0, 32}, {"1_000_000", 0, 64}, {"1__0", 0, 64}, {"_1", 0, 64}, {"1_", 0, 64}, {"0x_1f", 0, 64}, {"0_1", 0, 64},
		{"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8}, {"zz", 36, 64}, {"ZZ", 36, 64}, {"12", 1, 64}, {"12", 37, 64}, {"12", 10, 65}, {"12", 10, -1}, {"0x", 0, 64}, {"0b", 0, 64}, {"08", 0, 64}, {"ff", 16, 0}, {"-0", 10, 64}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		u, err2 := strconv.ParseUint(c.s, c.base, c.bits)
		out("ParseInt", c.s, strconv.Itoa(c.base), strconv.Itoa(c.bits), strconv.FormatInt(i, 10), errs(err), strconv.FormatUint(u, 10), errs(err2))
	}
	_, err := strconv.Atoi("x")
	var ne *strconv.NumError
	out(strconv.FormatBool(errors.As(err, &ne)), ne.Func, ne.Num, strconv.FormatBool(errors.Is(err, strconv.ErrSyntax)), strconv.FormatBool(errors.Unwrap(err) == strconv.ErrSyntax))
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", "tRUE", ""} {
		b, err := strconv.ParseBool(s)
		out("ParseBool", s, strconv.FormatBool(b), errs(err), string(strconv.AppendBool([]byte("b:"), b)))
	}
	defer func() { out("recovered:", recover().(string)) }()
	strconv.FormatInt(1, 1)
}

func quotes() {
	for _, s := range []string{"", "hello", "a\"b", "a\\b", "tab\there", "nl\n", "\x00\x01\x7f", "日本語", "\xff\xfe", "\u00a0nbsp", "\u2028", "\U0001F600", "'", "`", "\a\b\f\r\v", "\uFEFF"} {
		out(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.FormatBool(strconv.CanBackquote(s)))
	}
	for _, r := range []rune{'a', '\'', '"', '\n', 0, 0x7f, 'é', 0x2028, 0x1F600, -1, 0xD800, 0x110000, '\\', 0xa0} {
		out(strconv.QuoteRune(r), strconv.QuoteRuneToASCII(r), strconv.QuoteRuneToGraphic(r), strconv.FormatBool(strconv.IsPrint(r)), strconv.FormatBool(strconv.IsGraphic(r)))
	}
	for _, s := range []string{`""`, `"a"`, `"\n\t\\\""`, `'a'`, `'ab'`, `''`, "`raw\\n`", "`a\rb`", `"\x41\101\u00e9\U0001F600"`, `"\q"`, `"a`, `a"`, `"\400"`, `'\''`, `"\'"`, `'"'`, `'\"'`, "\"a\nb\"", `"\xff"`, "\"\xff\"", "'\xff'", `"日本"`, `'日'`, `"\uD800"`, "x", `"a"b`} {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s + "tail")
		out("Unquote", strconv.Quote(s), strconv.Quote(u), errs(err), strconv.Quote(p), errs(err2))
	}
	for _, s := range []string{`\n`, `\x41`, `\u00e9x`, `é`, `a`, `\'`, `\"`, `\400`, `\777`, `\z`, `\`} {
		v, mb, tail, err := strconv.UnquoteChar(s, '"')
		out("UnquoteChar", strconv.Quote(s), strconv.Itoa(int(v)), strconv.FormatBool(mb), strconv.Quote(tail), errs(err))
	}
	out(string(strconv.AppendQuote([]byte("q:"), "x\ty")), string(strconv.AppendQuoteToASCII(nil, "é")), string(strconv.AppendQuoteRune(nil, 'x')), string(strconv.AppendQuoteRuneToASCII(nil, 'é')))
}

func floats() {
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	precs := []int{-1, 0, 1, 2, 3, 5, 6, 10, 16, 17, 25}
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 1e21, 1e20, 123456789, 1e23, 5e-324, math.MaxFloat64,
		2.5, 0.125, 1.005, 9.995, 0.000001, 0.0000001, 100, 1e6, 1e-5, 1e-4, float64(1 << 53), math.Inf(1), math.Inf(-1), math.NaN(),
		2.2250738585072014e-308, 2.225073858507201e-308, 3.4028234663852886e38, 1.401298464324817e-45, 123.456, -0.5, 999999.5, 0.05}
	for _, v := range vals {
		for _, bs := range []int{64, 32} {
			line := ""
			for _, f := range fmts {
				for _, p := range precs {
					line += strconv.FormatFloat(v, f, p, bs) + " "
				}
			}
			out(line)
		}
	}
	// Sweeps, summarized: shortest and fixed formats of random values of every magnitude
	// (normal, subnormal, powers of ten, halves), and parsing them back.
	var c checksum
	roundTrip := 0
	for i := 0; i < 600; i++ {
		r := rnd()
		var v float64
		switch i % 5 {
		case 0:
			v = math.Float64frombits(r)
		case 1:
			v = math.Float64frombits(r >> 12)
		case 2:
			v = float64(int64(r%2000001)-1000000) / 1000
		case 3:
			v = math.Pow10(int(r%600) - 300)
		case 4:
			v = float64(r%1000) + 0.5
		}
		for _, bs := range []int{64, 32} {
			s := strconv.FormatFloat(v, 'g', -1, bs)
			c.add(s)
			c.add(strconv.FormatFloat(v, 'e', int(r%20), bs))
			c.add(strconv.FormatFloat(v, 'f', int(r%8), bs))
			c.add(strconv.FormatFloat(v, 'x', int(r%16)-1, bs))
			back, err := strconv.ParseFloat(s, bs)
			if bs == 32 {
				v = float64(float32(v))
			}
			if back == v || v != v {
				roundTrip++
			}
			if err != nil {
				c.add(err.Error())
			}
		}
	}
	out("format sweep", strconv.FormatUint(uint64(c), 16), strconv.Itoa(roundTrip))

	c = 0
	for i := 0; i < 500; i++ {
		r := rnd()
		n := int(r%25) + 1
		b := make([]byte, 0, 40)
		for j := 0; j < n; j++ {
			b = append(b, byte('0'+rnd()%10))
		}
		if r%3 == 0 {
			b = append(b[:1], append([]byte{'.'}, b[1:]...)...)
		}
		b = append(b, 'e')
		b = strconv.AppendInt(b, int64(rnd()%700)-350, 10)
		for _, bs := range []int{64, 32} {
			v, err := strconv.ParseFloat(string(b), bs)
			c.add(strconv.FormatUint(math.Float64bits(v), 16))
			if err != nil {
				c.add(err.Error())
			}
		}
		// Exact midpoints between neighbours must round to even.
		y := math.Float64frombits(r >> 1)
		z := math.Nextafter(y, math.Inf(1))
		v, _ := strconv.ParseFloat(strconv.FormatFloat((y+z)/2, 'e', 60, 64), 64)
		c.add(strconv.FormatUint(math.Float64bits(v), 16))
	}
	out("parse sweep", strconv.FormatUint(uint64(c), 16))

	for _, s := range []string{"", "1", "-0", "+0", "1e", "1e+", ".", ".5", "5.", "0x", "0x1", "0x1p", "0x1p-2", "0x1.8p1", "0X1P+2", "1_000", "0x_1p0", "1__0", "inf", "-Inf", "+INFINITY", "infinity", "nan", "NaN", "-nan", "+nan", "infx", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "3.4028235e38", "3.4028236e38", "1e-46", "123456789012345678901234567890", "0e99999999999", "1e99999999999", "abc", "1.2.3", " 1", "0x1.fffffffffffff8p1023", "0x1p-1075", "0x1.00000000000008p0", "1.00000000000000011102230246251565404236316680908203125", "1.00000000000000011102230246251565404236316680908203124", "1.00000000000000011102230246251565404236316680908203126"} {
		v, err := strconv.ParseFloat(s, 64)
		v32, err32 := strconv.ParseFloat(s, 32)
		out("ParseFloat", strconv.Quote(s), strconv.FormatFloat(v, 'g', -1, 64), errs(err), strconv.FormatFloat(v32, 'g', -1, 32), errs(err32))
	}
	out(string(strconv.AppendFloat([]byte("f="), 1.5, 'f', 3, 64)), strconv.FormatFloat(3, 'z', -1, 64))
	defer func() { out("recovered:", recover().(string)) }()
	strconv.FormatFloat(1, 'g', -1, 16)
}
