using Gosharp.Asm.Syntax;
using static Gosharp.Asm.Arm64.Ops;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>opc: 0 AND, 1 ORR, 2 EOR, 3 ANDS; Invert for BIC, ORN, EON, BICS.</summary>
internal readonly record struct LogicalOp(bool Is64, uint Opc, bool Invert);

/// <summary>AND, ORR, EOR, ANDS, BIC, ORN, EON, BICS (and W forms), with TST and MVN built on them.</summary>
internal static class Logical
{
    public static void Shifted(Emitter e, LogicalOp op, Operand src, Reg rn, Reg rd)
    {
        var (rm, shift, amount) = src switch
        {
            ShiftedRegOperand s => (s.Reg, s.Shift, s.Amount),
            _ => (R(src), ShiftKind.Lsl, 0),
        };
        if (!rm.IsGeneral && rm.Kind != RegKind.Zero) throw e.Illegal();
        if (amount >= (op.Is64 ? 64 : 32)) throw Emitter.Error("shift amount out of range 0 to " + (op.Is64 ? 63 : 31) + ": " + e.Instr.Text);
        e.Emit(A64.LogicalShifted(op.Is64, op.Opc, op.Invert, shift, amount, rm, rn, rd));
    }

    /// <summary>A bitmask immediate in one instruction (BIC-style operations invert it first); otherwise via REGTMP.</summary>
    public static void Immediate(Emitter e, LogicalOp op, long value, Reg rn, Reg rd)
    {
        ulong v = (ulong)value;
        if (!op.Is64) v &= 0xffffffff;
        ulong encoded = op.Invert ? ~v : v;
        if (!op.Is64) encoded &= 0xffffffff;
        // Register 31 as the destination of AND/ORR/EOR immediate is RSP: a ZR destination takes the register form.
        bool zrDest = rd.Kind == RegKind.Zero && op.Opc != 3;
        if (!zrDest && Immediates.TryBitmask(encoded, op.Is64, out var field))
        {
            e.Emit(A64.LogicalImm(op.Is64, op.Opc, field, rn, rd));
            return;
        }
        if (rd.Kind == RegKind.StackPointer) throw e.Illegal();
        e.CheckNotTmp(rn);
        MoveConstant.Emit(e, v, op.Is64, Reg.Tmp);
        e.Emit(A64.LogicalShifted(op.Is64, op.Opc, op.Invert, ShiftKind.Lsl, 0, Reg.Tmp, rn, rd));
    }
}
