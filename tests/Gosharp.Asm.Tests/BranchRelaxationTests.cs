using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Conditional branches (B.cond ±1 MiB, CBZ/CBNZ ±1 MiB, TBZ/TBNZ ±32 KiB) whose target is out of
/// range become the inverted branch over a B to the target. The expected words are binutils' for the
/// same code written out by hand in GNU syntax (binutils does not relax branches itself).
/// </summary>
public class BranchRelaxationTests
{
    private static string Nops(int n) => string.Concat(Enumerable.Repeat("\tNOOP\n", n));

    private static void AssertSameAsGnu(string plan9Body, string gnu)
    {
        var ours = AsmRun.Words(AsmRun.Object("#include \"textflag.h\"\nTEXT ·t0(SB), NOSPLIT|NOFRAME, $0-0\n" + plan9Body, options: OracleTable.Options), "main.t0");
        var want = GnuAs.AssembleEach([gnu])[0];
        Assert.Equal(want.Length, ours.Length);
        var diffs = Enumerable.Range(0, want.Length).Where(i => want[i] != ours[i]).Take(10)
            .Select(i => $"word {i}: as {want[i]:x8} gosharp {ours[i]:x8}").ToList();
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }

    [Fact]
    public void TestBitBranchesBeyond32KiBAreInvertedAroundAB()
    {
        // Forward and backward TBZ/TBNZ out of range, one in range next to them, and a CBZ that still reaches.
        var plan9 = "\tTBZ $1, R0, far\n\tCBZ R1, far\n\tTBNZ $63, R2, near\nnear:\n" + Nops(8200)
                    + "far:\n\tTBZ $3, R4, near\n\tTBNZ $40, R5, near\n\tTBZ $0, R6, far\n\tRET\n";
        var gnu = "tbnz x0, #1, 1f\nb far\n1: cbz x1, far\ntbnz x2, #63, near\nnear:\n.rept 8200\nnop\n.endr\n"
                  + "far: tbnz x4, #3, 2f\nb near\n2: tbz x5, #40, 3f\nb near\n3: tbz x6, #0, far\nret\n";
        AssertSameAsGnu(plan9, gnu);
    }

    [Fact]
    public void ConditionalAndCompareBranchesBeyond1MiBAreInvertedAroundAB()
    {
        var plan9 = "top:\n\tBEQ far\n\tBHI far\n\tCBZ R1, far\n\tCBNZW R2, far\n\tBLT near\nnear:\n" + Nops(262_200)
                    + "far:\n\tBNE top\n\tCBZW R3, top\n\tBMI near\n\tJMP top\n\tRET\n";
        var gnu = "top: b.ne 1f\nb far\n1: b.ls 2f\nb far\n2: cbnz x1, 3f\nb far\n3: cbz w2, 4f\nb far\n4: b.lt near\nnear:\n.rept 262200\nnop\n.endr\n"
                  + "far: b.eq 5f\nb top\n5: cbnz w3, 6f\nb top\n6: b.pl 7f\nb near\n7: b top\nret\n";
        AssertSameAsGnu(plan9, gnu);
    }

    [Fact]
    public void GrowingOneBranchCanPushAnotherOutOfRange()
    {
        // The first TBZ reaches mid only until the second one, between them, grows by a word.
        var plan9 = "\tTBZ $2, R0, mid\n\tTBZ $1, R0, far\n" + Nops(8189) + "mid:\n" + Nops(3) + "far:\n\tRET\n";
        var gnu = "tbnz x0, #2, 1f\nb mid\n1: tbnz x0, #1, 2f\nb far\n2:\n.rept 8189\nnop\n.endr\nmid:\n.rept 3\nnop\n.endr\nfar: ret\n";
        AssertSameAsGnu(plan9, gnu);
    }

    [Fact]
    public void AdrOutOfRangeIsAnError()
    {
        var src = "TEXT ·f(SB), NOSPLIT|NOFRAME, $0\n\tADR far, R1\n" + Nops(262_144) + "far:\n\tRET\n";
        Assert.Equal("x.s:2: branch out of range (1048580 bytes, the limit is ±1048576): ADR far, R1", AsmRun.Errors(src));
    }
}
