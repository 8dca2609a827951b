namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>Floating-point opcodes and the exclusive/acquire-release load/store words, by mnemonic.</summary>
internal static class Opcodes
{
    /// <summary>Two-source FP data processing opcode (bits 15..12).</summary>
    public static readonly Dictionary<string, uint> FpData2 = new()
    {
        ["FMUL"] = 0, ["FDIV"] = 1, ["FADD"] = 2, ["FSUB"] = 3, ["FMAX"] = 4, ["FMIN"] = 5,
        ["FMAXNM"] = 6, ["FMINNM"] = 7, ["FNMUL"] = 8,
    };

    /// <summary>One-source FP data processing opcode (bits 20..15).</summary>
    public static readonly Dictionary<string, uint> FpData1 = new()
    {
        ["FABS"] = 1, ["FNEG"] = 2, ["FSQRT"] = 3,
        ["FRINTN"] = 8, ["FRINTP"] = 9, ["FRINTM"] = 10, ["FRINTZ"] = 11, ["FRINTA"] = 12, ["FRINTX"] = 14, ["FRINTI"] = 15,
    };

    /// <summary>
    /// Load-acquire, store-release and exclusive accesses: the instruction word with every register
    /// field zero except those fixed at 31, and whether the form has a status register Rs.
    /// </summary>
    public static readonly Dictionary<string, (uint Word, bool Load, bool HasStatus)> Exclusive = Build();

    private static Dictionary<string, (uint, bool, bool)> Build()
    {
        var d = new Dictionary<string, (uint, bool, bool)>();
        // size field (bits 31..30) per suffix: "" 64-bit, W 32-bit, H 16-bit, B 8-bit.
        (string Suffix, uint Size)[] sizes = [("", 3), ("W", 2), ("H", 1), ("B", 0)];
        foreach (var (sfx, size) in sizes)
        {
            uint s = size << 30;
            d["LDAR" + sfx] = (s | 0x08dffc00, true, false);
            d["STLR" + sfx] = (s | 0x089ffc00, false, false);
            d["LDAXR" + sfx] = (s | 0x085ffc00, true, false);
            d["LDXR" + sfx] = (s | 0x085f7c00, true, false);
            d["STLXR" + sfx] = (s | 0x0800fc00, false, true);
            d["STXR" + sfx] = (s | 0x08007c00, false, true);
        }
        return d;
    }
}
