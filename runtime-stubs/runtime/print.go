package runtime

import "unsafe"

// The routines behind print and println. The compiler turns println(a, b) into printlock(),
// print of a, printsp(), print of b, printnl(), printunlock(); each print routine writes to
// standard error, as gc's does.

// write1 is the write system call (sys_linux_arm64.s).
func write1(fd uintptr, p unsafe.Pointer, n int32) int32

// stringData is the address of a string's bytes.
func stringData(s string) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&s))
}

// gwrite writes b to standard error.
func gwrite(b []byte) {
	if len(b) == 0 {
		return
	}
	if printBuf != nil {
		*printBuf = append(*printBuf, b...)
		return
	}
	write1(2, unsafe.Pointer(&b[0]), int32(len(b)))
}

func printlock()   {}
func printunlock() {}

func printstring(s string) {
	if len(s) == 0 {
		return
	}
	if printBuf != nil { // runtime/debug.Stack collects a traceback (rdebug.go)
		*printBuf = append(*printBuf, s...)
		return
	}
	write1(2, stringData(s), int32(len(s)))
}

func printsp() { printstring(" ") }
func printnl() { printstring("\n") }

func printbool(v bool) {
	if v {
		printstring("true")
	} else {
		printstring("false")
	}
}

func printuint(v uint64) {
	// Digits from the right end of a buffer.
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	gwrite(buf[i:])
}

func printint(v int64) {
	if v < 0 {
		printstring("-")
		// -v overflows for the most negative int64, but as a uint64 it is the right magnitude.
		printuint(uint64(-v))
		return
	}
	printuint(uint64(v))
}

func printhex(v uint64) {
	const digits = "0123456789abcdef"
	var buf [18]byte
	i := len(buf)
	for {
		i--
		buf[i] = digits[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	i--
	buf[i] = 'x'
	i--
	buf[i] = '0'
	gwrite(buf[i:])
}

func printpointer(p unsafe.Pointer) {
	printhex(uint64(uintptr(p)))
}

// printfloat prints v as gc does: NaN, ±Inf, or a sign, one digit, six decimals and a three-digit
// exponent (+1.500000e+000).
func printfloat(v float64) {
	if v != v {
		printstring("NaN")
		return
	}
	if v+v == v && v != 0 {
		if v > 0 {
			printstring("+Inf")
		} else {
			printstring("-Inf")
		}
		return
	}
	var buf [14]byte
	buf[0] = '+'
	exp := 0
	if v == 0 {
		// -0 prints with a minus sign.
		if 1/v < 0 {
			buf[0] = '-'
		}
	} else {
		if v < 0 {
			v = -v
			buf[0] = '-'
		}
		// Scale into [1, 10), then round at the seventh significant digit.
		for v >= 10 {
			exp++
			v /= 10
		}
		for v < 1 {
			exp--
			v *= 10
		}
		// Half a unit in the seventh digit, computed by repeated division (the value gc's print uses).
		h := 5.0
		for i := 0; i < 7; i++ {
			h /= 10
		}
		v += h
		if v >= 10 {
			exp++
			v /= 10
		}
	}
	// Seven digits: buf[1] and buf[3..8], with the point between.
	for i := 0; i < 7; i++ {
		d := int(v)
		pos := i + 2
		if i == 0 {
			pos = 1
		}
		buf[pos] = byte('0' + d)
		v -= float64(d)
		v *= 10
	}
	buf[2] = '.'
	buf[9] = 'e'
	buf[10] = '+'
	if exp < 0 {
		exp = -exp
		buf[10] = '-'
	}
	buf[11] = byte('0' + exp/100)
	buf[12] = byte('0' + exp/10%10)
	buf[13] = byte('0' + exp%10)
	gwrite(buf[:])
}

// printcomplex prints (re+imi) with both parts as printfloat prints them.
func printcomplex(re, im float64) {
	printstring("(")
	printfloat(re)
	printfloat(im)
	printstring("i)")
}

// printeface and printiface print an interface as its two words, (type,data), as gc's print does.
func printeface(t, data unsafe.Pointer) {
	printstring("(")
	printpointer(t)
	printstring(",")
	printpointer(data)
	printstring(")")
}

func printiface(tab, data unsafe.Pointer) { printeface(tab, data) }

// printslice prints a slice as [len/cap]pointer.
func printslice(p unsafe.Pointer, n, c int) {
	printstring("[")
	printint(int64(n))
	printstring("/")
	printint(int64(c))
	printstring("]")
	printpointer(p)
}
