using Gosharp.Asm.Tests.Support;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Functions are encoded as soon as their body ends; one that loads a symbol declared later waits for
/// the end of the file. Either way the object and the diagnostics are the same as if the whole file
/// had been read first.
/// </summary>
public class StreamingTests
{
    private const string Before = "GLOBL ·tls(SB), TLSBSS, $8\n";
    private const string Fn = "TEXT ·f(SB), NOSPLIT|NOFRAME, $0\n\tMOVD ·tls(SB), R1\n\tMOVD ·other(SB), R2\n\tRET\n";

    [Fact]
    public void AThreadLocalSymbolDeclaredAfterItsUseIsStillThreadLocal()
    {
        var opts = new AsmOptions { IncludeDirs = ["/usr/lib/go-1.19/pkg/include"] };
        var early = AsmRun.Object("#include \"textflag.h\"\n" + Before + Fn, options: opts);
        var late = AsmRun.Object("#include \"textflag.h\"\n" + Fn + Before, options: opts);
        Assert.Equal(AsmRun.Words(early, "main.f"), AsmRun.Words(late, "main.f"));
        foreach (var o in new[] { early, late })
            Assert.Equal([RelocType.TlsleMovwTprelG0, RelocType.AdrPrelPgHi21, RelocType.Ldst64AbsLo12Nc],
                o.RelocsFor(".text.main.f").Select(r => r.Type));
    }

    [Fact]
    public void EncodingErrorsStayInSourceOrderWhenAFunctionWaits()
    {
        var src = "TEXT ·a(SB), NOSPLIT, $0\n\tMOVD ·later(SB), R1\n\tSVC $0x10000\n\tRET\n"
                  + "TEXT ·b(SB), NOSPLIT, $0\n\tADD $1, F0, R1\n\tRET\n"
                  + "GLOBL ·later(SB), $8\n";
        Assert.Equal("x.s:3: immediate out of range 0 to 65535: SVC $0x10000\nx.s:6: illegal combination: ADD $1, F0, R1", AsmRun.Errors(src));
    }
}
