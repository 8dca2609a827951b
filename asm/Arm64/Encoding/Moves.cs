using Gosharp.Asm.Syntax;
using Gosharp.Common.Elf;
using static Gosharp.Asm.Arm64.Ops;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>The width and extension of a MOVx between registers.</summary>
internal enum MoveKind : byte { D, W, WU, H, HU, B, BU }

/// <summary>MOVD/MOVW/MOVH/MOVB and unsigned forms between registers and from constants and addresses.</summary>
internal static class Moves
{
    /// <summary>
    /// Register to register. MOVD copies (ADD #0 when RSP is involved); the narrower forms extend as
    /// gc's do: MOVW sign-extends a word (SXTW), MOVWU zero-extends it, MOVH/MOVB sign-extend,
    /// MOVHU/MOVBU zero-extend.
    /// </summary>
    public static void Register(Emitter e, MoveKind kind, Reg rn, Reg rd)
    {
        switch (kind)
        {
            case MoveKind.D:
                if (rn.Kind == RegKind.Zero)
                    e.Emit(A64.MoveWide(true, 2, 0, 0, rd)); // gc: MOVD $0/ZR is MOVZ #0
                else if (rn.Kind == RegKind.StackPointer || rd.Kind == RegKind.StackPointer)
                    e.Emit(A64.AddSubImm(true, false, false, 0, false, rn, rd));
                else
                    e.Emit(A64.LogicalShifted(true, 1, false, ShiftKind.Lsl, 0, rn, Reg.ZR, rd));
                return;
            case MoveKind.WU:
            case not MoveKind.D when rn.Kind == RegKind.Zero: // gc: narrow moves of $0/ZR are MOVW ZR (ORRW)
                e.Emit(A64.LogicalShifted(false, 1, false, ShiftKind.Lsl, 0, rn, Reg.ZR, rd));
                return;
        }
        if (rn.Kind == RegKind.StackPointer || rd.Kind == RegKind.StackPointer) throw e.Illegal();
        var (opc, imms) = kind switch
        {
            MoveKind.W => (0u, 31),
            MoveKind.H => (0u, 15),
            MoveKind.HU => (2u, 15),
            MoveKind.B => (0u, 7),
            _ => (2u, 7),
        };
        e.Emit(A64.Bitfield(true, opc, 0, imms, rn, rd));
    }

    /// <summary><c>MOVD $c, R</c> (64-bit) or <c>MOVW $c, R</c> (32-bit, upper half cleared).</summary>
    public static void Constant(Emitter e, bool is64, long value, Reg rd) => MoveConstant.Emit(e, (ulong)value, is64, rd);

    /// <summary><c>MOVD $sym+off(SB), R</c>: ADRP and ADD of the low 12 bits, both relocated.</summary>
    public static void SymbolAddress(Emitter e, MemOperand m, Reg rd)
    {
        if (!rd.IsGeneral) throw e.Illegal();
        e.EmitReloc(A64.Adrp(rd), RelocType.AdrPrelPgHi21, m.Sym!.Value, m.Offset);
        e.EmitReloc(A64.AddSubImm(true, false, false, 0, false, rd, rd), RelocType.AddAbsLo12Nc, m.Sym!.Value, m.Offset);
    }

    /// <summary><c>MOVD $off(Rn), Rd</c>: Rd = Rn + off.</summary>
    public static void RegisterAddress(Emitter e, MemOperand m, Reg rd)
        => Arithmetic.Immediate(e, new AddSubOp(true, false, false), m.Offset, m.Base!.Value, rd, highFirst: true);

    /// <summary>MOVK/MOVZ/MOVN <c>$(imm16&lt;&lt;shift), R</c>.</summary>
    public static void Wide(Emitter e, bool is64, uint opc, long value, Reg rd)
    {
        ulong v = (ulong)value;
        if (v == 0 && opc == 3) throw Emitter.Error("zero shifts cannot be handled correctly: " + e.Instr.Text);
        int halves = is64 ? 4 : 2;
        for (int hw = 0; hw < halves; hw++)
        {
            if ((v & ~(0xffffUL << (16 * hw))) != 0) continue;
            e.Emit(A64.MoveWide(is64, opc, hw, (uint)(v >> (16 * hw)), rd));
            return;
        }
        throw Emitter.Error($"bad constant for {e.Instr.Mnemonic}: {e.Instr.Operands[0].Text}");
    }
}
