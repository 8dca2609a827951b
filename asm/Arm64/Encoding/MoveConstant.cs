namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>
/// Puts a constant in a register with the fewest instructions, choosing as gc does so that the
/// output can be compared with gc's: ORR of a bitmask when the value is also an ADD immediate, else
/// one MOVZ or MOVN, else ORR of a bitmask, else MOVZ or MOVN (whichever leaves fewer half-words to
/// fix) followed by MOVKs.
/// </summary>
internal static class MoveConstant
{
    public static void Emit(Emitter e, ulong v, bool is64, Reg rd)
    {
        if (!is64) v &= 0xffffffff;
        bool bitmask = Immediates.TryBitmask(v, is64, out var field);
        if (rd.Kind == RegKind.StackPointer)
        {
            if (bitmask) { e.Emit(A64.LogicalImm(is64, 1, field, Reg.ZR, rd)); return; }
            Emit(e, v, is64, Reg.Tmp);
            e.Emit(A64.AddSubImm(is64, false, false, 0, false, Reg.Tmp, rd));
            return;
        }
        if (bitmask && Immediates.IsAddImm(v) && rd.Kind != RegKind.Zero)
        {
            e.Emit(A64.LogicalImm(is64, 1, field, Reg.ZR, rd));
            return;
        }
        if (Immediates.TryMovz(v, is64, out var hw, out var imm))
        {
            e.Emit(A64.MoveWide(is64, 2, hw, imm, rd));
            return;
        }
        if (Immediates.TryMovn(v, is64, out hw, out imm))
        {
            e.Emit(A64.MoveWide(is64, 0, hw, imm, rd));
            return;
        }
        if (bitmask && rd.Kind != RegKind.Zero)
        {
            e.Emit(A64.LogicalImm(is64, 1, field, Reg.ZR, rd));
            return;
        }
        int halves = is64 ? 4 : 2;
        int zeros = 0, ones = 0;
        for (int i = 0; i < halves; i++)
        {
            var h = (v >> (16 * i)) & 0xffff;
            if (h == 0) zeros++;
            else if (h == 0xffff) ones++;
        }
        bool inverted = ones > zeros;
        ulong skip = inverted ? 0xffffUL : 0;
        bool first = true;
        for (int i = 0; i < halves; i++)
        {
            var h = (v >> (16 * i)) & 0xffff;
            if (h == skip) continue;
            if (first)
            {
                e.Emit(inverted ? A64.MoveWide(is64, 0, i, (uint)(~h & 0xffff), rd) : A64.MoveWide(is64, 2, i, (uint)h, rd));
                first = false;
            }
            else e.Emit(A64.MoveWide(is64, 3, i, (uint)h, rd));
        }
    }
}
