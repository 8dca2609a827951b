using Gosharp.Asm.Syntax;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>
/// A load or store of one register: SizeLog2 is log2 of the bytes accessed, Opc the encodings' opc
/// field (0 store, 1 load, 2 load sign-extended to 64 bits), Vector for F registers.
/// </summary>
internal readonly record struct LdStOp(uint SizeLog2, bool Vector, uint Opc)
{
    public RelocType Lo12Reloc => SizeLog2 switch
    {
        0 => RelocType.Ldst8AbsLo12Nc,
        1 => RelocType.Ldst16AbsLo12Nc,
        2 => RelocType.Ldst32AbsLo12Nc,
        3 => RelocType.Ldst64AbsLo12Nc,
        _ => RelocType.Ldst128AbsLo12Nc,
    };
}

/// <summary>
/// Loads and stores (MOVD, MOVW, ..., FMOVD): picks the unsigned scaled offset form, else the
/// unscaled (LDUR/STUR) form, else adds the offset's high part into REGTMP, else indexes by REGTMP;
/// .W/.P give pre/post-index writeback; symbols are reached with ADRP into REGTMP.
/// </summary>
internal static class LoadStore
{
    public static void Memory(Emitter e, LdStOp op, Reg rt, MemOperand m, string suffix)
    {
        var rn = m.Base!.Value;
        if (!rn.IsBase) throw e.Illegal();
        long off = m.Offset;
        int scale = 1 << (int)op.SizeLog2;
        if (suffix.Length > 0)
        {
            if (off < -256 || off > 255) throw Emitter.Error($"offset out of range [-256,255]: {e.Instr.Text}");
            if (rn == rt && rn.IsGeneral) throw Emitter.Error("constrained unpredictable behavior: " + e.Instr.Text);
            e.Emit(A64.LdStImm9(op.SizeLog2, op.Vector, op.Opc, (int)off, suffix == "W" ? 3u : 1u, rn, rt));
            return;
        }
        if (off >= 0 && off % scale == 0 && off / scale <= 0xfff)
        {
            e.Emit(A64.LdStUnsignedOffset(op.SizeLog2, op.Vector, op.Opc, (uint)(off / scale), rn, rt));
            return;
        }
        if (off >= -256 && off <= 255)
        {
            e.Emit(A64.LdStImm9(op.SizeLog2, op.Vector, op.Opc, (int)off, 0, rn, rt));
            return;
        }
        e.CheckNotTmp(rn);
        if (op.Opc == 0) e.CheckNotTmp(rt);
        long lo = off & 0xfff, hi = off - lo;
        if (off > 0 && hi <= 0xfff000 && lo % scale == 0)
        {
            // ADD $hi, Rn, R27; then the low 12 bits as a scaled offset from R27.
            e.Emit(A64.AddSubImm(true, false, false, (uint)(hi >> 12), true, rn, Reg.Tmp));
            e.Emit(A64.LdStUnsignedOffset(op.SizeLog2, op.Vector, op.Opc, (uint)(lo / scale), Reg.Tmp, rt));
            return;
        }
        MoveConstant.Emit(e, (ulong)off, true, Reg.Tmp);
        e.Emit(A64.LdStRegister(op.SizeLog2, op.Vector, op.Opc, Reg.Tmp, ExtendKind.Uxtx, false, rn, rt));
    }

    /// <summary><c>(Rn)(Rm)</c>, <c>(Rn)(Rm&lt;&lt;s)</c> with s 0 or the access size, <c>(Rn)(Rm.SXTW&lt;&lt;s)</c>.</summary>
    public static void Indexed(Emitter e, LdStOp op, Reg rt, MemOperand m, string suffix)
    {
        if (suffix.Length > 0) throw e.Illegal();
        var rn = m.Base!.Value;
        var idx = m.Index!;
        if (!idx.Reg.IsGeneral && idx.Reg.Kind != RegKind.Zero) throw e.Illegal();
        var option = idx.Extend switch
        {
            ExtendKind.Lsl or ExtendKind.Uxtx => ExtendKind.Uxtx,
            ExtendKind.Uxtw or ExtendKind.Sxtw or ExtendKind.Sxtx => idx.Extend,
            _ => throw Emitter.Error("unsupported index extension: " + e.Instr.Text),
        };
        if (idx.Amount != 0 && idx.Amount != op.SizeLog2)
            throw Emitter.Error($"index shift must be 0 or {op.SizeLog2}: {e.Instr.Text}");
        // A byte access has one shift, 0: an explicit <<0 sets the S bit (as gc and binutils do for lsl #0).
        bool scaled = idx.Amount != 0 || (op.SizeLog2 == 0 && idx.Shifted);
        e.Emit(A64.LdStRegister(op.SizeLog2, op.Vector, op.Opc, idx.Reg, option, scaled, rn, rt));
    }

    /// <summary><c>MOVD sym+off(SB), R</c> / <c>MOVD R, sym+off(SB)</c>: ADRP R27 then the access with the low 12 bits.</summary>
    public static void Symbol(Emitter e, LdStOp op, Reg rt, MemOperand m, string suffix)
    {
        if (suffix.Length > 0) throw e.Illegal();
        var sym = m.Sym!.Value;
        if (e.IsThreadLocal(sym))
        {
            // As gc: MOVD of a TLSBSS symbol loads its offset from the thread pointer (local exec).
            if (op != new LdStOp(3, false, 1)) throw e.Illegal();
            e.EmitReloc(A64.MoveWide(true, 2, 0, 0, rt), RelocType.TlsleMovwTprelG0, sym, m.Offset);
            return;
        }
        if (op.Opc == 0) e.CheckNotTmp(rt);
        e.EmitReloc(A64.Adrp(Reg.Tmp), RelocType.AdrPrelPgHi21, sym, m.Offset);
        e.EmitReloc(A64.LdStUnsignedOffset(op.SizeLog2, op.Vector, op.Opc, 0, Reg.Tmp, rt), op.Lo12Reloc, sym, m.Offset);
    }
}

/// <summary>A pair load/store: Opc 0 (W or S), 1 (LDPSW or D), 2 (X); Scale is the bytes per register.</summary>
internal readonly record struct PairOp(uint Opc, bool Vector, bool Load, int Scale);

/// <summary>LDP/STP and their W, SW and floating-point forms, with .W/.P writeback.</summary>
internal static class Pairs
{
    public static void Encode(Emitter e, PairOp op, PairOperand regs, MemOperand m, string suffix)
    {
        bool wantFloat = op.Vector;
        if (regs.First.IsFloat != wantFloat || regs.Second.IsFloat != wantFloat) throw e.Illegal();
        if (regs.First.Kind == RegKind.StackPointer || regs.Second.Kind == RegKind.StackPointer) throw e.Illegal();
        if (op.Load && regs.First == regs.Second) throw Emitter.Error("constrained unpredictable behavior: " + e.Instr.Text);
        if (m.IsSymbol)
        {
            // ADRP and ADD of the symbol's address into REGTMP, then the pair at (R27).
            if (suffix.Length > 0) throw e.Illegal();
            if (!op.Load) e.CheckNotTmp(regs.First, regs.Second);
            e.EmitReloc(A64.Adrp(Reg.Tmp), RelocType.AdrPrelPgHi21, m.Sym!.Value, m.Offset);
            e.EmitReloc(A64.AddSubImm(true, false, false, 0, false, Reg.Tmp, Reg.Tmp), RelocType.AddAbsLo12Nc, m.Sym!.Value, m.Offset);
            e.Emit(A64.LdStPair(op.Opc, op.Vector, 2, op.Load, 0, regs.Second, Reg.Tmp, regs.First));
            return;
        }
        var rn = m.Base!.Value;
        if (!rn.IsBase) throw e.Illegal();
        if (suffix.Length > 0 && rn.IsGeneral && (rn == regs.First || rn == regs.Second))
            throw Emitter.Error("constrained unpredictable behavior: " + e.Instr.Text);
        long off = m.Offset;
        bool fits = off % op.Scale == 0 && off / op.Scale >= -64 && off / op.Scale <= 63;
        if (suffix.Length > 0)
        {
            if (!fits) throw Emitter.Error($"offset out of range [{-64 * op.Scale},{63 * op.Scale}] or not a multiple of {op.Scale}: {e.Instr.Text}");
            e.Emit(A64.LdStPair(op.Opc, op.Vector, suffix == "W" ? 3u : 1u, op.Load, (int)(off / op.Scale), regs.Second, rn, regs.First));
            return;
        }
        if (fits)
        {
            e.Emit(A64.LdStPair(op.Opc, op.Vector, 2, op.Load, (int)(off / op.Scale), regs.Second, rn, regs.First));
            return;
        }
        if (!op.Load) e.CheckNotTmp(regs.First, regs.Second);
        Arithmetic.AddressIntoTmp(e, rn, off);
        e.Emit(A64.LdStPair(op.Opc, op.Vector, 2, op.Load, 0, regs.Second, Reg.Tmp, regs.First));
    }
}
