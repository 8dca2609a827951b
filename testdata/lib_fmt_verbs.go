package main

import "fmt"

// A table of directives and operands: integers, strings, byte slices, booleans and characters
// with every flag, width and precision.

type test struct {
	format string
	arg    interface{}
}

var tests = []test{
	// integers
	{"%d", 12345}, {"%v", -12345}, {"%d", int8(-128)}, {"%d", uint64(18446744073709551615)},
	{"%d", int64(-9223372036854775808)}, {"%5d", 42}, {"%-5d|", 42}, {"%05d", -42}, {"%+d", 42},
	{"% d", 42}, {"% d", -42}, {"%+ d", 42}, {"%.3d", 7}, {"%8.3d", -7}, {"%-8.3d|", 7},
	{"%08.3d", 7}, {"%.0d", 0}, {"%5.0d|", 0}, {"%x", 3054}, {"%X", 3054}, {"%#x", 3054},
	{"%#X", 3054}, {"%#08x", 255}, {"%o", 64}, {"%#o", 64}, {"%#o", 0}, {"%O", 64},
	{"%b", 10}, {"%#b", 10}, {"%x", -255}, {"%#v", uint8(200)}, {"%#v", int16(-3)},
	{"%v", uintptr(4096)}, {"%c", 'A'}, {"%c", 0x4E16}, {"%c", -1}, {"%5c|", 'z'}, {"%-3c|", 'z'},
	{"%q", 'a'}, {"%q", '\n'}, {"%q", '\''}, {"%q", 0x263A}, {"%+q", 0x263A}, {"%q", 0x110000},
	{"%U", 0x263A}, {"%#U", 0x263A}, {"%U", 0x1F}, {"%#U", '\n'}, {"%.6U", 0x41}, {"%10U|", 'x'},
	{"%-10U|", 'x'}, {"%d", []int{1, -2}}, {"%x", []int{10, 255}}, {"%03d", []uint{1, 2}},
	{"%+d", [2]int8{3, -3}},
	// strings
	{"%s", "hello"}, {"%v", "hello"}, {"%8s|", "abc"}, {"%-8s|", "abc"}, {"%08s", "abc"},
	{"%.2s", "abcdef"}, {"%.2s", "日本語"}, {"%5.1s|", "日本語"}, {"%x", "hello"}, {"%X", "hello"},
	{"% x", "hello"}, {"%#x", "hi"}, {"%# x", "hi"}, {"%# X", "hi"}, {"%.2x", "hello"},
	{"%10x|", "ab"}, {"%-10x|", "ab"}, {"%x", ""}, {"%5x|", ""}, {"%q", "hi\tthere\n"},
	{"%q", `back\slash "q"`}, {"%#q", "raw"}, {"%#q", "has`tick"}, {"%#q", "tab\there"},
	{"%#q", "nl\n"}, {"%+q", "日本"}, {"%q", "日本"}, {"%q", "\x00\x7f\xff"}, {"%q", "\u2028"},
	{"%10q|", "a"}, {"%-10q|", "a"}, {"%.3q", "abcdef"}, {"%#v", "quoted"}, {"%s", ""},
	{"%5s|", ""}, {"%s", "\xff\xfe"}, {"%d", "not a number"}, {"%t", "x"},
	// byte slices and arrays
	{"%s", []byte("bytes")}, {"%v", []byte("ab")}, {"%d", []byte{1, 2}}, {"%x", []byte{1, 171, 255}},
	{"%X", []byte{1, 171, 255}}, {"% x", []byte{1, 2, 3}}, {"%#x", []byte{1, 2}}, {"%q", []byte("q\"b")},
	{"%#v", []byte{1, 2}}, {"%#v", []byte(nil)}, {"%v", []byte(nil)}, {"%s", [3]byte{'a', 'b', 'c'}},
	{"%x", [2]byte{0xde, 0xad}}, {"%v", [2]byte{1, 2}}, {"%.1s", []byte("xyz")}, {"%6s|", []byte("ab")},
	{"%o", []byte{8, 9}},
	// booleans
	{"%t", true}, {"%v", false}, {"%6t|", true}, {"%-6t|", false}, {"%d", true}, {"%q", false},
	// nil
	{"%v", nil}, {"%d", nil}, {"%T", nil}, {"%5v|", nil}, {"%s", nil},
}

func main() {
	for _, t := range tests {
		fmt.Printf("%-8q => ", t.format)
		fmt.Printf(t.format, t.arg)
		fmt.Println()
	}
	// Several operands, flags on the verb %%, operand indexes, '*' widths and precisions.
	fmt.Printf("%d %s %v %%|%5%|%-5%|\n", 1, "two", 3)
	fmt.Printf("%[2]s %[1]s|%[2]*[1]d|%[3]d %d\n", "a", "b", 5)
	fmt.Printf("%*d|%-*d|%*d|\n", 6, 1, 6, 2, -6, 3)
	fmt.Printf("%.*d|%.*s|%*.*d|\n", 3, 4, 2, "abcdef", 7, 3, 9)
	fmt.Printf("%*d|\n", "x", 1)
	fmt.Printf("%.*d|\n", "x", 1)
	fmt.Printf("%.*d|\n", -1, 5)
	fmt.Printf("%*d|\n", int8(4), 5)
	fmt.Printf("%*d|\n", uint(3), 5)
	fmt.Printf("%*d|\n", 10000000, 5)
	fmt.Printf("%[1]d %[1]x %#[1]o\n", 64)
	fmt.Printf("%[3]d|%[0]d|%[x]d|%[1]|%[2\n", 1, 2)
	fmt.Printf("%[2]d %d %d\n", 1, 2, 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, "extra", nil, 2.5)
	fmt.Printf("%!\n")
	fmt.Printf("%z %ä\n", 1, 2)
	fmt.Printf("ends with %")
	fmt.Println()
	fmt.Printf("ends with %-5")
	fmt.Println()
	fmt.Printf("%.d|%.x|\n", 0, 0)
	fmt.Printf("%-08d|%0-8d|\n", 5, 5)
	fmt.Printf("no verbs\n")
}
