package reflect

import "unsafe"

// The register convention (ABIInternal) as reflect lays values out for calls: each argument's
// scalar parts go to the next integer (R0-R15) or float (F0-F15) registers, results come back the
// same way (call_arm64.s makes the calls). Signatures needing the stack (more arguments than
// registers, arrays longer than one element) are not supported yet.

// registers holds R0-R15 and F0-F15 for callRegs. The integer registers are pointer-typed so that
// the collector keeps what they point to alive while reflect holds them.
type registers struct {
	ints   [16]unsafe.Pointer
	floats [16]uint64
}

// callRegs calls code with R26 = closure and the registers from regs, and stores the registers
// back into regs after the call (call_arm64.s).
func callRegs(code, closure unsafe.Pointer, regs *registers)

// A leaf is one scalar part of a value: where it is, its size, and which register file it uses.
type leaf struct {
	off    uintptr
	size   uintptr
	float  bool
	signed bool
}

// appendLeaves appends the scalar parts of a value of type t at offset off (the compiler's
// TypeParts and Abi.Leaves); false when t cannot travel in registers.
func appendLeaves(acc []leaf, t *rtype, off uintptr) ([]leaf, bool) {
	word := func(o uintptr) leaf { return leaf{off: off + o, size: 8} }
	switch k := t.kindOf(); k {
	case Struct:
		for i := 0; i < t.fieldCount(); i++ {
			f := t.fieldAt(i)
			var ok bool
			if acc, ok = appendLeaves(acc, f.typ, off+f.offset); !ok {
				return acc, false
			}
		}
		return acc, true
	case Array:
		switch t.len {
		case 0:
			return acc, true
		case 1:
			return appendLeaves(acc, t.elem, off)
		}
		return acc, false
	case Bool, Uint8, Uint16, Uint32:
		return append(acc, leaf{off: off, size: t.size}), true
	case Int8, Int16, Int32:
		return append(acc, leaf{off: off, size: t.size, signed: true}), true
	case Int, Int64, Uint, Uint64, Uintptr, Pointer, Map, Chan, Func, UnsafePointer:
		return append(acc, word(0)), true
	case Float32, Float64:
		return append(acc, leaf{off: off, size: t.size, float: true}), true
	case Complex64:
		return append(acc, leaf{off: off, size: 4, float: true}, leaf{off: off + 4, size: 4, float: true}), true
	case Complex128:
		return append(acc, leaf{off: off, size: 8, float: true}, leaf{off: off + 8, size: 8, float: true}), true
	case String, Interface:
		return append(acc, word(0), word(8)), true
	case Slice:
		return append(acc, word(0), word(8), word(16)), true
	}
	return acc, false
}

// regAssigner hands out registers in order, as the ABI assigns a list of arguments or results.
type regAssigner struct {
	nextInt, nextFloat int
}

// assign returns the leaves of a value of type t with their registers (float registers numbered
// from 16), or panics when t does not fit in the registers left.
func (a *regAssigner) assign(t *rtype) ([]leaf, []int) {
	leaves, regs, ok := a.tryAssign(t)
	if !ok {
		panic("reflect: gosharp cannot call functions whose arguments or results use the stack (" + t.str + ")")
	}
	return leaves, regs
}

// tryAssign is assign reporting failure instead of panicking.
func (a *regAssigner) tryAssign(t *rtype) ([]leaf, []int, bool) {
	leaves, ok := appendLeaves(nil, t, 0)
	ints, floats := 0, 0
	for _, l := range leaves {
		if l.float {
			floats++
		} else {
			ints++
		}
	}
	if !ok || a.nextInt+ints > 16 || a.nextFloat+floats > 16 {
		return nil, nil, false
	}
	regs := make([]int, len(leaves))
	for i, l := range leaves {
		if l.float {
			regs[i] = 16 + a.nextFloat
			a.nextFloat++
		} else {
			regs[i] = a.nextInt
			a.nextInt++
		}
	}
	return leaves, regs, true
}

// load puts the leaves of the value at p into their registers.
func (r *registers) load(p unsafe.Pointer, leaves []leaf, regs []int) {
	for i, l := range leaves {
		q := add(p, l.off)
		var bits uint64
		switch l.size {
		case 1:
			bits = uint64(*(*uint8)(q))
			if l.signed {
				bits = uint64(int64(*(*int8)(q)))
			}
		case 2:
			bits = uint64(*(*uint16)(q))
			if l.signed {
				bits = uint64(int64(*(*int16)(q)))
			}
		case 4:
			bits = uint64(*(*uint32)(q))
			if l.signed {
				bits = uint64(int64(*(*int32)(q)))
			}
		default:
			bits = *(*uint64)(q)
		}
		if reg := regs[i]; reg >= 16 {
			r.floats[reg-16] = bits
		} else {
			r.ints[reg] = unsafe.Pointer(uintptr(bits))
		}
	}
}

// store writes the registers of the leaves into the value at p.
func (r *registers) store(p unsafe.Pointer, leaves []leaf, regs []int) {
	for i, l := range leaves {
		var bits uint64
		if reg := regs[i]; reg >= 16 {
			bits = r.floats[reg-16]
		} else {
			bits = uint64(uintptr(r.ints[reg]))
		}
		q := add(p, l.off)
		switch l.size {
		case 1:
			*(*uint8)(q) = uint8(bits)
		case 2:
			*(*uint16)(q) = uint16(bits)
		case 4:
			*(*uint32)(q) = uint32(bits)
		default:
			*(*uint64)(q) = bits
		}
	}
}
