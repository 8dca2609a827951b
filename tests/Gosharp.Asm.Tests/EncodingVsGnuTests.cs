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
