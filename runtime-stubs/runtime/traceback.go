package runtime

import "unsafe"

// Tracebacks, gc-style: for each frame from the panicking function outwards,
//
//	main.f(...)
//		/path/file.go:12 +0x1c
//
// The stack is walked through the frame-pointer chain (every function with a frame saves its
// caller's R29 at 0(R29) and its return address at 8(R29)); pcs become function names and lines
// through the linker's function table (see ARCHITECTURE.md, "The function table").

func functabAddr() uintptr
func getcallerfp() uintptr

const functabMagic = 0x54465347

// The table's header: u32 magic, version, nfunc, nfile, nline, funcoff (20), fileoff (24),
// lineoff (28), stroff (32), strlen (36).

// A function record of the table (32 bytes).
type funcRecord struct {
	entry   uintptr
	size    uint32
	nameoff uint32
	namelen uint32
	line0   uint32
	nline   uint32
	_       uint32
}

type lineRecord struct {
	pcoff uint32
	file  uint32
	line  uint32
}

func tabU32(tab uintptr, off uintptr) uint32 { return *(*uint32)(unsafe.Pointer(tab + off)) }

// tabString is the string at (off, len) of the table's string area.
func tabString(tab uintptr, off, n uint32) string {
	var s string
	h := (*stringHeader)(unsafe.Pointer(&s))
	h.data = unsafe.Pointer(tab + uintptr(tabU32(tab, 32)) + uintptr(off))
	h.len = int(n)
	return s
}

// findfunc returns the record of the function containing pc, or nil.
func findfunc(pc uintptr) *funcRecord {
	tab := functabAddr()
	if tabU32(tab, 0) != functabMagic {
		return nil
	}
	n := uintptr(tabU32(tab, 8))
	funcs := tab + uintptr(tabU32(tab, 20))
	lo, hi := uintptr(0), n
	for lo < hi {
		mid := (lo + hi) / 2
		f := (*funcRecord)(unsafe.Pointer(funcs + mid*32))
		if f.entry <= pc {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == 0 {
		return nil
	}
	f := (*funcRecord)(unsafe.Pointer(funcs + (lo-1)*32))
	if pc >= f.entry+uintptr(f.size) {
		return nil
	}
	return f
}

func funcname(f *funcRecord) string { return tabString(functabAddr(), f.nameoff, f.namelen) }

// funcline is the file and line of the code at pc in f ("?", 0 when unknown).
func funcline(f *funcRecord, pc uintptr) (string, int) {
	tab := functabAddr()
	lines := tab + uintptr(tabU32(tab, 28))
	off := uint32(pc - f.entry)
	var best *lineRecord
	for i := uint32(0); i < f.nline; i++ {
		l := (*lineRecord)(unsafe.Pointer(lines + uintptr(f.line0+i)*12))
		if l.pcoff > off {
			break
		}
		best = l
	}
	if best == nil || best.file == 0xffffffff {
		return "?", 0
	}
	files := uintptr(tabU32(tab, 24))
	fo := tabU32(tab, files+uintptr(best.file)*8)
	fl := tabU32(tab, files+uintptr(best.file)*8+4)
	return tabString(tab, fo, fl), int(best.line)
}

// funcNameForPrint is a function's name as tracebacks and runtime.Func show it: the type arguments
// of a generic function's instance elided, main.Map[...] for main.Map[int,string], as gc prints them.
func funcNameForPrint(name string) string {
	i := 0
	for i < len(name) && name[i] != '[' {
		i++
	}
	if i == len(name) {
		return name
	}
	j := len(name) - 1
	for j > i && name[j] != ']' {
		j--
	}
	if j <= i {
		return name
	}
	return name[:i] + "[...]" + name[j+1:]
}

// hasPrefix reports whether s starts with p.
func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// traceback prints the frames above the caller's caller, skipping the runtime's own frames as gc
// does by default, and stopping at runtime.main.
func traceback() {
	fp := getcallerfp()
	faulted := false // the previous frame was sigpanic: this pc is the faulting instruction, not a return address
	var pending uintptr // a return address to use before following fp (the caller of a frameless function that faulted)
	printed := 0
	for fp != 0 {
		var ret uintptr
		recfp := fp
		if pending != 0 {
			ret, pending = pending, 0
		} else {
			ret = *(*uintptr)(unsafe.Pointer(fp + 8))
			fp = *(*uintptr)(unsafe.Pointer(fp))
		}
		if ret == 0 {
			break
		}
		pc := ret - 1
		if faulted {
			pc = ret
		}
		f := findfunc(pc)
		if f == nil {
			break
		}
		name := funcname(f)
		if faulted {
			pending = faultedLR(f, recfp)
		}
		faulted = name == "runtime.sigpanic"
		if name == "runtime.main" {
			break
		}
		if hasPrefix(name, "runtime.") || isWrapperName(name) {
			continue
		}
		if printed == 100 {
			printstring("...additional frames elided...\n")
			break
		}
		printed++
		file, line := funcline(f, pc)
		printstring(funcNameForPrint(name))
		printstring("(...)\n\t")
		printstring(file)
		printstring(":")
		printint(int64(line))
		printstring(" +0x")
		printhexdigits(uint64(ret - f.entry))
		printstring("\n")
	}
}

// printhexdigits prints v in hex without a 0x prefix.
func printhexdigits(v uint64) {
	var buf [16]byte
	i := len(buf)
	for {
		i--
		buf[i] = "0123456789abcdef"[v%16]
		v /= 16
		if v == 0 {
			break
		}
	}
	gwrite(buf[i:])
}
