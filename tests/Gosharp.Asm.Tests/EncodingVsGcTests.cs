using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Encodings checked against gc: every case is assembled as its own NOSPLIT|NOFRAME function by
/// Go 1.19's <c>go tool asm</c> and by gosharp, and the instruction words must be the same.
/// One gc run covers the whole table, so the test stays fast.
/// </summary>
public class EncodingVsGcTests
{
    /// <summary>Instruction lines (';' separates several) in Plan 9 syntax; labels are local to the case.</summary>
    public static readonly string[] Cases =
    [
        // Moves between registers and of constants (gc picks ORR/MOVZ/MOVN/MOVK sequences).
        "MOVD R1, R2", "MOVD R20, RSP", "MOVD RSP, R3", "MOVD ZR, R4", "MOVD $0, R5",
        "MOVW R1, R2", "MOVWU R1, R2", "MOVH R1, R2", "MOVHU R1, R2", "MOVB R1, R2", "MOVBU R1, R2",
        "MOVD $1, R0", "MOVD $-1, R0", "MOVD $-8, R0", "MOVD $0x10, R3", "MOVD $4095, R3", "MOVD $4096, R3",
        "MOVD $0x10000, R0", "MOVD $0x1000000, R0", "MOVD $0xffff, R0", "MOVD $0x12345678, R0",
        "MOVD $0x1234567800000000, R0", "MOVD $0xffffffff12345678, R0", "MOVD $0x123456789abcdef0, R7",
        "MOVD $0x5555555555555555, R1", "MOVD $0x00ff00ff00ff00ff, R1", "MOVD $(1<<12|3), R2", "MOVD $~0, R2",
        "MOVD $'a', R2", "MOVD $0x7fffffffffffffff, R9", "MOVD $-0x8000000000000000, R9", "MOVD $0xffff0000ffff, R3",
        "MOVW $1, R0", "MOVW $0, R1", "MOVW ZR, R1", "MOVWU ZR, R1", "MOVH ZR, R1", "MOVBU $0, R1", "MOVW $-1, R0", "MOVW $0x12345678, R0", "MOVW $0xffff0000, R0", "MOVW $0x10001, R0",
        "MOVK $(10<<32), R20", "MOVZ $(20<<16), R8", "MOVN $5, R1", "MOVKW $(3<<16), R2", "MOVZW $7, R3",
        // Address constants.
        "MOVD $8(RSP), R0", "MOVD $-16(R1), R2", "MOVD $100000(R1), R2", "MOVD $x+8(FP), R0", "MOVD $(RSP), R29",
        "MOVD $main·t0(SB), R0", "MOVD $main·t0+16(SB), R5",
        // Loads and stores: unsigned offset, unscaled, large, pre/post-index, indexed, pseudo-registers.
        "MOVD (R1), R2", "MOVD 8(R1), R2", "MOVD 12(R1), R2", "MOVD -8(R1), R2", "MOVD 32760(R1), R2", "MOVD 100000(R1), R2",
        "MOVD R2, (R1)", "MOVD R2, 16(RSP)", "MOVD R2, -256(R1)", "MOVD R2, 100000(R1)", "MOVD $0, 8(RSP)", "MOVD ZR, (R3)",
        "MOVW (R1), R2", "MOVW 4(R1), R2", "MOVW -4(R1), R2", "MOVWU 8(R1), R2", "MOVW R2, 12(R1)", "MOVWU R2, 12(R1)",
        "MOVH 2(R1), R2", "MOVHU 2(R1), R2", "MOVH R2, 6(R1)", "MOVHU R2, 1(R1)",
        "MOVB 1(R1), R2", "MOVBU 4095(R1), R2", "MOVB R2, -1(R1)", "MOVBU R2, 7(R1)",
        "MOVD.W R30, -48(RSP)", "MOVD.P 8(R1), R2", "MOVD.W -8(R1), R2", "MOVD.P R2, 16(R3)", "MOVW.P 4(R1), R2",
        "MOVBU.P 1(R1), R2", "MOVB.W R2, -1(R3)", "MOVHU.W 2(R1), R2",
        "MOVD (R1)(R2), R3", "MOVD (R1)(R2<<3), R3", "MOVW (R1)(R2<<2), R3", "MOVWU (R1)(R2), R3", "MOVBU (R1)(R2), R3",
        "MOVHU (R1)(R2<<1), R3", "MOVD R3, (R1)(R2<<3)", "MOVB R3, (R1)(R2)", "MOVD (R1)(R2.SXTW<<3), R3", "MOVD (R1)(R2.UXTW), R3",
        "MOVD x+0(FP), R0", "MOVD y+8(FP), R1", "MOVW z+16(FP), R2", "MOVD R0, ret+24(FP)", "MOVD v-8(SP), R3",
        // Pairs.
        "LDP (R1), (R2, R3)", "LDP 16(RSP), (R0, R1)", "LDP -8(RSP), (R29, R30)", "STP (R29, R30), -8(R20)", "STP (R0, R1), 504(R2)",
        "STP.W (R29, R30), -32(RSP)", "LDP.P 32(RSP), (R29, R30)", "LDPW (R1), (R2, R3)", "STPW (R2, R3), 8(R1)", "LDP 1024(R1), (R2, R3)",
        "FLDPD (R1), (F0, F1)", "FSTPD (F2, F3), 16(R1)",
        // Add/subtract.
        "ADD R1, R2, R3", "ADD R1, R2", "ADD R1<<3, R2, R3", "ADD R1>>3, R2, R3", "ADD R1->3, R2, R3", "ADDW R1, R2, R3",
        "ADD $1, R2, R3", "ADD $4095, R2", "ADD $4096, R2, R3", "ADD $0x123456, R1, R2", "ADD $0x1000000, R1, R2",
        "ADD $-5, R1", "SUB $5, R1", "SUB $8, RSP, R29", "ADD $48, RSP, RSP", "SUB $8016, RSP, R20", "SUB $8016, R1, R20",
        "ADD $0, R1, R2", "ADD $0, RSP, R2", "ADD R1, RSP, R2", "ADD R1, R2, RSP", "ADD R1.UXTW, R2, R3", "ADD R1.SXTW<<2, R2, R3",
        "ADD R1.UXTB, RSP, R3", "ADD $0x123456789, R1, R2", "ADDW $-1, R1, R2", "ADDW $0x12345, R1", "SUBW $1, R2",
        "ADDS R1, R2, R3", "ADDS $1, R2, R3", "SUBS $1, R2, R3", "SUBS R1<<2, R2, R3", "SUBS $0x123456, R1, R2", "ADDSW $4, R1, R2",
        "ADC R1, R2, R3", "ADCS R1, R2, R3", "SBC R1, R2, R3", "SBCS R1, R2", "ADCW R1, R2, R3",
        "NEG R1, R2", "NEG R1<<2, R2", "NEGW R1, R2", "NEGS R1, R2",
        "CMP $0, R1", "CMP $5, R1", "CMP $-5, R1", "CMP R1, R2", "CMP R1, RSP", "CMP R1<<4, R2", "CMP $0x123456, R1",
        "CMPW $7, R1", "CMPW R1, R2", "CMN $5, R1", "CMNW R1, R2", "CMP $4096, R3",
        // Logical.
        "AND R1, R2, R3", "AND $0xff, R1, R2", "AND $0xff, R1", "AND $7, R1, RSP", "ORR $1, R1, R2", "EOR $-1, R1, R2",
        "AND $0x12345, R1, R2", "ANDW $0xff, R1, R2", "ORRW $0xffff0000, R1, R2", "EORW R1, R2, R3", "ANDS $1, R1, R2",
        "ANDS R1, R2, R3", "BIC R1, R2, R3", "BIC $1, R1, R2", "ORN R1, R2, R3", "EON R1, R2, R3", "BICS R1, R2, R3",
        "ORR R1<<7, R2, R3", "EOR R1@>7, R2, R3", "AND R1>>1, R2, R3", "ORRW R1->3, R2, R3",
        "TST $7, R1", "TST R1, R2", "TSTW $1, R1", "TST R1<<2, R2", "MVN R1, R2", "MVNW R1, R2", "MVN R1<<3, R2",
        // Shifts and bitfields.
        "LSL $3, R1, R2", "LSR $3, R1, R2", "ASR $3, R1, R2", "ROR $3, R1, R2", "LSL $1, R1", "LSLW $3, R1, R2",
        "LSRW $31, R1, R2", "ASRW $1, R1, R2", "RORW $5, R1, R2", "LSL R3, R1, R2", "LSR R3, R1, R2", "ASR R3, R1, R2",
        "ROR R3, R1, R2", "LSLW R3, R1, R2", "LSL $63, R1, R2", "LSR $0, R1, R2",
        "SXTB R1, R2", "SXTH R1, R2", "SXTW R1, R2", "UXTB R1, R2", "UXTH R1, R2", "UXTW R1, R2",
        "SXTBW R1, R2", "SXTHW R1, R2", "UXTBW R1, R2", "UXTHW R1, R2",
        "UBFX $3, R1, $5, R2", "SBFX $3, R1, $5, R2", "UBFIZ $34, R26, $5, R20", "SBFIZ $3, R1, $5, R2",
        "BFI $16, R20, $6, R0", "BFXIL $3, R1, $5, R2", "BFIW $16, R20, $6, R0", "UBFXW $1, R1, $4, R2",
        "UBFM $3, R1, $5, R2", "SBFM $3, R1, $5, R2", "BFM $3, R1, $5, R2", "EXTR $7, R1, R2, R3",
        "CLZ R1, R2", "CLZW R1, R2", "RBIT R1, R2", "RBITW R1, R2", "REV R1, R2", "REVW R1, R2", "REV16 R1, R2", "REV32 R1, R2",
        "CLS R1, R2",
        // Multiply and divide.
        "MUL R1, R2, R3", "MUL R1, R2", "MULW R1, R2, R3", "MNEG R1, R2, R3", "MADD R2, R30, R22, R6", "MSUB R1, R2, R3, R4",
        "MADDW R1, R2, R3, R4", "SMULH R1, R2, R3", "UMULH R1, R2, R3", "SMULL R1, R2, R3", "UMULL R1, R2, R3",
        "SMADDL R1, R2, R3, R4", "UMSUBL R1, R2, R3, R4",
        "SDIV R1, R2, R3", "UDIV R1, R2, R3", "SDIVW R1, R2, R3", "UDIVW R1, R2", 
        // Conditional select and compare.
        "CSEL EQ, R1, R2, R3", "CSEL GT, R0, R19, R1", "CSINC NE, R1, R2, R3", "CSINV LT, R1, R2, R3", "CSNEG HS, R1, R2, R3",
        "CSELW LO, R1, R2, R3", "CSET EQ, R1", "CSET HI, R1", "CSETW LE, R1", "CSETM NE, R1", "CINC EQ, R1, R2", "CINV MI, R1, R2",
        "CNEG PL, R1, R2", "CSEL CS, R1, R2, R3", "CSEL CC, R1, R2, R3", "CSEL VS, R1, R2, R3", "CSEL VC, R1, R2, R3", "CSEL LS, R1, R2, R3", "CSEL GE, R1, R2, R3",
        "CCMP MI, R22, $12, $13", "CCMNW AL, R1, $11, $8", "CCMN VS, R13, R22, $10", "CCMPW HS, R19, R14, $11",
        // Branches (targets inside the case).
        "l: B l", "B 2(PC); NOOP; NOOP", "l: JMP l", "BL 1(PC); NOOP", "CALL main·t0(SB)", "BL main·t0(SB)", "JMP main·t0(SB)", "B main·t0(SB)",
        "JMP (R1)", "B (R3)", "CALL (R17)", "BL (R2)", "CALL R1", "RET",
        "l: BEQ l", "l: NOOP; BNE l", "BLT 2(PC); NOOP; NOOP", "BGE 1(PC); NOOP", "BLE 1(PC); NOOP", "BGT 1(PC); NOOP", "BLO 1(PC); NOOP", "BLS 1(PC); NOOP", "BHI 1(PC); NOOP",
        "BHS 1(PC); NOOP", "BMI 1(PC); NOOP", "BPL 1(PC); NOOP", "BVS 1(PC); NOOP", "BVC 1(PC); NOOP", "BCC 1(PC); NOOP", "BCS 1(PC); NOOP",
        "l: CBZ R1, l", "CBNZ R2, 2(PC); NOOP; NOOP", "CBZW R3, 1(PC); NOOP", "CBNZW R4, 1(PC); NOOP", "l: TBZ $3, R1, l", "TBNZ $63, R2, 1(PC); NOOP", "TBZ $0, R2, 1(PC); NOOP",
        "NOOP; l: NOOP; NOOP; B l",
        // System.
        "SVC", "SVC $0", "SVC $0x80", "BRK", "BRK $1", "HLT", "NOOP", "NOP", "NOP; MOVD R1, R2", "YIELD", "UNDEF", "MOVD NZCV, R0", "MOVD R0, FPSR",
        "DMB $0xe", "DMB $0xb", "DSB $0xf", "ISB $15", "WORD $0x12345678", "WORD $0xd503201f",
        "MRS TPIDR_EL0, R1", "MSR R1, TPIDR_EL0", "MRS NZCV, R2", "MSR R2, NZCV", "MRS FPCR, R3", "MSR R3, FPSR", "MRS CNTVCT_EL0, R4",
        "PCDATA $0, $-1; MOVD R1, R2", "FUNCDATA $0, main·t0(SB); NOOP", "BEQ 2(PC); PCDATA $0, $1; NOOP; NOOP",
        "PCALIGN $16; MOVD $2, R0", "MOVD $1, R1; PCALIGN $32; MOVD $2, R0",
        // Acquire/release and exclusives.
        "LDAR (R1), R2", "LDARW (R1), R2", "LDARB (R1), R2", "LDARH (R1), R2", "STLR R2, (R1)", "STLRW R2, (R1)", "STLRB R2, (R1)",
        "LDAXR (R1), R2", "LDAXRW (R1), R2", "LDAXRB (R1), R2", "LDXR (R1), R2", "LDXRW (R1), R2",
        "STLXR R1, (R2), R3", "STLXRW R1, (R2), R3", "STXR R1, (R2), R3", "STXRW R1, (R2), R3", "STLXRB R1, (R2), R3",
        // LSE atomics.
        "SWPALD R1, (R0), R2", "SWPALW R1, (R0), R2", "SWPD R1, (R0), R2", "SWPAH R1, (R2), R3", "SWPLB R1, (R2), R3",
        "LDADDALD R1, (R0), R2", "LDADDW R1, (R0), R2", "LDADDLD R1, (RSP), R3", "LDCLRALB R1, (R0), R2", "LDORALW R1, (R0), R2",
        "LDEORH R1, (R0), R2", "LDORAD R4, (R5), R6", "CASALD R1, (R0), R2", "CASW R1, (R0), R2", "CASAW R1, (R0), R2", "CASLD R1, (R0), R2", "CASALB R1, (R0), R2",
        // Floating point.
        "FMOVD F1, F2", "FMOVS F1, F2", "FMOVD R1, F2", "FMOVD F1, R2", "FMOVS R1, F2", "FMOVS F1, R2",
        "FMOVD $0.0, F0", "FMOVD $1.0, F0", "FMOVD $(-2.5), F3", "FMOVD $0.125, F1", "FMOVS $1.5, F2", "FMOVS $0.0, F2",
        "FMOVD (R1), F2", "FMOVD 8(R1), F2", "FMOVD F2, 16(RSP)", "FMOVS 4(R1), F2", "FMOVS F2, -4(R1)", "FMOVD.P 8(R1), F2",
        "FMOVD.W F2, -16(RSP)", "FMOVD (R1)(R2<<3), F3", "FMOVD x+8(FP), F0",
        "FADDD F1, F2, F3", "FADDD F1, F2", "FSUBD F1, F2, F3", "FMULD F1, F2, F3", "FDIVD F1, F2, F3", "FADDS F1, F2, F3",
        "FSUBS F1, F2, F3", "FMULS F1, F2, F3", "FDIVS F1, F2, F3", "FMAXD F1, F2, F3", "FMIND F1, F2, F3", "FNMULD F1, F2, F3",
        "FABSD F1, F2", "FNEGD F1, F2", "FSQRTD F1, F2", "FABSS F1, F2", "FNEGS F1, F2", "FSQRTS F1, F2",
        "FRINTZD F1, F2", "FRINTMD F1, F2", "FRINTPD F1, F2", "FRINTND F1, F2", "FRINTAS F1, F2",
        "FCMPD F1, F2", "FCMPS F1, F2", "FCMPD $(0.0), F2", "FCMPED F1, F2", "FCMPES F1, F2",
        "SCVTFD R1, F2", "SCVTFS R1, F2", "SCVTFWD R1, F2", "SCVTFWS R1, F2", "UCVTFD R1, F2", "UCVTFWS R1, F2",
        "FCVTZSD F1, R2", "FCVTZSS F1, R2", "FCVTZSDW F1, R2", "FCVTZSSW F1, R2", "FCVTZUD F1, R2", "FCVTZUSW F1, R2",
        "FCVTSD F1, F2", "FCVTDS F1, F2", "FCSELD EQ, F15, F18, F16", "FCSELS NE, F1, F2, F3",
        "FMADDD F30, F20, F3, F29", "FNMSUBS F7, F25, F7, F22", "FMSUBD F1, F2, F3, F4", "FNMADDD F1, F2, F3, F4",
        // Registers by their other names.
        "MOVD g, R1", "MOVD LR, R2", "MOVD R18_PLATFORM, R3", "ADD $1, g",
    ];

    [Fact]
    public void EveryCaseEncodesAsGcDoes()
    {
        var src = new System.Text.StringBuilder("#include \"textflag.h\"\n");
        for (int i = 0; i < Cases.Length; i++)
            src.Append($"TEXT ·t{i}(SB), NOSPLIT|NOFRAME, $0-32\n\t{Cases[i]}\n");
        var gc = GcAsm.Assemble(src.ToString());
        var ours = AsmRun.Object(src.ToString(), options: new AsmOptions { IncludeDirs = ["/usr/lib/go-1.19/pkg/include"] });
        var bad = new List<string>();
        for (int i = 0; i < Cases.Length; i++)
        {
            var want = gc[$"main.t{i}"];
            var got = AsmRun.Words(ours, $"main.t{i}");
            if (!GcCompare.SameCode(want, got))
                bad.Add($"{Cases[i],-40} gc: {Hex(want)}  gosharp: {Hex(got)}");
        }
        Assert.True(bad.Count == 0, $"{bad.Count} of {Cases.Length} cases differ from gc:\n" + string.Join("\n", bad));
    }

    private static string Hex(IEnumerable<uint> w) => string.Join(" ", w.Select(x => x.ToString("x8")));
}
