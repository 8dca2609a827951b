using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Whole functions, prologue, epilogue and stack-split check included, checked word for word
/// against Go 1.19's <c>go tool asm</c>.
/// </summary>
public class FramesVsGcTests
{
    /// <summary>Each case: TEXT flags and sizes, then the body (';' separated).</summary>
    public static readonly (string Text, string Body)[] Cases =
    [
        ("$0-0", "RET"),                                            // leaf, no frame
        ("$0-8", "BL ·callee(SB); RET"),                            // calls: LR saved in a 16-byte frame
        ("$8-0", "BL ·callee(SB); RET"),
        ("$16-0", "BL ·callee(SB); RET"),
        ("$24-8", "MOVD R0, 8(RSP); BL ·callee(SB); RET"),
        ("$32-16", "MOVD x+0(FP), R0; MOVD y-8(SP), R3; MOVD R0, 8(RSP); BL ·callee(SB); MOVD R0, ret+8(FP); RET"),
        ("$16-8", "MOVD y-8(SP), R0; RET"),                          // small leaf: frame, no split check
        ("$120-8", "MOVD y-8(SP), R0; RET"),                         // leaf at StackSmall: split check
        ("$200-8", "MOVD y-8(SP), R0; MOVD x+0(FP), R1; RET"),
        ("$232-0", "BL ·callee(SB); RET"),                          // largest MOVD.W prologue
        ("$240-0", "BL ·callee(SB); RET"),                          // SUB/STP/MOVD prologue
        ("$4000-8", "MOVD x+0(FP), R0; MOVD y-8(SP), R0; BL ·callee(SB); RET"),
        ("$4080-0", "BL ·callee(SB); RET"),
        ("$8000-8", "BL ·callee(SB); RET"),                         // SUBS + BLO guard against wrap-around
        ("$100000-0", "MOVD y-8(SP), R1; MOVD x+0(FP), R2; BL ·callee(SB); RET"),
        ("NOSPLIT, $32-0", "BL ·callee(SB); RET"),
        ("NOSPLIT|NOFRAME, $0-0", "BL ·callee(SB); RET"),
        ("NOFRAME, $0-16", "MOVD x+0(FP), R0; MOVD R0, ret+8(FP); RET"),
        ("$-8", "MOVD x+0(FP), R0; RET"),
        ("NEEDCTXT, $16-0", "BL ·callee(SB); RET"),
        ("WRAPPER, $16-0", "BL ·callee(SB); RET"),
        ("WRAPPER|NOSPLIT, $32-8", "BL ·callee(SB); RET"),
        ("$16-0", "CBZ R0, done; BL ·callee(SB); RET; done: MOVD $1, R0; RET"),
        ("$16-0", "loop: BL ·callee(SB); SUB $1, R0; CBNZ R0, loop; RET"),
        ("$48-0", "MOVD.W R1, -16(RSP); MOVD.P 16(RSP), R1; BEQ 2(PC); BL ·callee(SB); RET"),
        ("DUPOK, $16-0", "BL ·callee(SB); RET"),
        ("NOSPLIT, $16-0", "MOVD $1, R0; RET; MOVD $2, R0; RET"),
        ("TOPFRAME, $0-0", "BL ·callee(SB); RET"),
    ];

    [Fact]
    public void ProloguesEpiloguesAndSplitChecksMatchGc()
    {
        var src = new System.Text.StringBuilder("#include \"textflag.h\"\nTEXT ·callee(SB), NOSPLIT, $0\n\tRET\n");
        for (int i = 0; i < Cases.Length; i++)
            src.Append($"TEXT ·f{i}(SB), {Cases[i].Text}\n\t{Cases[i].Body.Replace("; ", "\n\t")}\n");
        var gc = GcAsm.Assemble(src.ToString());
        var ours = AsmRun.Object(src.ToString(), options: new AsmOptions { IncludeDirs = ["/usr/lib/go-1.19/pkg/include"] });
        var bad = new List<string>();
        for (int i = 0; i < Cases.Length; i++)
        {
            var want = gc[$"main.f{i}"];
            var got = AsmRun.Words(ours, $"main.f{i}");
            if (!GcCompare.SameCode(want, got))
                bad.Add($"TEXT {Cases[i].Text}: {Cases[i].Body}\n  gc:      {Hex(want)}\n  gosharp: {Hex(got)}");
        }
        Assert.True(bad.Count == 0, $"{bad.Count} of {Cases.Length} functions differ from gc:\n" + string.Join("\n", bad));
    }

    private static string Hex(IEnumerable<uint> w) => string.Join(" ", w.Select(x => x.ToString("x8")));
}
