namespace Gosharp.Asm.Arm64;

/// <summary>
/// A system register for MRS/MSR, identified by its (op0, op1, CRn, CRm, op2) coordinates; the
/// encodings put those 16 bits (op0 minus 2 in one bit) at bits 19..5.
/// </summary>
public sealed record SystemRegister(string Name, int Op0, int Op1, int CRn, int CRm, int Op2)
{
    public uint Bits => (uint)((Op0 - 2) << 19 | Op1 << 16 | CRn << 12 | CRm << 8 | Op2 << 5);

    private static readonly Dictionary<string, SystemRegister> Known = new SystemRegister[]
    {
        new("TPIDR_EL0", 3, 3, 13, 0, 2),
        new("NZCV", 3, 3, 4, 2, 0),
        new("FPCR", 3, 3, 4, 4, 0),
        new("FPSR", 3, 3, 4, 4, 1),
        new("CNTVCT_EL0", 3, 3, 14, 0, 2),
        new("CNTFRQ_EL0", 3, 3, 14, 0, 0),
        new("MIDR_EL1", 3, 0, 0, 0, 0),
        new("DCZID_EL0", 3, 3, 0, 0, 7),
    }.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static bool TryParse(string name, out SystemRegister reg) => Known.TryGetValue(name, out reg!);
}
