using System.Diagnostics;
using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

public class PerformanceTests
{
    /// <summary>A 10,000-line file of varied instructions, DATA and labels.</summary>
    private static string BigSource()
    {
        string[] body =
        [
            "MOVD $12345, R1", "ADD R1, R2, R3", "MOVD 8(RSP), R4", "MOVD R4, 16(RSP)", "CMP $5, R1", "CSEL EQ, R1, R2, R3",
            "LSL $3, R1, R2", "MOVD $0x123456789, R5", "BL ·f0(SB)", "MOVD x-8(SP), R6", "STP (R1, R2), 24(RSP)",
            "LDP 24(RSP), (R1, R2)", "MOVD $·data(SB), R7", "MOVW ·data+8(SB), R8", "FADDD F1, F2, F3", "SUBS $1, R9, R9",
        ];
        var sb = new System.Text.StringBuilder("DATA ·data+0(SB)/8, $1\nGLOBL ·data(SB), $16\n");
        for (int f = 0; f < 100; f++)
        {
            sb.Append($"TEXT ·f{f}(SB), $64-16\nloop:\n");
            for (int i = 0; i < 97; i++) sb.Append('\t').Append(body[(f + i) % body.Length]).Append('\n');
            sb.Append("\tBNE loop\n\tRET\n");
        }
        return sb.ToString();
    }

    [Fact]
    public void TenThousandLinesAssembleWellUnderASecond()
    {
        var src = BigSource();
        Assert.True(src.Count(c => c == '\n') >= 10_000);
        AsmRun.Bytes("TEXT ·w(SB), $0\nRET\n"); // warm up the JIT on a small file
        var sw = Stopwatch.StartNew();
        var first = AsmRun.Bytes(src);
        sw.Stop();
        Assert.True(sw.ElapsedMilliseconds < 1000, $"took {sw.ElapsedMilliseconds} ms");
        Assert.Equal(first, AsmRun.Bytes(src));
    }
}
