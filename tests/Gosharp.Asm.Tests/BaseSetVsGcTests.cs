using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

/// <summary>
/// The A64 base set, scalar floating point and system instructions, generated over their operand
/// ranges (edge immediates, every shift and extension, every size and addressing mode, every
/// condition and atomic ordering) and compared word for word with gc's <c>go tool asm</c>. Each table
/// is one gc run. Forms where gosharp deliberately differs from gc, or that gc lacks, are in
/// <see cref="EncodingVsGnuTests"/>.
/// </summary>
public class BaseSetVsGcTests
{
    private static readonly string[] Conds = ["EQ", "NE", "HS", "LO", "MI", "PL", "VS", "VC", "HI", "LS", "GE", "LT", "GT", "LE"];

    public static List<string> Integer()
    {
        var c = new List<string>();
        // Add/subtract immediates: 12-bit, shifted 12-bit, two additions, REGTMP; negative values.
        long[] addImms = [0, 1, 4095, 4096, 4097, 0xfff000, 0xfff001, 0x1000000, -1, -4095, -4096, -4097, 0x7fffffff, 0x80000000, 0xffffffff, 1L << 32, -(1L << 32)];
        foreach (var v in addImms)
        {
            long w = v & 0xffffffff;
            c.AddRange([$"ADD ${v}, R1, R2", $"SUB ${v}, R3", $"ADDS ${v}, R1, R2", $"SUBSW ${w}, R1, R2", $"CMP ${v}, R4", $"CMNW ${w}, R4",
                $"ADDW ${w}, R5, R6", $"SUB ${v}, RSP, R7", $"ADDW ${(int)v}, R5, R6"]);
        }
        // Logical immediates: bitmask patterns of every element size, and values that are not bitmasks.
        ulong[] masks = [1, 2, 3, 0xff, 0xffff, 0xffffffff, 0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 0x3333333333333333, 0x0f0f0f0f0f0f0f0f,
            0x00ff00ff00ff00ff, 0x0000ffff0000ffff, 0x7fffffffffffffff, 0x8000000000000000, 0xfffffffffffffffe, 0x1ffffffff, 0x7ffffffe,
            0xfff0, 0x0ffffffffffff000, 0xc000000000000003];
        foreach (var v in masks)
            c.AddRange([$"AND $0x{v:x}, R1, R2", $"ORR $0x{v:x}, R1, R2", $"EOR $0x{v:x}, R1, R2", $"ANDS $0x{v:x}, R1, R2", $"TST $0x{v:x}, R3", $"BIC $0x{v:x}, R1, R2"]);
        uint[] masks32 = [1, 0xff, 0xffff, 0x55555555, 0xaaaaaaaa, 0x0f0f0f0f, 0x7fffffff, 0x80000000, 0xfffffffe, 0x3c, 0xff00ff00];
        foreach (var v in masks32)
            c.AddRange([$"ANDW $0x{v:x}, R1, R2", $"ORRW $0x{v:x}, R1, R2", $"EORW $0x{v:x}, R1, R2", $"ANDSW $0x{v:x}, R1, R2", $"TSTW $0x{v:x}, R3", $"BICW $0x{v:x}, R1, R2"]);
        c.AddRange(["AND $0x12345678, R1, R2", "ORR $0x22220000, R3, R4", "EOR $0xff00ff, R2", "AND $1, ZR", "AND $8, R0, RSP", "ORR $8, R0, RSP",
            "ORRW $0x1234, R1, R2", "ANDW $0x12345678, R3", "EORW $0x10001, R1", "AND $(1<<63), R1", "ORR $(1<<63-1), R1"]);
        // MOVD/MOVW constants: MOVZ, MOVN, ORR bitmask, MOVZ+MOVK sequences.
        long[] movs = [0x3fffffffc000, 0xffff00000000000, 0x1111000000001111, 0x1111ffff1111ffff, 0x1111222233334444, unchecked((long)0xffffffffffff1234),
            unchecked((long)0xffff1234ffffffff), 0x0001000000000000, unchecked((long)0x8000000000000001), 0xfffffffe, 0x100000000, 0x7fffffff, -0x10000, -0x12345, 0xffff0000];
        foreach (var v in movs) c.Add($"MOVD ${v}, R1");
        foreach (var v in new long[] { 0x10000, 0x12340000, 0xffff, 0xfffffffe, 0x7fffffff, 0x80000000, 0x55555555, -2, 0x10001 }) c.Add($"MOVW ${v}, R1");
        // Shifted registers.
        foreach (var k in new[] { "<<", ">>", "->" })
            foreach (var amt in new[] { 0, 1, 31, 63 })
                c.AddRange([$"ADD R1{k}{amt}, R2, R3", $"SUBS R1{k}{amt}, R2, R3", $"CMP R1{k}{amt}, R2", $"AND R1{k}{amt}, R2, R3",
                    $"ORN R1{k}{amt}, R2, R3", $"NEG R1{k}{amt}, R2", $"MVN R1{k}{amt}, R2", $"TST R1{k}{amt}, R2"]);
        foreach (var amt in new[] { 0, 31 })
            c.AddRange([$"ADDW R1<<{amt}, R2, R3", $"ANDW R1@>{amt}, R2, R3", $"EONW R1>>{amt}, R2, R3", $"BICSW R1->{amt}, R2, R3"]);
        c.AddRange(["ORR R1@>63, R2, R3", "EON R1@>1, R2, R3"]);
        // Extended registers.
        foreach (var ext in new[] { "UXTB", "UXTH", "UXTW", "UXTX", "SXTB", "SXTH", "SXTW", "SXTX" })
        {
            foreach (var amt in new[] { 0, 1, 4 })
                c.AddRange([$"ADD R1.{ext}<<{amt}, R2, R3", $"SUB R1.{ext}<<{amt}, RSP, R3", $"ADDS R1.{ext}<<{amt}, R2, R3",
                    $"CMP R1.{ext}<<{amt}, R2", $"CMN R1.{ext}<<{amt}, RSP", $"ADDW R1.{ext}<<{amt}, R2, R3"]);
            c.Add($"ADD R1.{ext}, R2, R3");
        }
        // Bitfields and shifts at their limits.
        c.AddRange(["UBFX $0, R1, $64, R2", "UBFX $63, R1, $1, R2", "SBFX $0, R1, $1, R2", "UBFIZ $63, R1, $1, R2", "SBFIZ $1, R1, $63, R2",
            "BFI $0, R1, $64, R2", "BFXIL $32, R1, $32, R2", "UBFXW $0, R1, $32, R2", "SBFXW $31, R1, $1, R2", "UBFIZW $31, R1, $1, R2",
            "SBFIZW $5, R1, $3, R2", "BFXILW $8, R1, $8, R2", "SBFMW $3, R1, $5, R2", "UBFMW $31, R1, $31, R2", "BFMW $0, R1, $0, R2",
            "EXTR $0, R1, R2, R3", "EXTR $63, R1, R2, R3", "EXTRW $31, R1, R2, R3", "LSL $0, R1, R2", "ASR $63, R1, R2", "ROR $63, R1, R2",
            "LSLW $31, R1, R2", "RORW $0, R1, R2", "ASRW $0, R1, R2", "LSR $63, R1"]);
        c.AddRange(["REV16W R1, R2", "CLSW R1, R2", "MULW R1, R2", "MNEGW R1, R2, R3", "MSUBW R1, R2, R3, R4", "SMNEGL R1, R2, R3", "UMNEGL R1, R2, R3",
            "UMADDL R1, R2, R3, R4", "SMSUBL R1, R2, R3, R4", "UDIVW R1, R2, R3", "SDIV R1, R2", "REM R1, R2, R3", "UREM R1, R2, R3", "REMW R1, R2, R3", "UREMW R1, R2"]);
        c.AddRange(["NGC R1, R2", "NGCS R1, R2", "NGCW R1, R2", "NGCSW R1, R2", "ADCSW R1, R2, R3", "SBCW R1, R2, R3", "SBCSW R1, R2, R3", "NEGSW R1, R2"]);
        c.AddRange(["CRC32B R1, R2, R3", "CRC32H R1, R2, R3", "CRC32W R1, R2, R3", "CRC32X R1, R2, R3", "CRC32CB R1, R2, R3", "CRC32CH R1, R2, R3",
            "CRC32CW R1, R2, R3", "CRC32CX R1, R2, R3"]);
        // Conditional select and compare under every condition.
        foreach (var cond in Conds.Concat(["AL", "NV"]))
            c.AddRange([$"CSEL {cond}, R1, R2, R3", $"CSINCW {cond}, R1, R2, R3", $"CCMP {cond}, R1, $31, $15", $"CCMNW {cond}, R1, R2, $0"]);
        foreach (var cond in Conds)
            c.AddRange([$"CSETM {cond}, R1", $"CINCW {cond}, R1, R2", $"CNEGW {cond}, R1, R2", $"CINVW {cond}, R1, R2", $"CSETMW {cond}, R1",
                $"CSNEGW {cond}, R1, R2, R3", $"CSINVW {cond}, R1, R2, R3"]);
        c.AddRange(["l: ADR l, R2", "ADR l, R3; NOOP; l: NOOP; ADR l, R4", "DWORD $0x123456789abcdef0", "WORD $-1"]);
        return c;
    }

    public static List<string> Memory()
    {
        var c = new List<string>();
        // Every load/store size and sign: scaled 12-bit offsets at their ends, unscaled 9-bit ones,
        // unaligned offsets, offsets that need REGTMP, pre/post-index, register offsets.
        foreach (var (mn, sz) in new[] { ("MOVD", 8), ("MOVW", 4), ("MOVWU", 4), ("MOVH", 2), ("MOVHU", 2), ("MOVB", 1), ("MOVBU", 1), ("FMOVD", 8), ("FMOVS", 4) })
        {
            var r = mn.StartsWith('F') ? "F2" : "R2";
            foreach (var off in new[] { 0, sz, 4095 * sz, 4096 * sz, -1, -256, 255, 256, 1, 3, -257, sz * 4096 + sz, 65536, -65536 })
                c.AddRange([$"{mn} {off}(R1), {r}", $"{mn} {r}, {off}(R1)"]);
            foreach (var off in new[] { -256, 255, 0, sz })
                c.AddRange([$"{mn}.P {off}(R1), {r}", $"{mn}.W {off}(R1), {r}", $"{mn}.P {r}, {off}(R3)", $"{mn}.W {r}, {off}(RSP)"]);
            c.AddRange([$"{mn} (R1)(R3), {r}", $"{mn} (R1)(R3.UXTW), {r}", $"{mn} (R1)(R3.SXTX), {r}", $"{mn} (RSP)(R3.SXTW), {r}"]);
            if (mn != "MOVBU") c.Add($"{mn} {r}, (R1)(R3)"); // gc has no MOVBU register-offset store (see the GNU table)
            int shift = sz switch { 8 => 3, 4 => 2, 2 => 1, _ => 0 };
            if (shift > 0) c.AddRange([$"{mn} (R1)(R3<<{shift}), {r}", $"{mn} {r}, (R1)(R3.SXTW<<{shift})", $"{mn} (R1)(R3.UXTW<<{shift}), {r}"]);
        }
        c.AddRange(["MOVD x+0(FP), R0", "MOVD R0, ret+24(FP)", "MOVW y+12(FP), R1", "FMOVS f+4(FP), F1"]);
        // Pairs: the 7-bit scaled offset at both ends, out of range, unaligned, pre/post-index.
        foreach (var (mn, sc, regs) in new[] { ("LDP", 8, "(R2, R3)"), ("LDPW", 4, "(R2, R3)"), ("FLDPD", 8, "(F2, F3)"), ("FLDPS", 4, "(F2, F3)"),
                     ("LDPSW", 4, "(R2, R3)"), ("FLDPQ", 16, "(F2, F3)") })
        {
            foreach (var off in new[] { 0, -64 * sc, 63 * sc, sc, -sc })
                c.AddRange([$"{mn} {off}(R1), {regs}", $"{mn}.P {off}(R1), {regs}", $"{mn}.W {off}(R1), {regs}"]);
            c.AddRange([$"{mn} {64 * sc}(R1), {regs}", $"{mn} {-65 * sc}(R1), {regs}", $"{mn} {sc / 2}(R1), {regs}"]);
        }
        foreach (var (mn, sc, regs) in new[] { ("STP", 8, "(R2, R3)"), ("STPW", 4, "(R2, R3)"), ("FSTPD", 8, "(F2, F3)"), ("FSTPS", 4, "(F2, F3)"), ("FSTPQ", 16, "(F2, F3)") })
        {
            foreach (var off in new[] { 0, -64 * sc, 63 * sc, sc })
                c.AddRange([$"{mn} {regs}, {off}(R1)", $"{mn}.P {regs}, {off}(R1)", $"{mn}.W {regs}, {off}(RSP)"]);
            c.AddRange([$"{mn} {regs}, {64 * sc}(R1)", $"{mn} {regs}, {-65 * sc}(R1)"]);
        }
        c.AddRange(["LDP x+0(FP), (R0, R1)", "STP (R0, R1), ret+16(FP)", "STP (ZR, ZR), (R1)"]);
        // Exclusive and acquire/release, pairs, CASP.
        c.AddRange(["LDXPW (R24), (R23, R11)", "LDXP (R0), (R16, R13)", "LDAXP (R0), (R16, R13)", "LDAXPW (RSP), (R1, R2)", "STXP (R1, R2), (R3), R10",
            "STXPW (R1, R2), (RSP), R10", "STLXP (R1, R2), (R3), R10", "STLXPW (R1, R2), (R3), R10", "CASPD (R30, ZR), (RSP), (R8, R9)",
            "CASPW (R6, R7), (R8), (R4, R5)", "LDXRB (R1), R2", "LDAXRH (R1), R2", "STXRH R1, (R2), R3", "STLXRH R1, (R2), R3", "STLRH R1, (R2)",
            "LDARB (RSP), R2", "STLR ZR, (R1)", "LDXR (RSP), R1"]);
        // LSE atomics: every operation, ordering and size gc names.
        foreach (var sz in new[] { "B", "H", "W", "D" })
            foreach (var order in new[] { "", "A", "AL", "L" })
            {
                foreach (var op in new[] { "SWP", "LDADD", "LDCLR", "LDEOR", "LDOR" }) c.Add($"{op}{order}{sz} R1, (R2), R3");
                if (sz is "W" or "D" || order is "" or "AL") c.Add($"CAS{order}{sz} R1, (R2), R3"); // gc lacks CASA/CASL B and H
            }
        c.AddRange(["SWPALD ZR, (RSP), R3", "LDADDALD R5, (R6), ZR"]);
        return c;
    }

    public static List<string> SystemAndFloat()
    {
        var c = new List<string>
        {
            "HINT $0", "HINT $127", "HINT $34", "WFE", "WFI", "SEV", "SEVL", "YIELD", "CLREX $5", "CLREX $15", "DSB $0", "DMB $1", "DMB $15", "ISB $0",
            "HVC $1", "SMC $0xffff", "DCPS1 $0", "DCPS2", "DCPS3 $5", "ERET", "DRPS", "HLT $0xffff", "BRK $0xffff", "SVC $1",
            "MSR $1, SPSel", "MSR $9, DAIFSet", "MSR $6, DAIFClr", "MSR $0, SPSel", "MSR $15, DAIFSet", "SYS $32768, R1", "SYS $32768", "SYSL $0x7ffe0, R2",
            "TLBI VMALLE1IS", "TLBI VMALLE1", "TLBI ALLE2IS", "TLBI ALLE1", "TLBI VAE1IS, R1", "TLBI VALE1, R2", "TLBI ASIDE1, R3", "TLBI VAAE1IS, R4",
            "TLBI IPAS2E1IS, R5", "TLBI ALLE3", "TLBI VAE3, R6",
            "DC ZVA, R1", "DC CVAC, R2", "DC CIVAC, R3", "DC IVAC, R4", "DC CVAU, R5", "DC CSW, R6", "DC CISW, R7", "DC ISW, R8",
            "PRFM (R2), PLDL1KEEP", "PRFM 16(R2), PLDL1KEEP", "PRFM 48(R6), PSTL2STRM", "PRFM 8(R12), PLIL3STRM", "PRFM (R8), $25", "PRFM 8(R9), $30",
            "PRFM 32760(R1), PLDL2KEEP",
            "MRS CurrentEL, R1", "MRS SPSel, R2", "MRS DAIF, R3", "MSR R3, DAIF", "MRS MIDR_EL1, R4", "MRS ID_AA64ISAR0_EL1, R5", "MRS ID_AA64PFR0_EL1, R6",
            "MRS CTR_EL0, R7", "MRS DCZID_EL0, R8", "MRS TPIDRRO_EL0, R9", "MRS CNTPCT_EL0, R10", "MRS SCTLR_EL1, R1", "MSR R1, SCTLR_EL1",
            "MRS ELR_EL1, R8", "MSR R16, ELR_EL1", "MRS TCR_EL1, R5", "MRS AIDR_EL1, R11", "MRS MPIDR_EL1, R1", "MRS VBAR_EL1, R2", "MSR R2, VBAR_EL1",
            "MRS ESR_EL1, R3", "MRS FAR_EL1, R4", "MRS SP_EL0, R5", "MRS MDSCR_EL1, R6", "MRS CNTKCTL_EL1, R7", "MRS DIT, R8", "MRS PAN, R9",
            "FCVTSD F1, F2", "FCVTDS F1, F2", "FCVTSH F1, F2", "FCVTDH F1, F2", "FCVTHS F1, F2", "FCVTHD F1, F2",
            "FMOVD ZR, F1", "FMOVS ZR, F1", "FMOVD F1, ZR",
        };
        foreach (var p in new[] { "S", "D" })
        {
            foreach (var op in new[] { "FADD", "FSUB", "FMUL", "FDIV", "FMAX", "FMIN", "FMAXNM", "FMINNM", "FNMUL" }) c.Add($"{op}{p} F1, F2, F3");
            foreach (var op in new[] { "FABS", "FNEG", "FSQRT", "FRINTA", "FRINTI", "FRINTM", "FRINTN", "FRINTP", "FRINTX", "FRINTZ" }) c.Add($"{op}{p} F1, F2");
            foreach (var op in new[] { "FMADD", "FMSUB", "FNMADD", "FNMSUB" }) c.Add($"{op}{p} F1, F2, F3, F4");
            c.AddRange([$"FCMP{p} F1, F2", $"FCMPE{p} F1, F2", $"FCMP{p} $(0.0), F3", $"FCMPE{p} $(0.0), F3", $"FCSEL{p} LT, F1, F2, F3",
                $"FCCMP{p} LT, F1, F2, $1", $"FCCMPE{p} GE, F1, F2, $15"]);
            foreach (var op in new[] { "FCVTZS", "FCVTZU" }) c.AddRange([$"{op}{p} F1, R2", $"{op}{p}W F1, R2"]);
            foreach (var op in new[] { "SCVTF", "UCVTF" }) c.AddRange([$"{op}{p} R1, F2", $"{op}W{p} R1, F2"]);
        }
        // FMOV's 8-bit immediates (±n/16 × 2^r); 2.0 is in the GNU table (gc 1.19 pools it).
        foreach (var v in new[] { "4.0", "0.265625", "0.1796875", "0.96875", "31.0", "0.125", "-0.125", "-31.0", "1.9375", "0.5", "-1.0", "16.0", "0.25" })
            c.AddRange([$"FMOVS $({v}), F1", $"FMOVD $({v}), F2"]);
        return c;
    }

    [Fact]
    public void IntegerInstructionsEncodeAsGcDoes()
    {
        var cases = Integer();
        OracleTable.AssertNone(OracleTable.DifferencesFromGc(cases), cases.Count, "gc");
    }

    [Fact]
    public void LoadsStoresAndAtomicsEncodeAsGcDoes()
    {
        var cases = Memory();
        OracleTable.AssertNone(OracleTable.DifferencesFromGc(cases), cases.Count, "gc");
    }

    [Fact]
    public void SystemAndFloatingPointEncodeAsGcDoes()
    {
        var cases = SystemAndFloat();
        OracleTable.AssertNone(OracleTable.DifferencesFromGc(cases), cases.Count, "gc");
    }
}
