using Gosharp.Asm.Syntax;
using static Gosharp.Asm.Arm64.Ops;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>The add/subtract operation an ADD-family mnemonic stands for.</summary>
internal readonly record struct AddSubOp(bool Is64, bool Sub, bool SetFlags);

/// <summary>ADD, SUB, ADDS, SUBS and their W forms, and the aliases built on them (CMP, CMN, NEG, MOVD to/from RSP).</summary>
internal static class Arithmetic
{
    /// <summary><c>ADD Rm, Rn, Rd</c> / <c>ADD Rm&lt;&lt;s, Rn, Rd</c>: the shifted-register form (no RSP).</summary>
    public static void Shifted(Emitter e, AddSubOp op, Operand src, Reg rn, Reg rd)
    {
        var (rm, shift, amount) = src switch
        {
            ShiftedRegOperand s => (s.Reg, s.Shift, s.Amount),
            _ => (R(src), ShiftKind.Lsl, 0),
        };
        if (!rm.IsGeneral && rm.Kind != RegKind.Zero) throw e.Illegal();
        if (shift == ShiftKind.Ror) throw Emitter.Error("ROR is not allowed for add/subtract: " + e.Instr.Text);
        if (amount >= (op.Is64 ? 64 : 32)) throw Emitter.Error("shift amount out of range 0 to " + (op.Is64 ? 63 : 31) + ": " + e.Instr.Text);
        e.Emit(A64.AddSubShifted(op.Is64, op.Sub, op.SetFlags, shift, amount, rm, rn, rd));
    }

    /// <summary>The extended-register form, needed when Rn or Rd is RSP, or asked for with <c>R1.UXTW&lt;&lt;2</c>.</summary>
    public static void Extended(Emitter e, AddSubOp op, Operand src, Reg rn, Reg rd)
    {
        var (rm, ext, amount) = src switch
        {
            ExtendedRegOperand x => (x.Reg, x.Extend, x.Amount),
            ShiftedRegOperand { Shift: ShiftKind.Lsl } s when s.Amount <= 4 => (s.Reg, op.Is64 ? ExtendKind.Uxtx : ExtendKind.Uxtw, s.Amount),
            RegOperand or ImmOperand => (R(src), op.Is64 ? ExtendKind.Uxtx : ExtendKind.Uxtw, 0),
            _ => throw e.Illegal(),
        };
        if (op.SetFlags && rd.Kind == RegKind.StackPointer) throw e.Illegal();
        if (!rm.IsGeneral && rm.Kind != RegKind.Zero) throw e.Illegal();
        e.Emit(A64.AddSubExtended(op.Is64, op.Sub, op.SetFlags, ext, amount, rm, rn, rd));
    }

    /// <summary>
    /// <c>ADD $c, Rn, Rd</c> for any constant: negative values use the opposite operation (as gc does for
    /// ADD, SUB, CMP and CMN, not ADDS and SUBS: <paramref name="negate"/>); 12-bit values
    /// (shifted or not) fit one instruction; others go through REGTMP, or, when they fit 24 bits and
    /// REGTMP would take two instructions anyway, become two additions (not for flag-setting forms).
    /// </summary>
    /// <param name="highFirst">Add the upper 12 bits first in the two-addition form, and prefer it to REGTMP
    /// whenever the value fits 24 bits (gc's choices for <c>MOVD $off(Rn)</c>).</param>
    public static void Immediate(Emitter e, AddSubOp op, long value, Reg rn, Reg rd, bool highFirst = false, bool negate = true)
    {
        // The sign is the written value's: ADDW $-1 is SUBW $1, ADDW $0xffffffff is not rewritten.
        if (negate && value < 0 && (op.Is64 ? value != long.MinValue : unchecked((int)value) != int.MinValue))
        {
            value = -value;
            op = op with { Sub = !op.Sub };
        }
        ulong v = op.Is64 ? (ulong)value : (uint)value;
        if (v <= 0xfff)
        {
            e.Emit(A64.AddSubImm(op.Is64, op.Sub, op.SetFlags, (uint)v, false, rn, rd));
            return;
        }
        if ((v & 0xfff) == 0 && v <= 0xfff000)
        {
            e.Emit(A64.AddSubImm(op.Is64, op.Sub, op.SetFlags, (uint)(v >> 12), true, rn, rd));
            return;
        }
        if (!op.SetFlags && v <= 0xffffff && (highFirst || !Immediates.IsSingleMove(v, op.Is64)))
        {
            uint lo = (uint)(v & 0xfff), hi = (uint)(v >> 12);
            e.Emit(highFirst ? A64.AddSubImm(op.Is64, op.Sub, false, hi, true, rn, rd) : A64.AddSubImm(op.Is64, op.Sub, false, lo, false, rn, rd));
            e.Emit(highFirst ? A64.AddSubImm(op.Is64, op.Sub, false, lo, false, rd, rd) : A64.AddSubImm(op.Is64, op.Sub, false, hi, true, rd, rd));
            return;
        }
        e.CheckNotTmp(rn);
        MoveConstant.Emit(e, v, op.Is64, Reg.Tmp);
        Register(e, op, Reg.Tmp, rn, rd);
    }

    /// <summary>Rd = Rn ± Rm, picking the extended form when RSP is involved.</summary>
    public static void Register(Emitter e, AddSubOp op, Reg rm, Reg rn, Reg rd)
    {
        if (rn.Kind == RegKind.StackPointer || rd.Kind == RegKind.StackPointer)
            e.Emit(A64.AddSubExtended(op.Is64, op.Sub, op.SetFlags, op.Is64 ? ExtendKind.Uxtx : ExtendKind.Uxtw, 0, rm, rn, rd));
        else
            e.Emit(A64.AddSubShifted(op.Is64, op.Sub, op.SetFlags, ShiftKind.Lsl, 0, rm, rn, rd));
    }

    /// <summary>R27 = base + offset, for addressing modes that cannot hold the offset.</summary>
    public static void AddressIntoTmp(Emitter e, Reg baseReg, long offset)
    {
        e.CheckNotTmp(baseReg);
        Immediate(e, new AddSubOp(true, false, false), offset, baseReg, Reg.Tmp);
    }

    public static void Carry(Emitter e, AddSubOp op, Reg rm, Reg rn, Reg rd)
        => e.Emit(A64.AddSubCarry(op.Is64, op.Sub, op.SetFlags, rm, rn, rd));
}
