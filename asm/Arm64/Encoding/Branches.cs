using Gosharp.Asm.Syntax;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>B, BL, conditional branches, CBZ/CBNZ, TBZ/TBNZ, BR/BLR/RET.</summary>
internal static class Branches
{
    public static void ToTarget(Emitter e, bool link, int target) => e.EmitBranch(link ? A64.BL : A64.B, BranchField.Imm26, target);

    public static void ToSymbol(Emitter e, bool link, MemOperand m)
        => e.EmitReloc(link ? A64.BL : A64.B, link ? RelocType.Call26 : RelocType.Jump26, m.Sym!.Value, m.Offset);

    /// <summary>opc: 0 BR, 1 BLR, 2 RET.</summary>
    public static void ToRegister(Emitter e, uint opc, Reg rn)
    {
        if (!rn.IsGeneral) throw e.Illegal();
        e.Emit(A64.BranchRegister(opc, rn));
    }

    /// <summary>The displacement field of a branch over the next instruction (+8 bytes).</summary>
    private const uint SkipOne = 2u << 5;

    /// <summary>
    /// B.cond; when <see cref="Emitter.Far"/>, the target is beyond ±1 MiB: B.!cond over a B to it, as gc does.
    /// </summary>
    public static void Conditional(Emitter e, Cond c, int target)
    {
        if (!e.Far) { e.EmitBranch(A64.BCond(c), BranchField.Imm19, target); return; }
        e.Emit(A64.BCond(c.Invert()) | SkipOne);
        e.EmitBranch(A64.B, BranchField.Imm26, target);
    }

    public static void CompareZero(Emitter e, bool is64, bool nonZero, Reg rt, int target)
    {
        if (!rt.IsGeneral && rt.Kind != RegKind.Zero) throw e.Illegal();
        if (!e.Far) { e.EmitBranch(A64.CompareBranch(is64, nonZero, rt), BranchField.Imm19, target); return; }
        e.Emit(A64.CompareBranch(is64, !nonZero, rt) | SkipOne);
        e.EmitBranch(A64.B, BranchField.Imm26, target);
    }

    public static void TestBit(Emitter e, bool nonZero, long bit, Reg rt, int target)
    {
        if (bit < 0 || bit > 63) throw Emitter.Error("bit number out of range 0 to 63: " + e.Instr.Text);
        if (!rt.IsGeneral && rt.Kind != RegKind.Zero) throw e.Illegal();
        if (!e.Far) { e.EmitBranch(A64.TestBranch(nonZero, (int)bit, rt), BranchField.Imm14, target); return; }
        e.Emit(A64.TestBranch(!nonZero, (int)bit, rt) | SkipOne);
        e.EmitBranch(A64.B, BranchField.Imm26, target);
    }

    /// <summary><c>ADR label, R</c>: the label's address, PC-relative (±1 MiB).</summary>
    public static void Adr(Emitter e, int target, Reg rd)
    {
        if (!rd.IsGeneral) throw e.Illegal();
        e.EmitBranch(0x10000000 | rd.Field, BranchField.Adr, target);
    }
}
