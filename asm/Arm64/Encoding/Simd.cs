using Gosharp.Asm.Syntax;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>A set of arrangements an instruction accepts.</summary>
[Flags]
internal enum ArrSet : ushort
{
    None = 0,
    B8 = 1 << Arrangement.B8, B16 = 1 << Arrangement.B16, H4 = 1 << Arrangement.H4, H8 = 1 << Arrangement.H8,
    S2 = 1 << Arrangement.S2, S4 = 1 << Arrangement.S4, D1 = 1 << Arrangement.D1, D2 = 1 << Arrangement.D2, Q1 = 1 << Arrangement.Q1,
    Bytes = B8 | B16,
    BH = B8 | B16 | H4 | H8,
    BHS = BH | S2 | S4,
    /// <summary>Every integer vector arrangement (1D is a scalar, encoded elsewhere).</summary>
    Vector = BHS | D2,
    Float = S2 | S4 | D2,
    /// <summary>Across-lanes reductions: at least four elements.</summary>
    Across = BH | S4,
    Narrow = B8 | H4 | S2,
    Wide = B16 | H8 | S4,
}

/// <summary>How an instruction's size field (bits 23..22) depends on the arrangement.</summary>
internal enum SizeMode : byte
{
    /// <summary>The element size (B 0, H 1, S 2, D 3).</summary>
    Element,
    /// <summary>Fixed in the base word (the bitwise operations, which use it as an opcode).</summary>
    Fixed,
    /// <summary>Floating point: bit 22 set for double elements.</summary>
    Float,
}

/// <summary>
/// Advanced SIMD and crypto encodings (Arm ARM C4.1.6 "Data Processing -- Scalar Floating-Point and
/// Advanced SIMD" and C4.1.4 "Loads and Stores"): word builders from a base word, and the operand checks
/// gc makes (arrangements, element indexes, register lists, post-increments).
/// </summary>
internal static class Simd
{
    public static bool Contains(this ArrSet set, Arrangement a) => ((int)set & (1 << (int)a)) != 0;

    private static uint Q(Arrangement a) => a.IsFull() ? 1u << 30 : 0;
    private static uint Size(Arrangement a) => (uint)Math.Min(a.SizeLog2(), 3) << 22;

    public static AsmSyntaxException BadArrangement(Emitter e) => Emitter.Error("invalid arrangement: " + e.Instr.Text);

    public static (Reg Reg, Arrangement Arr) VA(Emitter e, Operand o, ArrSet allowed)
    {
        var v = (VArrOperand)o;
        return allowed.Contains(v.Arr) ? (v.Reg, v.Arr) : throw BadArrangement(e);
    }

    public static Reg V(Operand o) => o switch
    {
        VArrOperand a => a.Reg,
        RegOperand r => r.Reg,
        VElemOperand x => x.Reg,
        _ => throw new AsmSyntaxException("expected vector register; found " + o.Text),
    };

    private static uint Rd(Reg r) => r.Field;
    private static uint Rn(Reg r) => r.Field << 5;
    private static uint Rm(Reg r) => r.Field << 16;

    private static uint SizeField(SizeMode mode, Arrangement arr) => mode switch
    {
        SizeMode.Element => Size(arr),
        SizeMode.Float => arr.SizeLog2() == 3 ? 1u << 22 : 0,
        _ => 0,
    };

    /// <summary>Three registers of one arrangement (Vm, Vn, Vd).</summary>
    public static void Same(Emitter e, uint word, ArrSet allowed, SizeMode mode, Operand m, Operand n, Operand d)
    {
        var (vm, arr) = VA(e, m, allowed);
        var (vn, an) = VA(e, n, allowed);
        var (vd, ad) = VA(e, d, allowed);
        if (an != arr || ad != arr) throw BadArrangement(e);
        e.Emit(word | Q(arr) | SizeField(mode, arr) | Rm(vm) | Rn(vn) | Rd(vd));
    }

    /// <summary>Two registers of one arrangement (Vn, Vd).</summary>
    public static void Misc(Emitter e, uint word, ArrSet allowed, SizeMode mode, Operand n, Operand d)
    {
        var (vn, arr) = VA(e, n, allowed);
        var (vd, ad) = VA(e, d, allowed);
        if (ad != arr) throw BadArrangement(e);
        e.Emit(word | Q(arr) | SizeField(mode, arr) | Rn(vn) | Rd(vd));
    }

    /// <summary>Across lanes: Vn.T to the scalar Vd.</summary>
    public static void Across(Emitter e, uint word, Operand n, Reg vd)
    {
        var (vn, arr) = VA(e, n, ArrSet.Across);
        e.Emit(word | Q(arr) | Size(arr) | Rn(vn) | Rd(vd));
    }

    /// <summary>Shift by immediate: left shifts encode esize + shift (0 ≤ shift &lt; esize), right shifts 2·esize − shift (1 ≤ shift ≤ esize).</summary>
    public static void ShiftImm(Emitter e, uint word, bool right, long shift, Operand n, Operand d)
    {
        var (vn, arr) = VA(e, n, ArrSet.Vector);
        var (vd, ad) = VA(e, d, ArrSet.Vector);
        if (ad != arr) throw BadArrangement(e);
        int esize = 8 << arr.SizeLog2();
        if (right ? shift < 1 || shift > esize : shift < 0 || shift >= esize)
            throw Emitter.Error($"shift out of range {(right ? 1 : 0)} to {(right ? esize : esize - 1)}: {e.Instr.Text}");
        uint immhb = (uint)(right ? 2 * esize - shift : esize + shift);
        e.Emit(word | Q(arr) | immhb << 16 | Rn(vn) | Rd(vd));
    }

    /// <summary>USHLL/USHLL2 (and UXTL): widen each element of the low (or high, <paramref name="upper"/>) half and shift it left.</summary>
    public static void ShiftLeftLong(Emitter e, bool upper, long shift, Operand n, Operand d)
    {
        var (vn, arr) = VA(e, n, upper ? ArrSet.Wide : ArrSet.Narrow);
        var (vd, ad) = VA(e, d, ArrSet.H8 | ArrSet.S4 | ArrSet.D2);
        if (ad.SizeLog2() != arr.SizeLog2() + 1) throw BadArrangement(e);
        int esize = 8 << arr.SizeLog2();
        if (shift < 0 || shift >= esize) throw Emitter.Error($"shift out of range 0 to {esize - 1}: {e.Instr.Text}");
        e.Emit(0x2f00a400 | (upper ? 1u << 30 : 0) | (uint)(esize + shift) << 16 | Rn(vn) | Rd(vd));
    }

    /// <summary>Three different: UADDW (Vm narrow, Vn/Vd wide), PMULL (Vm/Vn narrow, Vd wide); the 2 forms read the upper halves.</summary>
    public static void Long(Emitter e, uint word, bool upper, bool wideN, ArrSet narrowSet, Operand m, Operand n, Operand d)
    {
        var (vm, am) = VA(e, m, narrowSet);
        var (vn, an) = VA(e, n, wideN ? ArrSet.H8 | ArrSet.S4 | ArrSet.D2 : narrowSet);
        var (vd, ad) = VA(e, d, ArrSet.H8 | ArrSet.S4 | ArrSet.D2 | ArrSet.Q1);
        if (am.IsFull() != upper || (wideN ? an != ad : an != am) || ad.SizeLog2() != am.SizeLog2() + 1) throw BadArrangement(e);
        e.Emit(word | (upper ? 1u << 30 : 0) | Size(am) | Rm(vm) | Rn(vn) | Rd(vd));
    }

    /// <summary>The imm5 field naming an element: the size as the lowest set bit, the index above it.</summary>
    private static uint Imm5(ElemSize size, int index) => (uint)((index << 1 | 1) << (int)size);

    private static VElemOperand Elem(Emitter e, Operand o)
    {
        var x = (VElemOperand)o;
        return x.Reg.IsVector ? x : throw e.Illegal();
    }

    private static ElemSize ElemOf(Arrangement a) => (ElemSize)Math.Min(a.SizeLog2(), 3);

    /// <summary>DUP Vd.T, Vn.Ts[i] (or the scalar DUP when <paramref name="d"/> is a plain register).</summary>
    public static void DupElement(Emitter e, Operand n, Operand d)
    {
        var x = Elem(e, n);
        uint imm5 = Imm5(x.Size, x.Index) << 16;
        if (d is RegOperand { Reg.IsVector: true } r)
        {
            e.Emit(0x5e000400 | imm5 | Rn(x.Reg) | Rd(r.Reg));
            return;
        }
        var (vd, arr) = VA(e, d, ArrSet.Vector);
        if (ElemOf(arr) != x.Size) throw BadArrangement(e);
        e.Emit(0x0e000400 | Q(arr) | imm5 | Rn(x.Reg) | Rd(vd));
    }

    /// <summary>DUP Vd.T, Rn: every element from a general register.</summary>
    public static void DupGeneral(Emitter e, Reg rn, Operand d)
    {
        if (!rn.IsGeneral && rn.Kind != RegKind.Zero) throw e.Illegal();
        var (vd, arr) = VA(e, d, ArrSet.Vector);
        e.Emit(0x0e000c00 | Q(arr) | Imm5(ElemOf(arr), 0) << 16 | Rn(rn) | Rd(vd));
    }

    /// <summary>INS Vd.Ts[i], Rn.</summary>
    public static void InsGeneral(Emitter e, Reg rn, Operand d)
    {
        if (!rn.IsGeneral && rn.Kind != RegKind.Zero) throw e.Illegal();
        var x = Elem(e, d);
        e.Emit(0x4e001c00 | Imm5(x.Size, x.Index) << 16 | Rn(rn) | Rd(x.Reg));
    }

    /// <summary>UMOV Rd, Vn.Ts[i]: W for B/H/S, X for D.</summary>
    public static void Umov(Emitter e, Operand n, Reg rd)
    {
        if (!rd.IsGeneral && rd.Kind != RegKind.Zero) throw e.Illegal();
        var x = Elem(e, n);
        e.Emit(0x0e003c00 | (x.Size == ElemSize.D ? 1u << 30 : 0) | Imm5(x.Size, x.Index) << 16 | Rn(x.Reg) | Rd(rd));
    }

    /// <summary>INS Vd.Ts[i], Vn.Ts[j].</summary>
    public static void InsElement(Emitter e, Operand n, Operand d)
    {
        var src = Elem(e, n);
        var dst = Elem(e, d);
        if (src.Size != dst.Size) throw BadArrangement(e);
        e.Emit(0x6e000400 | Imm5(dst.Size, dst.Index) << 16 | (uint)(src.Index << (int)src.Size) << 11 | Rn(src.Reg) | Rd(dst.Reg));
    }

    /// <summary>
    /// LD1–LD4 / ST1–ST4 of whole registers ("multiple structures"): opcode by the instruction and
    /// list length, no offset, or post-incremented by the bytes transferred (.P) or by a register.
    /// </summary>
    public static void Multiple(Emitter e, bool load, int structs, Operand list, MemOperand m, string suffix)
    {
        var l = (VListOperand)list;
        if (!l.First.IsVector) throw e.Illegal();
        if (l.Arr == Arrangement.Q1 || (structs > 1 && (l.Arr == Arrangement.D1 || l.Count != structs))) throw BadArrangement(e);
        uint opcode = structs switch
        {
            1 => l.Count switch { 1 => 0b0111u, 2 => 0b1010u, 3 => 0b0110u, _ => 0b0010u },
            2 => 0b1000u,
            3 => 0b0100u,
            _ => 0b0000u,
        };
        int bytes = l.Count * l.Arr.Bytes();
        uint word = 0x0c000000 | (load ? 1u << 22 : 0) | Q(l.Arr) | opcode << 12 | (uint)Math.Min(l.Arr.SizeLog2(), 3) << 10;
        e.Emit(word | PostIndex(e, m, suffix, bytes) | Rn(BaseOf(e, m)) | Rd(l.First));
    }

    /// <summary>LD1R–LD4R: one element loaded into every lane of 1–4 registers.</summary>
    public static void Replicate(Emitter e, int structs, Operand list, MemOperand m, string suffix)
    {
        var l = (VListOperand)list;
        if (!l.First.IsVector) throw e.Illegal();
        if (l.Arr == Arrangement.Q1 || l.Count != structs) throw BadArrangement(e);
        int size = Math.Min(l.Arr.SizeLog2(), 3);
        uint word = 0x0d400000 | Q(l.Arr) | (structs is 2 or 4 ? 1u << 21 : 0) | (structs <= 2 ? 0b110u : 0b111u) << 13 | (uint)size << 10;
        e.Emit(word | PostIndex(e, m, suffix, structs << size) | Rn(BaseOf(e, m)) | Rd(l.First));
    }

    /// <summary>LD1/ST1 of one element (single structure).</summary>
    public static void SingleElement(Emitter e, bool load, Operand elem, MemOperand m, string suffix)
    {
        var x = elem is VListOperand ? throw e.Illegal() : Elem(e, elem);
        int i = x.Index;
        // The index is spread over Q:S:size (the element size takes the low bits of size).
        uint qss = x.Size switch
        {
            ElemSize.B => (uint)i,
            ElemSize.H => (uint)(i << 1),
            ElemSize.S => (uint)(i << 2),
            _ => (uint)(i << 3 | 1),
        };
        uint opcode = x.Size switch { ElemSize.B => 0u, ElemSize.H => 2u, _ => 4u };
        uint word = 0x0d000000 | (load ? 1u << 22 : 0) | (qss >> 3) << 30 | opcode << 13 | ((qss >> 2) & 1) << 12 | (qss & 3) << 10;
        e.Emit(word | PostIndex(e, m, suffix, 1 << (int)x.Size) | Rn(BaseOf(e, m)) | Rd(x.Reg));
    }

    private static Reg BaseOf(Emitter e, MemOperand m) => m.Base is { IsBase: true } b ? b : throw e.Illegal();

    /// <summary>
    /// The post-index bits (23 and Rm): none without .P; with .P an immediate equal to the bytes
    /// transferred (0 meaning the same, as gc reads <c>VLD1.P (R1)</c>), or the index register.
    /// </summary>
    private static uint PostIndex(Emitter e, MemOperand m, string suffix, int bytes)
    {
        if (suffix == "W") throw e.Illegal();
        if (suffix != "P")
        {
            if (m.Offset != 0 || m.Index != null) throw e.Illegal();
            return 0;
        }
        if (m.Index is { } idx)
        {
            if (idx.Amount != 0 || idx.Extend != ExtendKind.Lsl || !idx.Reg.IsGeneral) throw e.Illegal();
            return 1u << 23 | Rm(idx.Reg);
        }
        if (m.Offset != 0 && m.Offset != bytes) throw Emitter.Error($"invalid post-increment offset (must be {bytes}): {e.Instr.Text}");
        return 1u << 23 | 31u << 16;
    }

    /// <summary>TBL/TBX Vd.T, {list}.B16, Vm.T: written (Vm, list, Vd).</summary>
    public static void Table(Emitter e, uint word, Operand m, Operand list, Operand d)
    {
        var (vm, arr) = VA(e, m, ArrSet.Bytes);
        var (vd, ad) = VA(e, d, ArrSet.Bytes);
        var l = (VListOperand)list;
        if (ad != arr || l.Arr != Arrangement.B16 || !l.First.IsVector) throw BadArrangement(e);
        e.Emit(word | Q(arr) | Rm(vm) | (uint)(l.Count - 1) << 13 | Rn(l.First) | Rd(vd));
    }

    /// <summary>EXT Vd, Vn, Vm, #index: written ($index, Vm, Vn, Vd).</summary>
    public static void Ext(Emitter e, long index, Operand m, Operand n, Operand d)
    {
        var (vm, arr) = VA(e, m, ArrSet.Bytes);
        var (vn, an) = VA(e, n, ArrSet.Bytes);
        var (vd, ad) = VA(e, d, ArrSet.Bytes);
        if (an != arr || ad != arr) throw BadArrangement(e);
        int max = arr.Bytes() - 1;
        if (index < 0 || index > max) throw Emitter.Error($"index out of range 0 to {max}: {e.Instr.Text}");
        e.Emit(0x2e000000 | Q(arr) | Rm(vm) | (uint)index << 11 | Rn(vn) | Rd(vd));
    }

    /// <summary>MOVI Vd.B8/B16, #imm8.</summary>
    public static void MoveImmediate(Emitter e, long imm, Operand d)
    {
        var (vd, arr) = VA(e, d, ArrSet.Bytes);
        if (imm < 0 || imm > 255) throw Emitter.Error("immediate out of range 0 to 255: " + e.Instr.Text);
        uint v = (uint)imm;
        e.Emit(0x0f00e400 | Q(arr) | (v >> 5) << 16 | (v & 31) << 5 | Rd(vd));
    }

    /// <summary>Vd (plain) from general registers: FMOV Sd/Dd from REGTMP, and for 128 bits INS Vd.D[1] of the high half.</summary>
    public static void MoveConstant(Emitter e, int bits, ulong lo, ulong hi, Reg vd)
    {
        if (!vd.IsVector) throw e.Illegal();
        Encoding.MoveConstant.Emit(e, lo, bits != 32, Reg.Tmp);
        e.Emit((bits == 32 ? 0x1e270000u : 0x9e670000u) | Rn(Reg.Tmp) | Rd(vd)); // FMOV Sd, W27 / FMOV Dd, X27
        if (bits != 128) return;
        Encoding.MoveConstant.Emit(e, hi, true, Reg.Tmp);
        e.Emit(0x9eaf0000 | Rn(Reg.Tmp) | Rd(vd)); // FMOV Vd.D[1], X27
    }
}
