namespace Gosharp.Asm.Tests.Support;

public static class GcCompare
{
    private const uint A64B = 0x14000000;

    /// <summary>
    /// Whether gosharp's words are gc's. gc may leave a literal pool after a function (a B over it,
    /// then data) even where its code no longer reads it; gosharp never uses literal pools, so then
    /// the words before the pool must match.
    /// </summary>
    public static bool SameCode(IReadOnlyList<uint> gc, IReadOnlyList<uint> ours)
    {
        gc = WithoutSymbolAdds(gc);
        if (gc.Count < ours.Count) return false;
        for (int i = 0; i < ours.Count; i++)
            if (gc[i] != ours[i] && !SameConstantLoad(gc, i, ours[i])) return false;
        return gc.Count == ours.Count || (gc[ours.Count] & 0xfc000000) == A64B;
    }

    /// <summary>
    /// gc may load a constant into R27 from its literal pool (LDR literal) where gosharp uses one
    /// MOVZ or MOVN: the same when the pooled value is the one MOVZ/MOVN sets.
    /// </summary>
    private static bool SameConstantLoad(IReadOnlyList<uint> gc, int i, uint ours)
    {
        uint w = gc[i];
        if ((w & 0xff00001f) != 0x5800001b) return false; // LDR X27, literal
        int disp = (int)((w >> 5) & 0x7ffff) << 13 >> 13;
        int at = i + disp;
        if (at < 0 || at + 1 >= gc.Count) return false;
        ulong pooled = gc[at] | (ulong)gc[at + 1] << 32;
        if ((ours & 0xff80001f) is not (0xd280001b or 0x9280001b)) return false; // MOVZ/MOVN X27
        int hw = (int)((ours >> 21) & 3);
        ulong v = (ulong)((ours >> 5) & 0xffff) << (16 * hw);
        return (ours & 0x40000000) != 0 ? v == pooled : ~v == pooled;
    }

    private const uint AdrpR27 = 0x9000001b, AddR27R27Zero = 0x9100037b;

    /// <summary>
    /// gc loads and stores a symbol with ADRP R27; ADD $lo, R27; LDR (R27). gosharp folds the low 12
    /// bits into the load's own relocation (ADRP R27; LDR lo(R27)), one instruction shorter; with the
    /// relocated fields zero the words are otherwise the same. Drop gc's ADD and re-aim gc's
    /// PC-relative branches at the same instructions in the shorter code.
    /// </summary>
    private static List<uint> WithoutSymbolAdds(IReadOnlyList<uint> gc)
    {
        var newIndex = new int[gc.Count + 1];
        var keep = new bool[gc.Count];
        int n = 0;
        for (int i = 0; i < gc.Count; i++)
        {
            newIndex[i] = n;
            keep[i] = !(i > 0 && gc[i - 1] == AdrpR27 && gc[i] == AddR27R27Zero && i + 1 < gc.Count && IsLoadStoreFromR27(gc[i + 1]));
            if (keep[i]) n++;
        }
        newIndex[gc.Count] = n;
        var list = new List<uint>(n);
        for (int i = 0; i < gc.Count; i++)
        {
            if (!keep[i]) continue;
            uint w = gc[i];
            foreach (var (mask, match, shift, bits) in Branches)
            {
                if ((w & mask) != match) continue;
                uint fieldMask = ((1u << bits) - 1) << shift;
                int disp = (int)((w & fieldMask) >> shift) << (32 - bits) >> (32 - bits);
                int target = i + disp;
                if (target >= 0 && target <= gc.Count)
                    w = (w & ~fieldMask) | ((uint)(newIndex[target] - newIndex[i]) << shift & fieldMask);
                break;
            }
            list.Add(w);
        }
        return list;
    }

    /// <summary>PC-relative branches: B/BL (imm26), B.cond and CBZ/CBNZ (imm19), TBZ/TBNZ (imm14), and LDR literal.</summary>
    private static readonly (uint Mask, uint Match, int Shift, int Bits)[] Branches =
    [
        (0x7c000000, 0x14000000, 0, 26), (0xff000010, 0x54000000, 5, 19), (0x7e000000, 0x34000000, 5, 19), (0x7e000000, 0x36000000, 5, 14),
        (0xff000000, 0x58000000, 5, 19), // LDR literal, to keep reaching the pool
    ];

    /// <summary>An unsigned-offset load/store based on R27 with offset 0.</summary>
    private static bool IsLoadStoreFromR27(uint w) => (w & 0x3b000000) == 0x39000000 && ((w >> 5) & 31) == 27 && ((w >> 10) & 0xfff) == 0;
}
