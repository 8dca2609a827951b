using Gosharp.Asm.Tests.Support;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Tests;

/// <summary>Mistakes in the source are UserErrors in gc's <c>file:line: message</c> form, all of a file's at once.</summary>
public class ErrorTests
{
    [Theory]
    [InlineData("TEXT ·f(SB), $0\n\tRET\n\tFOO R1\n", "x.s:3: unrecognized instruction \"FOO\"")]
    [InlineData("TEXT ·f(SB), $0\n\tMOVD $1, R0\n\tMOVD $1, (R1)\n", "x.s:3: illegal combination: MOVD $1, (R1)")]
    [InlineData("TEXT ·f(SB), $0\n\tB nowhere\n", "x.s:2: undefined label nowhere")]
    [InlineData("TEXT ·f(SB), $0\n\tB end\nend:\nTEXT ·g(SB), $0\n\tRET\n", "x.s:2: label end is not followed by an instruction")]
    [InlineData("TEXT ·f(SB), $0\n\tBEQ 2(PC)\n\tRET\n", "x.s:2: branch target 2(PC) is outside the function")]
    [InlineData("TEXT ·f(SB), $0\n\tMOVD.W R1, 1000(R2)\n", "x.s:2: offset out of range [-256,255]: MOVD.W R1, 1000(R2)")]
    [InlineData("TEXT ·f(SB), $0\n\tADDS R1, R2, RSP\n", "x.s:2: illegal combination: ADDS R1, R2, RSP")]
    [InlineData("TEXT ·f(SB), $0\n\tMOVD 8(SP), R1\n", "x.s:2: cannot reference SP without a symbol")]
    [InlineData("TEXT ·f(SB), $0\n\tMOVD R28, R1\n", "x.s:2: register R28 is reserved: write g")]
    [InlineData("TEXT ·f(SB), NOFRAME, $16\n\tRET\n", "x.s:1: NOFRAME functions must have a frame size of 0, not 16")]
    [InlineData("TEXT ·f(SB), $12\n\tRET\n", "x.s:1: unaligned frame size 12 - must be 16 aligned")]
    [InlineData("TEXT ·f(SB), $0\n\tRET\nTEXT ·f(SB), $0\n\tRET\n", "x.s:3: symbol main.f redeclared")]
    [InlineData("TEXT ·f(SB), $0\n\tLSL $64, R1, R2\n", "x.s:2: shift amount out of range 0 to 63: LSL $64, R1, R2")]
    [InlineData("TEXT ·f(SB), $0\n\tUBFX $60, R1, $8, R2\n", "x.s:2: width out of range 1 to 4: UBFX $60, R1, $8, R2")]
    [InlineData("DATA ·x+0(SB)/8, $1\nDATA ·x+4(SB)/4, $2\nGLOBL ·x(SB), $8\n", "x.s:2: overlapping DATA entry for main.x")]
    [InlineData("DATA ·x+8(SB)/8, $1\nGLOBL ·x(SB), $8\n", "x.s:1: DATA for main.x at offset 8 size 8 is beyond its size 8")]
    [InlineData("DATA ·x+0(SB)/8, $1\n", "x.s:1: DATA for main.x without GLOBL")]
    [InlineData("DATA ·x+0(SB)/2, $\"abc\"\nGLOBL ·x(SB), $8\n", "x.s:1: DATA string $\"abc\" is longer than its size 2")]
    [InlineData("DATA ·x+0(SB)/3, $1\nGLOBL ·x(SB), $8\n", "x.s:1: bad size 3 for DATA value $1")]
    [InlineData("TEXT ·f(SB), $0\n\tCALL x<>(SB)\n", "x.s:2: undefined file-local symbol x<>")]
    [InlineData("#include \"missing.h\"\n", "x.s:1: #include: open missing.h: no such file or directory")]
    [InlineData("#ifdef X\nTEXT ·f(SB), $0\n", "x.s:1: unclosed #ifdef or #ifndef")]
    [InlineData("#endif\n", "x.s:1: unmatched #endif")]
    [InlineData("#define F(a) a\nTEXT ·f(SB), $0\n\tF(1, 2)\n", "x.s:3: wrong arg count for macro F")]
    [InlineData("TEXT ·f(SB), $0\n\tMOVD $\"abc, R1\n", "x.s:2: string literal not terminated")]
    [InlineData("TEXT ·f(SB), $0\n\tMOVD $(1/0), R1\n", "x.s:2: division by zero")]
    [InlineData("MOVD R1, R2\n", "x.s:1: MOVD outside of a TEXT")]
    [InlineData("GLOBL ·x(SB), RODATA, $5000000000\n", "x.s:1: symbol main.x too large: 5000000000 bytes")]
    [InlineData("DATA ·x+0x7ffffffffffffff0(SB)/8, $1\nGLOBL ·x(SB), $8\n", "x.s:1: DATA for main.x at offset 9223372036854775792 size 8 is beyond its size 8")]
    public void ReportsMessageAndLine(string source, string message)
        => Assert.Equal(message, AsmRun.Errors(source));

    [Fact]
    public void LineDirectivesMoveErrorPositions()
        => Assert.Equal("hello.go:7: unrecognized instruction \"BAD\"",
            AsmRun.Errors("TEXT ·f(SB), $0\n#line 6 \"hello.go\"\n\tNOOP\n\tBAD\n"));

    [Fact]
    public void ErrorsInIncludedFilesNameThatFile()
    {
        using var dir = new Gosharp.TestSupport.TempDir("gosharp-asm-err");
        var inc = dir.Write("bad.h", "\n\tBAR R1\n");
        var msg = AsmRun.Errors("TEXT ·f(SB), $0\n#include \"bad.h\"\n\tFOO\n", Path.Combine(dir.Path, "x.s"));
        Assert.Equal($"{inc}:2: unrecognized instruction \"BAR\"\n{Path.Combine(dir.Path, "x.s")}:3: unrecognized instruction \"FOO\"", msg);
    }

    [Fact]
    public void AllErrorsOfAFileAreReportedUpToTen()
    {
        var src = "TEXT ·f(SB), $0\n" + string.Concat(Enumerable.Range(0, 15).Select(i => $"\tBAD{i}\n"));
        var err = Assert.Throws<UserError>(() => AsmRun.Bytes(src));
        Assert.Equal(11, err.Diagnostics.Count);
        Assert.Equal("x.s:2: unrecognized instruction \"BAD0\"", err.Diagnostics[0].ToString());
        Assert.Equal("x.s:11: unrecognized instruction \"BAD9\"", err.Diagnostics[9].ToString());
        Assert.Equal("too many errors", err.Diagnostics[10].ToString());
    }

    [Fact]
    public void SeveralKindsOfErrorsAreCollectedInOrder()
    {
        var msg = AsmRun.Errors("TEXT ·f(SB), $0\n\tFOO\n\tMOVD $1, (R1)\n\tB nowhere\n\tLSL $99, R1\n");
        Assert.Equal("x.s:2: unrecognized instruction \"FOO\"\nx.s:4: undefined label nowhere", msg);
        // Encoding errors come once the file parses.
        msg = AsmRun.Errors("TEXT ·f(SB), $0\n\tMOVD $1, (R1)\n\tLSL $99, R1\n");
        Assert.Equal("x.s:2: illegal combination: MOVD $1, (R1)\nx.s:3: shift amount out of range 0 to 63: LSL $99, R1", msg);
    }

    [Fact]
    public void DeeplyNestedExpressionsAreAnErrorNotAStackOverflow()
    {
        var deep = new string('(', 100_000) + "1" + new string(')', 100_000);
        Assert.Equal("x.s:2: expression nested too deeply", AsmRun.Errors($"TEXT ·f(SB), $0\n\tMOVD ${deep}, R1\n"));
        Assert.Equal("x.s:2: expression nested too deeply", AsmRun.Errors($"TEXT ·f(SB), $0\n\tFMOVD ${deep.Replace("1", "1.5")}, F1\n"));
    }

    /// <summary>Garbage never escapes as anything but a UserError.</summary>
    [Fact]
    public void GarbageIsReportedNotThrown()
    {
        var rng = new Random(1234);
        string[] pieces = ["MOVD", "TEXT", "DATA", "GLOBL", "$", "(", ")", ",", "R1", "RSP", "F3", "·x", "(SB)", "(FP)", "x-8(SP)", "<>",
            "+", "-", "<<", ">>", "->", "@>", ".", ".W", "\"s\"", "'c'", "#define", "#include", "#ifdef", "#endif", "#line", "1.5",
            "0x", "99999999999999999999999", "/", "*", ":", ";", "\n", "\t", "[", "]", "LDP", "CSEL", "EQ", "B", "l:", "TBZ", "\\", "`"];
        for (int round = 0; round < 300; round++)
        {
            var sb = new System.Text.StringBuilder(round % 2 == 0 ? "TEXT ·f(SB), $0\n" : "");
            for (int k = rng.Next(1, 40); k > 0; k--) sb.Append(pieces[rng.Next(pieces.Length)]).Append(rng.Next(3) == 0 ? " " : "");
            try { AsmRun.Bytes(sb.ToString()); }
            catch (UserError) { }
        }
        var bytes = new byte[4096];
        rng.NextBytes(bytes);
        try { AsmRun.Bytes(System.Text.Encoding.Latin1.GetString(bytes)); }
        catch (UserError) { }
    }
}
