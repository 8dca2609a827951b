using System.Diagnostics;
using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

public class PerformanceTests
{
    /// <summary>A file of varied instructions, DATA and labels: about 100 lines per function.</summary>
    private static string BigSource(int functions = 100)
    {
        string[] body =
        [
            "MOVD $12345, R1", "ADD R1, R2, R3", "MOVD 8(RSP), R4", "MOVD R4, 16(RSP)", "CMP $5, R1", "CSEL EQ, R1, R2, R3",
            "LSL $3, R1, R2", "MOVD $0x123456789, R5", "BL ·f0(SB)", "MOVD x-8(SP), R6", "STP (R1, R2), 24(RSP)",
            "LDP 24(RSP), (R1, R2)", "MOVD $·data(SB), R7", "MOVW ·data+8(SB), R8", "FADDD F1, F2, F3", "SUBS $1, R9, R9",
        ];
        var sb = new System.Text.StringBuilder("DATA ·data+0(SB)/8, $1\nGLOBL ·data(SB), $16\n");
        for (int f = 0; f < functions; f++)
        {
            sb.Append($"TEXT ·f{f}(SB), $64-16\nloop:\n");
            for (int i = 0; i < 97; i++) sb.Append('\t').Append(body[(f + i) % body.Length]).Append('\n');
            sb.Append("\tBNE loop\n\tRET\n");
        }
        return sb.ToString();
    }

    /// <summary>Best of three runs, in milliseconds.</summary>
    private static double Time(string src)
    {
        var best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            AsmRun.Bytes(src);
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        return best;
    }

    // Speed itself is measured by bench/, not asserted here (the machines are shared and noisy): this
    // checks that assembly time grows linearly with the input, which a quadratic step would break.
    [Fact]
    public void AssemblyTimeGrowsLinearly()
    {
        // Inputs big enough that JIT tiering and timer noise are small next to the work itself.
        var small = BigSource(50);
        var big = BigSource(500);
        Assert.True(big.Count(c => c == '\n') >= 50_000);
        AsmRun.Bytes("TEXT ·w(SB), $0\nRET\n"); // warm up the JIT
        Time(small);
        Time(big);
        var ratio = Time(big) / Math.Max(1, Time(small));
        Assert.True(ratio < 40, $"10x the input took {ratio:F1}x the time");
        Assert.Equal(AsmRun.Bytes(big), AsmRun.Bytes(big));
    }
}
