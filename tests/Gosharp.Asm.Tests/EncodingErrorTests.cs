using System.Text.RegularExpressions;
using Gosharp.Asm.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Instructions that parse but cannot be encoded: each gives its message at its line, and each is
/// an error for an oracle too: gc rejects the line, or, where gc silently truncates or accepts it,
/// binutils rejects the GNU-syntax twin.
/// </summary>
public partial class EncodingErrorTests
{
    /// <summary>(line, gosharp's message, GNU twin): a null twin means gc rejects the line; "" means no oracle has the form.</summary>
    public static readonly (string Line, string Message, string? Gnu)[] Cases =
    [
        ("ADD $1, F0, R1", "illegal combination: ADD $1, F0, R1", null),
        ("AND $0x12345678, F1, R2", "illegal combination: AND $0x12345678, F1, R2", null),
        ("MOVD $1, (R1)", "illegal combination: MOVD $1, (R1)", null),
        ("FMOVD $1.0, R1", "illegal combination: FMOVD $1.0, R1", null),
        ("LDP 8(R1), (R2, F3)", "illegal combination: LDP 8(R1), (R2, F3)", null),
        ("MOVD.W R1, 1000(R2)", "offset out of range [-256,255]: MOVD.W R1, 1000(R2)", null),
        ("MOVD.P 256(R1), R2", "offset out of range [-256,255]: MOVD.P 256(R1), R2", null),
        ("LSL $64, R1, R2", "shift amount out of range 0 to 63: LSL $64, R1, R2", null),
        ("UBFX $60, R1, $8, R2", "width out of range 1 to 4: UBFX $60, R1, $8, R2", null),
        ("TBZ $64, R1, 0(PC)", "bit number out of range 0 to 63: TBZ $64, R1, 0(PC)", null),
        ("EXTR $64, R1, R2, R3", "lsb out of range 0 to 63: EXTR $64, R1, R2, R3", null),
        ("VADD V1.B16, V2.B8, V3.B16", "invalid arrangement: VADD V1.B16, V2.B8, V3.B16", null),
        ("VEXT $16, V1.B16, V2.B16, V3.B16", "index out of range 0 to 15: VEXT $16, V1.B16, V2.B16, V3.B16", null),
        ("VEXT $8, V1.B8, V2.B8, V3.B8", "index out of range 0 to 7: VEXT $8, V1.B8, V2.B8, V3.B8", null),
        ("VLD1.P 8(R1), [V1.B16]", "invalid post-increment offset (must be 16): VLD1.P 8(R1), [V1.B16]", null),
        ("VUSHR $9, V1.B8, V2.B8", "shift out of range 1 to 8: VUSHR $9, V1.B8, V2.B8", null),
        ("VSHL $8, V1.B8, V2.B8", "shift out of range 0 to 7: VSHL $8, V1.B8, V2.B8", null),
        ("VAND V1.H8, V2.H8, V3.H8", "invalid arrangement: VAND V1.H8, V2.H8, V3.H8", null),
        ("VCNT V1.H8, V2.H8", "invalid arrangement: VCNT V1.H8, V2.H8", null),
        ("VUADDLV V1.D2, V2", "invalid arrangement: VUADDLV V1.D2, V2", null),
        ("VLD1 8(R1), [V1.B16]", "illegal combination: VLD1 8(R1), [V1.B16]", null),
        ("VMOVI $256, V1.B16", "immediate out of range 0 to 255: VMOVI $256, V1.B16", null),
        ("VUXTL V1.B16, V2.H8", "invalid arrangement: VUXTL V1.B16, V2.H8", null),
        ("VUMAX V1.D2, V2.D2, V3.D2", "invalid arrangement: VUMAX V1.D2, V2.D2, V3.D2", null),
        ("MOVD.W 8(R1), R1", "constrained unpredictable behavior: MOVD.W 8(R1), R1", null),
        ("LDP.P 16(R1), (R1, R2)", "constrained unpredictable behavior: LDP.P 16(R1), (R1, R2)", null),
        ("LDP (R1), (R2, R2)", "constrained unpredictable behavior: LDP (R1), (R2, R2)", null),
        ("STXP (R1, R2), (R3), R1", "constrained unpredictable behavior: STXP (R1, R2), (R3), R1", null),
        ("CASPD (R1, R2), (R3), (R4, R5)", "CASP needs an even register and the next one as a pair: CASPD (R1, R2), (R3), (R4, R5)", null),
        ("ADDS $1, R1, RSP", "illegal combination: ADDS $1, R1, RSP", null),
        ("MOVD $1, V1", "illegal combination: MOVD $1, V1", null),
        ("FADDD F1, R2, F3", "illegal combination: FADDD F1, R2, F3", null),
        ("TLBI VAE1IS", "TLBI VAE1IS needs register operand: TLBI VAE1IS", null),
        ("TLBI VMALLE1, R1", "TLBI VMALLE1 takes no register operand: TLBI VMALLE1, R1", null),
        ("MOVD (R1)(R2<<2), R3", "index shift must be 0 or 3: MOVD (R1)(R2<<2), R3", null),
        ("MOVW (R1)(R2<<3), R3", "index shift must be 0 or 2: MOVW (R1)(R2<<3), R3", null),
        ("SYS $1, R1", "illegal SYS argument: SYS $1, R1", null),
        ("CSET AL, R1", "illegal combination: CSET AL, R1", null),
        // gc 1.19 accepts these (truncating the field or ignoring the arrangement); binutils does not.
        ("SVC $0x10000", "immediate out of range 0 to 65535: SVC $0x10000", "svc #0x10000"),
        ("BRK $-1", "immediate out of range 0 to 65535: BRK $-1", "brk #-1"),
        ("HINT $128", "immediate out of range 0 to 127: HINT $128", "hint #128"),
        ("CCMP EQ, R1, $32, $1", "immediate out of range 0 to 31: CCMP EQ, R1, $32, $1", "ccmp x1, #32, #1, eq"),
        ("CCMP EQ, R1, $1, $16", "immediate out of range 0 to 15: CCMP EQ, R1, $1, $16", "ccmp x1, #1, #16, eq"),
        ("DMB $16", "immediate out of range 0 to 15: DMB $16", "dmb #16"),
        ("MSR $16, DAIFSet", "immediate out of range 0 to 15: MSR $16, DAIFSet", "msr daifset, #16"),
        ("PRFM 256(R1), $32", "immediate out of range 0 to 31: PRFM 256(R1), $32", "prfm #32, [x1, #256]"),
        ("PRFM 257(R1), PLDL1KEEP", "offset out of range: PRFM 257(R1), PLDL1KEEP", "prfm pldl1keep, [x1, #257]"),
        ("VTBL V1.B16, [V1.B8], V2.B16", "invalid arrangement: VTBL V1.B16, [V1.B8], V2.B16", "tbl v2.16b, {v1.8b}, v1.16b"),
        ("VLD2 (R1), [V1.B16]", "invalid arrangement: VLD2 (R1), [V1.B16]", "ld2 {v1.16b}, [x1]"),
        ("AESE V1.B8, V2.B8", "invalid arrangement: AESE V1.B8, V2.B8", "aese v2.8b, v1.8b"),
        ("DC FOO, R1", "unknown DC operation FOO: DC FOO, R1", "dc foo, x1"),
        // gc's own directives and pseudo-instructions, with gosharp's checks.
        ("PCALIGN $3", "alignment value of an instruction must be a power of two and in the range [8, 2048]: PCALIGN $3", ""),
        ("WORD $0x100000000", "WORD value does not fit in 32 bits: WORD $0x100000000", ""),
    ];

    [Fact]
    public void EachLineGivesItsMessage()
    {
        var bad = new List<string>();
        foreach (var (line, message, _) in Cases)
        {
            var got = AsmRun.Errors($"TEXT ·f(SB), NOSPLIT|NOFRAME, $0\n\t{line}\n");
            if (got != "x.s:2: " + message) bad.Add($"{line}: got {got}");
        }
        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void GcRejectsTheSameLines()
    {
        var lines = Cases.Where(c => c.Gnu == null).Select(c => c.Line).ToList();
        var src = "#include \"textflag.h\"\n" + string.Concat(lines.Select((l, i) => $"TEXT ·e{i}(SB), NOSPLIT|NOFRAME, $0\n\t{l}\n"));
        var go = Oracles.Require(Oracles.Go);
        using var dir = new TempDir("gosharp-gcerr");
        var file = dir.Write("e.s", src);
        var r = Proc.Run(go, ["tool", "asm", "-p", "main", "-I", "/usr/lib/go-1.19/pkg/include", "-o", dir.File("e.o"), file],
            env: new Dictionary<string, string> { ["GOOS"] = "linux", ["GOARCH"] = "arm64", ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "gosharp-asm-tests-gocache") });
        Assert.NotEqual(0, r.ExitCode);
        var gcLines = LineRef().Matches(r.Stderr).Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
        // gosharp reports the same lines (the whole file at once, up to its limit of 10 errors: compare the first ones).
        var ours = Assert.Throws<Gosharp.Common.Diagnostics.UserError>(() => AsmRun.Bytes(src, "e.s", OracleTable.Options));
        var ourLines = ours.Diagnostics.Where(d => d.Pos != null).Select(d => d.Pos!.Value.Line).ToList();
        Assert.Equal(10, ourLines.Count);
        Assert.All(ourLines, l => Assert.Contains(l, gcLines));
        var missing = lines.Select((l, i) => (l, Line: 3 + 2 * i)).Where(x => !gcLines.Contains(x.Line)).Select(x => x.l).ToList();
        Assert.True(missing.Count == 0, "gc accepts: " + string.Join(", ", missing));
    }

    [Fact]
    public void BinutilsRejectsTheTwinsOfWhatGcAccepts()
    {
        var twins = Cases.Where(c => !string.IsNullOrEmpty(c.Gnu)).ToList();
        using var dir = new TempDir("gosharp-gnuerr");
        var file = dir.Write("g.s", string.Concat(twins.Select(t => t.Gnu + "\n")));
        var r = Proc.Run(Oracles.Require(Oracles.As), ["-march=armv8.5-a+crypto", "-o", dir.File("g.o"), file]);
        Assert.NotEqual(0, r.ExitCode);
        var rejected = GnuLineRef().Matches(r.Stderr).Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
        var accepted = twins.Where((t, i) => !rejected.Contains(i + 1)).Select(t => t.Gnu).ToList();
        Assert.True(accepted.Count == 0, "binutils accepts: " + string.Join(", ", accepted) + "\n" + r.Stderr);
    }

    [GeneratedRegex(@"e\.s:(\d+)")]
    private static partial Regex LineRef();

    [GeneratedRegex(@"g\.s:(\d+): Error")]
    private static partial Regex GnuLineRef();
}
