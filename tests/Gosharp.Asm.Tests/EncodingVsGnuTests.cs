using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Encodings checked against binutils (aarch64-linux-gnu-as), for the forms where gosharp chooses
/// differently from gc (no literal pools; loads and stores of symbols as ADRP + LDR/STR with the
/// low 12 bits relocated) and forms gc does not accept. Symbol fields are zero in both, to be relocated.
/// </summary>
public class EncodingVsGnuTests
{
    public static readonly (string Plan9, string Gnu)[] Cases =
    [
        ("MOVD main·x(SB), R1", "adrp x27, x; ldr x1, [x27, :lo12:x]"),
        ("MOVD main·x+8(SB), R1", "adrp x27, x+8; ldr x1, [x27, :lo12:x+8]"),
        ("MOVW main·x(SB), R1", "adrp x27, x; ldrsw x1, [x27, :lo12:x]"),
        ("MOVWU main·x(SB), R1", "adrp x27, x; ldr w1, [x27, :lo12:x]"),
        ("MOVH main·x(SB), R1", "adrp x27, x; ldrsh x1, [x27, :lo12:x]"),
        ("MOVHU main·x(SB), R1", "adrp x27, x; ldrh w1, [x27, :lo12:x]"),
        ("MOVB main·x(SB), R1", "adrp x27, x; ldrsb x1, [x27, :lo12:x]"),
        ("MOVBU main·x(SB), R1", "adrp x27, x; ldrb w1, [x27, :lo12:x]"),
        ("MOVD R1, main·x(SB)", "adrp x27, x; str x1, [x27, :lo12:x]"),
        ("MOVW R1, main·x(SB)", "adrp x27, x; str w1, [x27, :lo12:x]"),
        ("MOVH R1, main·x(SB)", "adrp x27, x; strh w1, [x27, :lo12:x]"),
        ("MOVB R1, main·x(SB)", "adrp x27, x; strb w1, [x27, :lo12:x]"),
        ("MOVD ZR, main·x(SB)", "adrp x27, x; str xzr, [x27, :lo12:x]"),
        ("FMOVD main·x(SB), F1", "adrp x27, x; ldr d1, [x27, :lo12:x]"),
        ("FMOVS F1, main·x(SB)", "adrp x27, x; str s1, [x27, :lo12:x]"),
        ("MOVD -1000(R1), R2", "movn x27, #999; ldr x2, [x1, x27]"),
        ("MOVD 4100(R1), R2", "movz x27, #4100; ldr x2, [x1, x27]"),
        ("MOVD R2, 0x12345678(R1)", "movz x27, #0x5678; movk x27, #0x1234, lsl #16; str x2, [x1, x27]"),
        ("MOVW R2, -4096(RSP)", "movn x27, #4095; str w2, [sp, x27]"),
        ("MOVD (R1)(R2.SXTX<<3), R3", "ldr x3, [x1, x2, sxtx #3]"),
        ("MOVD $0x1234, RSP", "movz x27, #0x1234; mov sp, x27"),
        ("RET R1", "ret x1"),
        ("FMOVD $3.14159, F1", "movz x27, #0x866e; movk x27, #0xf01b, lsl #16; movk x27, #0x21f9, lsl #32; movk x27, #0x4009, lsl #48; fmov d1, x27"),
        ("FMOVS $0.1, F1", "movz w27, #0xcccd; movk w27, #0x3dcc, lsl #16; fmov s1, w27"),
        ("FMOVD $1e300, F2", "movz x27, #0x759c; movk x27, #0x8800, lsl #16; movk x27, #0xe43c, lsl #32; movk x27, #0x7e37, lsl #48; fmov d2, x27"),
        ("LDPSW (R1), (R2, R3)", "ldpsw x2, x3, [x1]"),
        ("LDPSW.P 8(R1), (R2, R3)", "ldpsw x2, x3, [x1], #8"),
        ("LDP 1024(RSP), (R2, R3)", "add x27, sp, #1024; ldp x2, x3, [x27]"),
        ("STP (R2, R3), 100000(R1)", "add x27, x1, #0x6a0; add x27, x27, #0x18, lsl #12; stp x2, x3, [x27]"),
        ("FLDPS 8(R1), (F2, F3)", "ldp s2, s3, [x1, #8]"),
        ("FSTPS.W (F2, F3), -8(RSP)", "stp s2, s3, [sp, #-8]!"),
        ("STLRH R2, (R1)", "stlrh w2, [x1]"),
        ("LDARH (R1), R2", "ldarh w2, [x1]"),
        ("LDXRH (R1), R2", "ldxrh w2, [x1]"),
        ("LDAXRH (R1), R2", "ldaxrh w2, [x1]"),
        ("STXRH R1, (R2), R3", "stxrh w3, w1, [x2]"),
        ("STLXRH R1, (R2), R3", "stlxrh w3, w1, [x2]"),
        ("STXRB R9, (R21), R19", "stxrb w19, w9, [x21]"),
        ("MSR R3, FPCR", "msr fpcr, x3"),
        ("MRS FPSR, R3", "mrs x3, fpsr"),
        ("MRS CNTFRQ_EL0, R3", "mrs x3, cntfrq_el0"),
        ("HLT $5", "hlt #5"),
        ("CASAB R1, (R0), R2", "casab w1, w2, [x0]"),
        ("CASLH R1, (R0), R2", "caslh w1, w2, [x0]"),
        ("LDEORALD R1, (R0), R2", "ldeoral x1, x2, [x0]"),
        ("CLREX", "clrex"),
        ("ISB", "isb"),
        ("SVC $0xffff", "svc #0xffff"),
        ("SXTW R1, R1", "sxtw x1, w1"),
        ("FCVTZUDW F1, R2", "fcvtzu w2, d1"),
        ("UCVTFWD R1, F2", "ucvtf d2, w1"),
        ("FMAXS F1, F2, F3", "fmax s3, s2, s1"),
        ("FMINNMD F1, F2, F3", "fminnm d3, d2, d1"),
        ("FRINTXD F1, F2", "frintx d2, d1"),
        ("FRINTID F1, F2", "frinti d2, d1"),
        ("ORRW $0x0f0f0f0f, R1, RSP", "orr wsp, w1, #0x0f0f0f0f"),
        ("EORW $0x12345678, R1, R2", "movz w27, #0x5678; movk w27, #0x1234, lsl #16; eor w2, w1, w27"),
        ("BICW $0xff, R1, R2", "and w2, w1, #0xffffff00"),
        ("ORN $1, R1, R2", "orr x2, x1, #0xfffffffffffffffe"),
        ("EON $0x12345, R1, R2", "movz x27, #0x2345; movk x27, #0x1, lsl #16; eon x2, x1, x27"),
        ("TST $0x12345, R1", "movz x27, #0x2345; movk x27, #0x1, lsl #16; tst x1, x27"),
        ("ANDS $0xff, R1, R2", "ands x2, x1, #0xff"),
        ("BICS $0xff, R1, R2", "ands x2, x1, #0xffffffffffffff00"),
        ("CMP $0x123456789, RSP", "movz x27, #0x6789; movk x27, #0x2345, lsl #16; movk x27, #0x1, lsl #32; cmp sp, x27"),
        ("ADD $0x123456789, RSP, R1", "movz x27, #0x6789; movk x27, #0x2345, lsl #16; movk x27, #0x1, lsl #32; add x1, sp, x27"),

        // gc 1.19 lacks these, encodes them differently (literal pools, PRFM with an unaligned offset, FMOV $2.0,
        // ADR n(PC)), or rejects them.
        ("VUMAXV V1.B16, V2", "umaxv b2, v1.16b"),
        ("VUMAXV V1.B8, V2", "umaxv b2, v1.8b"),
        ("VUMAXV V1.H4, V2", "umaxv h2, v1.4h"),
        ("VUMAXV V1.H8, V2", "umaxv h2, v1.8h"),
        ("VUMAXV V1.S4, V2", "umaxv s2, v1.4s"),
        ("VUMINV V1.B16, V2", "uminv b2, v1.16b"),
        ("VUMINV V3.S4, V31", "uminv s31, v3.4s"),
        ("VTBX V1.B16, [V2.B16, V3.B16], V4.B16", "tbx v4.16b, {v2.16b, v3.16b}, v1.16b"),
        ("VTBX V1.B8, [V2.B16], V4.B8", "tbx v4.8b, {v2.16b}, v1.8b"),
        ("VMOVS $0x80402010, V11", "movz w27, #0x2010; movk w27, #0x8040, lsl #16; fmov s11, w27"),
        ("VMOVD $0x8040201008040201, V20", "movz x27, #0x0201; movk x27, #0x0804, lsl #16; movk x27, #0x2010, lsl #32; movk x27, #0x8040, lsl #48; fmov d20, x27"),
        ("VMOVQ $0x7040201008040201, $0x8040201008040201, V10", "movz x27, #0x0201; movk x27, #0x0804, lsl #16; movk x27, #0x2010, lsl #32; movk x27, #0x7040, lsl #48; fmov d10, x27; movz x27, #0x0201; movk x27, #0x0804, lsl #16; movk x27, #0x2010, lsl #32; movk x27, #0x8040, lsl #48; fmov v10.d[1], x27"),
        ("VMOVS $0, V1", "movz w27, #0; fmov s1, w27"),
        ("VMOVD $1, V2", "orr x27, xzr, #1; fmov d2, x27"),
        ("FMOVQ (R1)(R2<<4), F3", "ldr q3, [x1, x2, lsl #4]"),
        ("FMOVQ F3, (R1)(R2)", "str q3, [x1, x2]"),
        ("FMOVQ 65520(R1), F3", "ldr q3, [x1, #65520]"),
        ("FMOVQ -16(R1), F3", "ldur q3, [x1, #-16]"),
        ("CASAB R1, (R2), R3", "casab w1, w3, [x2]"),
        ("CASLB R1, (R2), R3", "caslb w1, w3, [x2]"),
        ("CASAH R1, (R2), R3", "casah w1, w3, [x2]"),
        ("CASLH R1, (R2), R3", "caslh w1, w3, [x2]"),
        ("CASB R1, (R2), R3", "casb w1, w3, [x2]"),
        ("CASH R1, (RSP), R3", "cash w1, w3, [sp]"),
        ("CASPAD (R2, R3), (R4), (R8, R9)", "caspa x2, x3, x8, x9, [x4]"),
        ("CASPALD (R2, R3), (R4), (R8, R9)", "caspal x2, x3, x8, x9, [x4]"),
        ("CASPLD (R2, R3), (R4), (R8, R9)", "caspl x2, x3, x8, x9, [x4]"),
        ("CASPAW (R2, R3), (R4), (R8, R9)", "caspa w2, w3, w8, w9, [x4]"),
        ("CASPALW (R2, R3), (R4), (R8, R9)", "caspal w2, w3, w8, w9, [x4]"),
        ("CASPLW (R2, R3), (R4), (R8, R9)", "caspl w2, w3, w8, w9, [x4]"),
        ("CASPD (R0, R1), (RSP), (R30, ZR)", "casp x0, x1, x30, xzr, [sp]"),
        ("PRFM -8(R1), PSTL1KEEP", "prfum pstl1keep, [x1, #-8]"),
        ("PRFM 3(RSP), PLDL3STRM", "prfum pldl3strm, [sp, #3]"),
        ("PRFM 255(R1), $31", "prfum #31, [x1, #255]"),
        ("PRFM 32760(R1), PLIL1KEEP", "prfm plil1keep, [x1, #32760]"),
        ("FMOVS $(2.0), F1", "fmov s1, #2.0"),
        ("FMOVD $(2.0), F2", "fmov d2, #2.0"),
        ("FMOVD $(-2.0), F2", "fmov d2, #-2.0"),
        ("FMOVD $(0.1), F2", "movz x27, #0x999a; movk x27, #0x9999, lsl #16; movk x27, #0x9999, lsl #32; movk x27, #0x3fb9, lsl #48; fmov d2, x27"),
        ("ADR 1(PC), R1; NOOP", "adr x1, .+4; nop"),
        ("ADR 2(PC), R3; NOOP; NOOP", "adr x3, .+8; nop; nop"),
        ("NOOP; ADR -1(PC), R3", "nop; adr x3, .-4"),
        ("MOVBU R2, (R1)(R3)", "strb w2, [x1, x3]"),
        ("MOVHU R2, (R1)(R3<<1)", "strh w2, [x1, x3, lsl #1]"),
        ("MOVWU R2, (R1)(R3.SXTW<<2)", "str w2, [x1, w3, sxtw #2]"),
        ("MOVD R1, ZR", "mov xzr, x1"),
        ("LDPW -4(RSP), (R1, ZR)", "ldp w1, wzr, [sp, #-4]"),
        ("MRS CNTP_CTL_EL0, R1", "mrs x1, cntp_ctl_el0"),
        ("MRS S3_3_C13_C0_2, R2", "mrs x2, tpidr_el0"),
        ("MSR R3, S3_0_C15_C2_7", "msr s3_0_c15_c2_7, x3"),
        ("MRS RNDR, R4", "mrs x4, rndr"),
        ("MRS ID_AA64ISAR1_EL1, R5", "mrs x5, id_aa64isar1_el1"),
        ("MRS ID_AA64MMFR2_EL1, R5", "mrs x5, id_aa64mmfr2_el1"),
        ("MSR $1, DIT", "msr dit, #1"),
        ("MSR $1, SSBS", "msr ssbs, #1"),
        ("MSR $1, PAN", "msr pan, #1"),
        ("MSR $1, UAO", "msr uao, #1"),
        ("MSR $1, TCO", "msr tco, #1"),
        ("IC IALLU", "ic iallu"),
        ("IC IALLUIS", "ic ialluis"),
        ("IC IVAU, R1", "ic ivau, x1"),
        ("AT S1E1R, R2", "at s1e1r, x2"),
        ("AT S12E0W, R3", "at s12e0w, x3"),
        ("DC ZVA, R9", "dc zva, x9"),
        ("TLBI RVAE1, R1", "tlbi rvae1, x1"),
        ("TLBI VMALLE1OS", "tlbi vmalle1os"),
    ];

    [Fact]
    public void EveryCaseEncodesAsBinutilsDoes()
    {
        var src = new System.Text.StringBuilder();
        for (int i = 0; i < Cases.Length; i++)
            src.Append($"TEXT ·t{i}(SB), NOSPLIT|NOFRAME, $0-0\n\t{Cases[i].Plan9}\n");
        var ours = AsmRun.Object(src.ToString());
        var gnu = GnuAs.AssembleEach(Cases.Select(c => c.Gnu).ToList());
        var bad = new List<string>();
        for (int i = 0; i < Cases.Length; i++)
        {
            var got = AsmRun.Words(ours, $"main.t{i}");
            if (!gnu[i].SequenceEqual(got))
                bad.Add($"{Cases[i].Plan9,-32} as: {Hex(gnu[i])}  gosharp: {Hex(got)}");
        }
        Assert.True(bad.Count == 0, $"{bad.Count} of {Cases.Length} cases differ from binutils:\n" + string.Join("\n", bad));
    }

    private static string Hex(IEnumerable<uint> w) => string.Join(" ", w.Select(x => x.ToString("x8")));
}
