using System.Text.RegularExpressions;

namespace Gosharp.Asm.Arm64;

/// <summary>
/// A system register for MRS/MSR, identified by its (op0, op1, CRn, CRm, op2) coordinates; the
/// encodings put those 16 bits (op0 minus 2 in one bit) at bits 19..5. Names are gc's (case
/// matters: <c>CurrentEL</c>, <c>SPSel</c>); any register can also be written by its coordinates,
/// <c>S3_3_C13_C0_2</c>.
/// </summary>
public sealed partial record SystemRegister(string Name, int Op0, int Op1, int CRn, int CRm, int Op2)
{
    public uint Bits => (uint)((Op0 - 2) << 19 | Op1 << 16 | CRn << 12 | CRm << 8 | Op2 << 5);

    private static readonly Dictionary<string, SystemRegister> Known = new SystemRegister[]
    {
        // Readable (and some writable) at EL0.
        new("NZCV", 3, 3, 4, 2, 0), new("DAIF", 3, 3, 4, 2, 1), new("DIT", 3, 3, 4, 2, 5), new("SSBS", 3, 3, 4, 2, 6),
        new("TCO", 3, 3, 4, 2, 7), new("FPCR", 3, 3, 4, 4, 0), new("FPSR", 3, 3, 4, 4, 1),
        new("TPIDR_EL0", 3, 3, 13, 0, 2), new("TPIDRRO_EL0", 3, 3, 13, 0, 3),
        new("CTR_EL0", 3, 3, 0, 0, 1), new("DCZID_EL0", 3, 3, 0, 0, 7), new("RNDR", 3, 3, 2, 4, 0), new("RNDRRS", 3, 3, 2, 4, 1),
        new("CNTFRQ_EL0", 3, 3, 14, 0, 0), new("CNTPCT_EL0", 3, 3, 14, 0, 1), new("CNTVCT_EL0", 3, 3, 14, 0, 2),
        new("CNTP_TVAL_EL0", 3, 3, 14, 2, 0), new("CNTP_CTL_EL0", 3, 3, 14, 2, 1), new("CNTP_CVAL_EL0", 3, 3, 14, 2, 2),
        new("CNTV_TVAL_EL0", 3, 3, 14, 3, 0), new("CNTV_CTL_EL0", 3, 3, 14, 3, 1), new("CNTV_CVAL_EL0", 3, 3, 14, 3, 2),
        new("PMCR_EL0", 3, 3, 9, 12, 0), new("PMCCNTR_EL0", 3, 3, 9, 13, 0), new("PMUSERENR_EL0", 3, 3, 9, 14, 0),
        // Identification (EL0 reads them through the kernel's emulation on Linux).
        new("MIDR_EL1", 3, 0, 0, 0, 0), new("MPIDR_EL1", 3, 0, 0, 0, 5), new("REVIDR_EL1", 3, 0, 0, 0, 6),
        new("ID_AA64PFR0_EL1", 3, 0, 0, 4, 0), new("ID_AA64PFR1_EL1", 3, 0, 0, 4, 1), new("ID_AA64DFR0_EL1", 3, 0, 0, 5, 0),
        new("ID_AA64ISAR0_EL1", 3, 0, 0, 6, 0), new("ID_AA64ISAR1_EL1", 3, 0, 0, 6, 1),
        new("ID_AA64MMFR0_EL1", 3, 0, 0, 7, 0), new("ID_AA64MMFR1_EL1", 3, 0, 0, 7, 1), new("ID_AA64MMFR2_EL1", 3, 0, 0, 7, 2),
        new("CCSIDR_EL1", 3, 1, 0, 0, 0), new("CLIDR_EL1", 3, 1, 0, 0, 1), new("AIDR_EL1", 3, 1, 0, 0, 7), new("CSSELR_EL1", 3, 2, 0, 0, 0),
        // PSTATE as registers.
        new("CurrentEL", 3, 0, 4, 2, 2), new("SPSel", 3, 0, 4, 2, 0), new("PAN", 3, 0, 4, 2, 3), new("UAO", 3, 0, 4, 2, 4),
        // EL1 system control, translation, exceptions.
        new("SCTLR_EL1", 3, 0, 1, 0, 0), new("ACTLR_EL1", 3, 0, 1, 0, 1), new("CPACR_EL1", 3, 0, 1, 0, 2),
        new("TTBR0_EL1", 3, 0, 2, 0, 0), new("TTBR1_EL1", 3, 0, 2, 0, 1), new("TCR_EL1", 3, 0, 2, 0, 2),
        new("SPSR_EL1", 3, 0, 4, 0, 0), new("ELR_EL1", 3, 0, 4, 0, 1), new("SP_EL0", 3, 0, 4, 1, 0), new("SP_EL1", 3, 4, 4, 1, 0),
        new("AFSR0_EL1", 3, 0, 5, 1, 0), new("AFSR1_EL1", 3, 0, 5, 1, 1), new("ESR_EL1", 3, 0, 5, 2, 0),
        new("FAR_EL1", 3, 0, 6, 0, 0), new("PAR_EL1", 3, 0, 7, 4, 0), new("MAIR_EL1", 3, 0, 10, 2, 0), new("AMAIR_EL1", 3, 0, 10, 3, 0),
        new("VBAR_EL1", 3, 0, 12, 0, 0), new("ISR_EL1", 3, 0, 12, 1, 0), new("DISR_EL1", 3, 0, 12, 1, 1),
        new("CONTEXTIDR_EL1", 3, 0, 13, 0, 1), new("TPIDR_EL1", 3, 0, 13, 0, 4), new("CNTKCTL_EL1", 3, 0, 14, 1, 0),
        new("MDSCR_EL1", 2, 0, 0, 2, 2),
    }.ToDictionary(r => r.Name, StringComparer.Ordinal);

    [GeneratedRegex(@"^S([23])_([0-7])_C([0-9]|1[0-5])_C([0-9]|1[0-5])_([0-7])$")]
    private static partial Regex Generic();

    public static bool TryParse(string name, out SystemRegister reg)
    {
        if (Known.TryGetValue(name, out reg!)) return true;
        var m = name.Length > 0 && name[0] == 'S' ? Generic().Match(name) : Match.Empty;
        if (!m.Success) return false;
        int F(int i) => int.Parse(m.Groups[i].Value, System.Globalization.CultureInfo.InvariantCulture);
        reg = new SystemRegister(name, F(1), F(2), F(3), F(4), F(5));
        return true;
    }
}
