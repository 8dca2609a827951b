using Gosharp.Asm.Arm64;
using Gosharp.Asm.Syntax;

namespace Gosharp.Asm.Object;

/// <summary>
/// The <c>.debug_frame</c> section (DWARF call frame information, CIE version 1), so debuggers can
/// unwind gc-style frames: one CIE (code alignment 4, data alignment −8, return address in R30, at
/// entry CFA = RSP) and one FDE per function whose instructions follow the frame builder's
/// <see cref="UnwindRow"/>s. Each FDE's CIE pointer is an R_AARCH64_ABS32 against the section's own
/// symbol and its start an R_AARCH64_ABS64 against the function, so linkers can merge the sections.
/// </summary>
internal static class DebugFrame
{
    private const int CodeAlign = 4;
    private const int DataAlign = -8;
    private const byte Lr = 30, Fp = 29, Sp = 31;

    // Call frame instructions (DWARF 4, 6.4.2).
    private const byte AdvanceLoc = 0x40, Offset = 0x80, Restore = 0xc0;
    private const byte Nop = 0x00, AdvanceLoc1 = 0x02, AdvanceLoc2 = 0x03, AdvanceLoc4 = 0x04, DefCfa = 0x0c, DefCfaOffset = 0x0e;

    /// <summary>The section bytes; CieRelocs are the ABS32 places (to the section itself), FuncRelocs the ABS64 ones.</summary>
    public static (byte[] Bytes, IReadOnlyList<int> CieRelocs, IReadOnlyList<(int Offset, SymRef Sym)> FuncRelocs) Build(IReadOnlyList<AssembledFunction> funcs)
    {
        var b = new List<byte>(64 + 48 * funcs.Count);
        // The CIE.
        Entry(b, () =>
        {
            Put32(b, 0xffffffff); // CIE_id
            b.Add(1);             // version
            b.Add(0);             // augmentation ""
            Uleb(b, CodeAlign);
            Sleb(b, DataAlign);
            b.Add(Lr);            // return_address_register
            b.Add(DefCfa); Uleb(b, Sp); Uleb(b, 0);
        });

        var cie = new List<int>();
        var starts = new List<(int, SymRef)>();
        foreach (var f in funcs)
        {
            Entry(b, () =>
            {
                cie.Add(b.Count);
                Put32(b, 0); // CIE_pointer: the CIE at offset 0
                starts.Add((b.Count, f.Sym));
                Put64(b, 0); // initial_location
                Put64(b, (ulong)f.Code.Length);
                var prev = new UnwindRow(0, 0, 0, 0);
                foreach (var row in f.Unwind)
                {
                    if (row.Offset >= f.Code.Length) break;
                    Advance(b, (row.Offset - prev.Offset) / CodeAlign);
                    if (row.CfaOffset != prev.CfaOffset) { b.Add(DefCfaOffset); Uleb(b, (ulong)row.CfaOffset); }
                    Saved(b, Lr, prev.LrSaved, row.LrSaved);
                    Saved(b, Fp, prev.FpSaved, row.FpSaved);
                    prev = row;
                }
            });
        }
        return (b.ToArray(), cie, starts);
    }

    /// <summary>Writes a length-prefixed entry padded with DW_CFA_nop to a multiple of the address size.</summary>
    private static void Entry(List<byte> b, Action body)
    {
        int at = b.Count;
        Put32(b, 0);
        body();
        while ((b.Count - at) % 8 != 0) b.Add(Nop);
        uint len = (uint)(b.Count - at - 4);
        for (int i = 0; i < 4; i++) b[at + i] = (byte)(len >> (8 * i));
    }

    private static void Advance(List<byte> b, int delta)
    {
        if (delta == 0) return;
        if (delta < 0x40) b.Add((byte)(AdvanceLoc | delta));
        else if (delta <= byte.MaxValue) { b.Add(AdvanceLoc1); b.Add((byte)delta); }
        else if (delta <= ushort.MaxValue) { b.Add(AdvanceLoc2); b.Add((byte)delta); b.Add((byte)(delta >> 8)); }
        else { b.Add(AdvanceLoc4); Put32(b, (uint)delta); }
    }

    /// <summary>A register's rule change: saved at CFA − at (factored by the data alignment), or back in the register.</summary>
    private static void Saved(List<byte> b, byte reg, int before, int at)
    {
        if (before == at) return;
        if (at == 0) b.Add((byte)(Restore | reg));
        else { b.Add((byte)(Offset | reg)); Uleb(b, (ulong)(at / -DataAlign)); }
    }

    private static void Put32(List<byte> b, uint v) { for (int i = 0; i < 4; i++) b.Add((byte)(v >> (8 * i))); }
    private static void Put64(List<byte> b, ulong v) { for (int i = 0; i < 8; i++) b.Add((byte)(v >> (8 * i))); }

    private static void Uleb(List<byte> b, ulong v)
    {
        do
        {
            byte x = (byte)(v & 0x7f);
            v >>= 7;
            b.Add(v != 0 ? (byte)(x | 0x80) : x);
        } while (v != 0);
    }

    private static void Sleb(List<byte> b, long v)
    {
        while (true)
        {
            byte x = (byte)(v & 0x7f);
            v >>= 7;
            bool done = (v == 0 && (x & 0x40) == 0) || (v == -1 && (x & 0x40) != 0);
            b.Add(done ? x : (byte)(x | 0x80));
            if (done) return;
        }
    }
}
