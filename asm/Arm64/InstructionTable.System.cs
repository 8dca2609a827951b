using Gosharp.Asm.Arm64.Encoding;
using Gosharp.Asm.Syntax;
using static Gosharp.Asm.Arm64.OpClass;
using static Gosharp.Asm.Arm64.Ops;

namespace Gosharp.Asm.Arm64;

/// <summary>
/// The rest of the base set: hints and exception generation, PSTATE moves, cache and TLB
/// maintenance, prefetch, CRC32, exclusive pairs, CASP and the aliases gc names (NGC, SMNEGL, REM, ...).
/// </summary>
internal static partial class InstructionTable
{
    private static void AddSystemMore()
    {
        // HINT #imm and its named forms.
        Add("HINT", [Const], (e, o, _) => e.Emit(A64.Hint(Range(e, Imm(o[0]), 127))));
        foreach (var (name, imm) in new[] { ("WFE", 2u), ("WFI", 3u), ("SEV", 4u), ("SEVL", 5u) })
            Add(name, [], (e, _, _) => e.Emit(A64.Hint(imm)));
        Add("CLREX", [Const], (e, o, _) => e.Emit(0xd503305f | Range(e, Imm(o[0]), 15) << 8));

        // Exception generation and return.
        foreach (var (name, word) in new[] { ("HVC", 0xd4000002u), ("SMC", 0xd4000003u), ("DCPS1", 0xd4a00001u), ("DCPS2", 0xd4a00002u), ("DCPS3", 0xd4a00003u) })
        {
            Add(name, [], (e, _, _) => e.Emit(A64.Exception(word, 0)));
            Add(name, [Const], (e, o, _) => e.Emit(A64.Exception(word, Range(e, Imm(o[0]), 0xffff))));
        }
        Add("ERET", [], (e, _, _) => e.Emit(0xd69f03e0));
        Add("DRPS", [], (e, _, _) => e.Emit(0xd6bf03e0));

        // MSR $imm, PSTATE field. $0 is also ZR: MSR $0, SPSel writes ZR to the register, as gc does.
        Add("MSR", [Const, PState], (e, o, _) =>
        {
            var f = PStateField.Lookup(((IdentOperand)o[1]).Name)!;
            e.Emit(0xd500401f | f.Op1 << 16 | Range(e, Imm(o[0]), 15) << 8 | f.Op2 << 5);
        });

        // SYS/SYSL with gc's operand: the instruction's op1:CRn:CRm:op2 bits (19..5) as a constant.
        Add("SYS", [Const], (e, o, _) => e.Emit(0xd5080000 | SysBits(e, Imm(o[0])) | 31));
        Add("SYS", [Const, Gpr], (e, o, _) => e.Emit(0xd5080000 | SysBits(e, Imm(o[0])) | R(o[1]).Field));
        Add("SYSL", [Const, Gpr], (e, o, _) => e.Emit(0xd5280000 | SysBits(e, Imm(o[0])) | R(o[1]).Field));
        // TLBI, DC, IC, AT: SYS aliases by operation name.
        foreach (var (name, ops) in SysOps.ByInstruction)
        {
            Add(name, [Name], (e, o, _) => e.Emit(SysOp(e, ops, (IdentOperand)o[0], false) | 31));
            Add(name, [Name, Gpr], (e, o, _) => e.Emit(SysOp(e, ops, (IdentOperand)o[0], true) | R(o[1]).Field));
        }

        // PRFM off(Rn), PLDL1KEEP (or $op): the scaled 12-bit offset, else PRFUM's 9-bit signed one.
        Add("PRFM", [Mem, Name | Const], (e, o, _) => Prefetch(e, M(o[0]), o[1]));
    }

    private static uint SysBits(Emitter e, long v)
        => (v & ~0x7ffe0L) != 0 ? throw Emitter.Error("illegal SYS argument: " + e.Instr.Text) : (uint)v;

    private static uint SysOp(Emitter e, IReadOnlyDictionary<string, SysOps.Op> ops, IdentOperand name, bool withRegister)
    {
        if (!ops.TryGetValue(name.Name, out var op)) throw Emitter.Error($"unknown {e.Instr.Mnemonic} operation {name.Name}: {e.Instr.Text}");
        if (op.TakesRegister != withRegister)
            throw Emitter.Error($"{e.Instr.Mnemonic} {name.Name} {(op.TakesRegister ? "needs" : "takes no")} register operand: {e.Instr.Text}");
        return 0xd5080000 | op.Op1 << 16 | op.CRn << 12 | op.CRm << 8 | op.Op2 << 5;
    }

    private static void Prefetch(Emitter e, MemOperand m, Operand what)
    {
        uint op = what switch
        {
            IdentOperand id => SysOps.Prefetch.TryGetValue(id.Name, out var v) ? v : throw Emitter.Error($"unknown prefetch operation {id.Name}: {e.Instr.Text}"),
            _ => Range(e, Imm(what), 31),
        };
        var rn = m.Base!.Value;
        if (!rn.IsBase) throw e.Illegal();
        var prfop = Reg.R((int)op);
        if (m.Offset >= 0 && m.Offset % 8 == 0 && m.Offset / 8 <= 0xfff)
            e.Emit(A64.LdStUnsignedOffset(3, false, 2, (uint)(m.Offset / 8), rn, prfop));
        else if (m.Offset >= -256 && m.Offset <= 255)
            e.Emit(A64.LdStImm9(3, false, 2, (int)m.Offset, 0, rn, prfop));
        else throw Emitter.Error("offset out of range: " + e.Instr.Text);
    }

    private static void AddIntegerMore()
    {
        foreach (var is64 in new[] { true, false })
        {
            string W(string n) => is64 ? n : n + "W";
            // NGC Rm, Rd = SBC Rm, ZR, Rd.
            foreach (var (name, flags) in new[] { ("NGC", false), ("NGCS", true) })
            {
                var op = new AddSubOp(is64, true, flags);
                Add(W(name), [Gpr, Gpr], (e, o, _) => Arithmetic.Carry(e, op, R(o[0]), Reg.ZR, R(o[1])));
            }
            // REM Rm, Rn, Rd: Rd = Rn - (Rn / Rm) * Rm, the quotient in REGTMP.
            foreach (var (name, signed) in new[] { ("REM", true), ("UREM", false) })
                Add3(W(name), Gpr, Gpr, Gpr, (e, s, n, d) =>
                {
                    var m = R(s);
                    e.CheckNotTmp(m, n);
                    e.Emit(A64.DataProc2(is64, signed ? 3u : 2u, m, n, Reg.Tmp));
                    e.Emit(A64.DataProc3(is64, 0, true, m, n, Reg.Tmp, d));
                });
            foreach (var (name, word) in new[] { ("CRC32B", 0x1ac04000u), ("CRC32H", 0x1ac04400u), ("CRC32W", 0x1ac04800u), ("CRC32X", 0x9ac04c00u),
                         ("CRC32CB", 0x1ac05000u), ("CRC32CH", 0x1ac05400u), ("CRC32CW", 0x1ac05800u), ("CRC32CX", 0x9ac05c00u) })
            {
                if (!is64) continue;
                Add3(name, Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(word | R(s).Field << 16 | n.Field << 5 | d.Field));
            }
            // Exclusive pairs: LDXP (Rn), (Rt1, Rt2); STXP (Rt1, Rt2), (Rn), Rs.
            uint size = is64 ? 0xc8000000u : 0x88000000u;
            foreach (var (name, acqRel) in new[] { ("LDXP", 0u), ("LDAXP", 1u) })
                Add(W(name), [Indirect, Pair], (e, o, _) =>
                {
                    var p = PairRegs(e, o[1]);
                    if (p.First == p.Second) throw Emitter.Error("constrained unpredictable behavior: " + e.Instr.Text);
                    e.Emit(size | 0x007f0000 | acqRel << 15 | p.Second.Field << 10 | BaseOf(e, o[0]).Field << 5 | p.First.Field);
                });
            foreach (var (name, acqRel) in new[] { ("STXP", 0u), ("STLXP", 1u) })
                Add(W(name), [Pair, Indirect, Gpr], (e, o, _) =>
                {
                    var p = PairRegs(e, o[0]);
                    var rs = R(o[2]);
                    if (rs == p.First || rs == p.Second || rs == BaseOf(e, o[1])) throw Emitter.Error("constrained unpredictable behavior: " + e.Instr.Text);
                    e.Emit(size | 0x00200000 | rs.Field << 16 | acqRel << 15 | p.Second.Field << 10 | BaseOf(e, o[1]).Field << 5 | p.First.Field);
                });
        }
        // SMNEGL/UMNEGL Rm, Rn, Rd = SMSUBL/UMSUBL with ZR.
        Add3("SMNEGL", Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(true, 1, true, R(s), Reg.ZR, n, d)));
        Add3("UMNEGL", Gpr, Gpr, Gpr, (e, s, n, d) => e.Emit(A64.DataProc3(true, 5, true, R(s), Reg.ZR, n, d)));

        // CASP (Rs, Rs+1), (Rn), (Rt, Rt+1): compare the pair in memory with the first, store the
        // third if equal; orderings as the other CAS forms, sizes D and W.
        (string Order, uint Acquire, uint Release)[] orders = [("", 0, 0), ("A", 1, 0), ("AL", 1, 1), ("L", 0, 1)];
        foreach (var (sfx, sz) in new[] { ("D", 1u), ("W", 0u) })
            foreach (var (order, a, r) in orders)
            {
                uint word = 0x08207c00 | sz << 30 | a << 22 | r << 15;
                Add("CASP" + order + sfx, [Pair, Indirect, Pair], (e, o, _) =>
                {
                    var s = EvenPair(e, o[0]);
                    var t = EvenPair(e, o[2]);
                    e.Emit(word | s.Field << 16 | BaseOf(e, o[1]).Field << 5 | t.Field);
                });
            }

        // DWORD $c: 8 bytes of data in the instruction stream.
        Add("DWORD", [Const], (e, o, _) =>
        {
            ulong v = (ulong)Imm(o[0]);
            e.Emit((uint)v);
            e.Emit((uint)(v >> 32));
        });
    }

    private static PairOperand PairRegs(Emitter e, Operand o)
    {
        var p = (PairOperand)o;
        bool ok(Reg r) => r.IsGeneral || r.Kind == RegKind.Zero;
        return ok(p.First) && ok(p.Second) ? p : throw e.Illegal();
    }

    /// <summary>CASP's pairs: an even register and the next one (ZR counts as R31).</summary>
    private static Reg EvenPair(Emitter e, Operand o)
    {
        var p = PairRegs(e, o);
        if (p.First.Number % 2 != 0 || p.Second.Number != p.First.Number + 1)
            throw Emitter.Error("CASP needs an even register and the next one as a pair: " + e.Instr.Text);
        return p.First;
    }
}

/// <summary>The named operations of TLBI, DC, IC and AT (all SYS instructions), of PRFM, and the PSTATE fields of MSR #imm.</summary>
internal static class SysOps
{
    public sealed record Op(uint Op1, uint CRn, uint CRm, uint Op2, bool TakesRegister);

    public static readonly Dictionary<string, IReadOnlyDictionary<string, Op>> ByInstruction = new()
    {
        ["TLBI"] = Tlbi(),
        ["DC"] = Build(7, [
            ("IVAC", 0, 6, 1), ("ISW", 0, 6, 2), ("IGVAC", 0, 6, 3), ("IGSW", 0, 6, 4), ("IGDVAC", 0, 6, 5), ("IGDSW", 0, 6, 6),
            ("CSW", 0, 10, 2), ("CGSW", 0, 10, 4), ("CGDSW", 0, 10, 6), ("CISW", 0, 14, 2), ("CIGSW", 0, 14, 4), ("CIGDSW", 0, 14, 6),
            ("ZVA", 3, 4, 1), ("GVA", 3, 4, 3), ("GZVA", 3, 4, 4), ("CVAC", 3, 10, 1), ("CGVAC", 3, 10, 3), ("CGDVAC", 3, 10, 5),
            ("CVAU", 3, 11, 1), ("CVAP", 3, 12, 1), ("CGVAP", 3, 12, 3), ("CGDVAP", 3, 12, 5), ("CVADP", 3, 13, 1),
            ("CGVADP", 3, 13, 3), ("CGDVADP", 3, 13, 5), ("CIVAC", 3, 14, 1), ("CIGVAC", 3, 14, 3), ("CIGDVAC", 3, 14, 5),
        ], _ => true),
        ["IC"] = Build(7, [("IALLUIS", 0, 1, 0), ("IALLU", 0, 5, 0), ("IVAU", 3, 5, 1)], n => n == "IVAU"),
        ["AT"] = Build(7, [
            ("S1E1R", 0, 8, 0), ("S1E1W", 0, 8, 1), ("S1E0R", 0, 8, 2), ("S1E0W", 0, 8, 3), ("S1E1RP", 0, 9, 0), ("S1E1WP", 0, 9, 1),
            ("S1E2R", 4, 8, 0), ("S1E2W", 4, 8, 1), ("S12E1R", 4, 8, 4), ("S12E1W", 4, 8, 5), ("S12E0R", 4, 8, 6), ("S12E0W", 4, 8, 7),
            ("S1E3R", 6, 8, 0), ("S1E3W", 6, 8, 1),
        ], _ => true),
    };

    private static Dictionary<string, Op> Build(uint crn, (string Name, uint Op1, uint CRm, uint Op2)[] ops, Func<string, bool> takesRegister)
        => ops.ToDictionary(o => o.Name, o => new Op(o.Op1, crn, o.CRm, o.Op2, takesRegister(o.Name)), StringComparer.Ordinal);

    /// <summary>TLBI operations (CRn 8): the whole-TLB ones (ALL…, VMALL…) take no register.</summary>
    private static Dictionary<string, Op> Tlbi()
    {
        (string, uint, uint, uint)[] ops =
        [
            ("VMALLE1OS", 0, 1, 0), ("VAE1OS", 0, 1, 1), ("ASIDE1OS", 0, 1, 2), ("VAAE1OS", 0, 1, 3), ("VALE1OS", 0, 1, 5), ("VAALE1OS", 0, 1, 7),
            ("RVAE1IS", 0, 2, 1), ("RVAAE1IS", 0, 2, 3), ("RVALE1IS", 0, 2, 5), ("RVAALE1IS", 0, 2, 7),
            ("VMALLE1IS", 0, 3, 0), ("VAE1IS", 0, 3, 1), ("ASIDE1IS", 0, 3, 2), ("VAAE1IS", 0, 3, 3), ("VALE1IS", 0, 3, 5), ("VAALE1IS", 0, 3, 7),
            ("RVAE1OS", 0, 5, 1), ("RVAAE1OS", 0, 5, 3), ("RVALE1OS", 0, 5, 5), ("RVAALE1OS", 0, 5, 7),
            ("RVAE1", 0, 6, 1), ("RVAAE1", 0, 6, 3), ("RVALE1", 0, 6, 5), ("RVAALE1", 0, 6, 7),
            ("VMALLE1", 0, 7, 0), ("VAE1", 0, 7, 1), ("ASIDE1", 0, 7, 2), ("VAAE1", 0, 7, 3), ("VALE1", 0, 7, 5), ("VAALE1", 0, 7, 7),
            ("IPAS2E1IS", 4, 0, 1), ("RIPAS2E1IS", 4, 0, 2), ("IPAS2LE1IS", 4, 0, 5), ("RIPAS2LE1IS", 4, 0, 6),
            ("ALLE2OS", 4, 1, 0), ("VAE2OS", 4, 1, 1), ("ALLE1OS", 4, 1, 4), ("VALE2OS", 4, 1, 5), ("VMALLS12E1OS", 4, 1, 6),
            ("RVAE2IS", 4, 2, 1), ("RVALE2IS", 4, 2, 5),
            ("ALLE2IS", 4, 3, 0), ("VAE2IS", 4, 3, 1), ("ALLE1IS", 4, 3, 4), ("VALE2IS", 4, 3, 5), ("VMALLS12E1IS", 4, 3, 6),
            ("IPAS2E1OS", 4, 4, 0), ("IPAS2E1", 4, 4, 1), ("RIPAS2E1", 4, 4, 2), ("RIPAS2E1OS", 4, 4, 3), ("IPAS2LE1OS", 4, 4, 4),
            ("IPAS2LE1", 4, 4, 5), ("RIPAS2LE1", 4, 4, 6), ("RIPAS2LE1OS", 4, 4, 7),
            ("RVAE2OS", 4, 5, 1), ("RVALE2OS", 4, 5, 5), ("RVAE2", 4, 6, 1), ("RVALE2", 4, 6, 5),
            ("ALLE2", 4, 7, 0), ("VAE2", 4, 7, 1), ("ALLE1", 4, 7, 4), ("VALE2", 4, 7, 5), ("VMALLS12E1", 4, 7, 6),
            ("ALLE3OS", 6, 1, 0), ("VAE3OS", 6, 1, 1), ("VALE3OS", 6, 1, 5), ("RVAE3IS", 6, 2, 1), ("RVALE3IS", 6, 2, 5),
            ("ALLE3IS", 6, 3, 0), ("VAE3IS", 6, 3, 1), ("VALE3IS", 6, 3, 5), ("RVAE3OS", 6, 5, 1), ("RVALE3OS", 6, 5, 5),
            ("RVAE3", 6, 6, 1), ("RVALE3", 6, 6, 5), ("ALLE3", 6, 7, 0), ("VAE3", 6, 7, 1), ("VALE3", 6, 7, 5),
        ];
        return Build(8, ops, n => !n.StartsWith("ALL", StringComparison.Ordinal) && !n.StartsWith("VMALL", StringComparison.Ordinal));
    }

    /// <summary>PRFM operations: type (PLD 0, PLI 1, PST 2) × target (L1–L3) × policy (KEEP 0, STRM 1).</summary>
    public static readonly Dictionary<string, uint> Prefetch = BuildPrefetch();

    private static Dictionary<string, uint> BuildPrefetch()
    {
        var d = new Dictionary<string, uint>(StringComparer.Ordinal);
        string[] types = ["PLD", "PLI", "PST"];
        for (uint t = 0; t < 3; t++)
            for (uint level = 0; level < 3; level++)
            {
                d[$"{types[t]}L{level + 1}KEEP"] = t << 3 | level << 1;
                d[$"{types[t]}L{level + 1}STRM"] = t << 3 | level << 1 | 1;
            }
        return d;
    }
}

/// <summary>A PSTATE field that <c>MSR $imm, field</c> sets.</summary>
internal sealed record PStateField(string Name, uint Op1, uint Op2)
{
    private static readonly Dictionary<string, PStateField> Fields = new PStateField[]
    {
        new("SPSel", 0, 5), new("DAIFSet", 3, 6), new("DAIFClr", 3, 7), new("UAO", 0, 3), new("PAN", 0, 4),
        new("DIT", 3, 2), new("SSBS", 3, 1), new("TCO", 3, 4),
    }.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public static PStateField? Lookup(string name) => Fields.GetValueOrDefault(name);
}
