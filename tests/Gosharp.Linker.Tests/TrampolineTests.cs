using Gosharp.Linker.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>Veneers for BL/B targets beyond ±128 MiB, in a text section made huge by a 129 MiB gap.</summary>
public class TrampolineTests
{
    private const int GapMiB = 129;

    [Fact]
    public void FarCallsAndTailJumpsGoThroughVeneersAndRun()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        // _rt0 calls main.far (forward, past the gap); main.far tail-jumps back to main.back (backward), which returns 42.
        var near = t.Assemble("near",
            Snippets.Func("_rt0_arm64_linux", "    adrp x9, main.gap\n    bl main.far\n" + Snippets.ExitX0) + // keeps the gap live
            Snippets.Func("main.back", "    mov x0, #42\n    ret\n"));
        // The gap is NOBITS, so the object stays small; the executable holds its zeros.
        var gap = t.Assemble("gap", $"""
                .section .text.gap,"ax",%nobits
                .globl main.gap
            main.gap:
                .zero {GapMiB} * 1024 * 1024

            """);
        var far = t.Assemble("far", Snippets.Func("main.far", "    b main.back\n"));
        var verbose = new StringWriter();
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", near, gap, far), Verbose = verbose });
        Assert.Contains("insert trampolines", verbose.ToString());
        Assert.Contains("(2 veneers)", verbose.ToString());

        Assert.Equal(42, Oracles.RunArm64(exe).ExitCode);

        var syms = ElfSymbols.Read(File.ReadAllBytes(exe));
        var veneerToFar = syms["main.far-tramp0"];
        var veneerToBack = syms["main.back-tramp0"];
        // Each veneer sits right after its caller, within reach of it, and jumps through X16.
        Assert.InRange(veneerToFar.Value, syms["_rt0_arm64_linux"].Value, syms["main.back"].Value);
        Assert.InRange(veneerToBack.Value, syms["main.far"].Value, syms["main.far"].Value + 64);
        var d = Toolchain.Objdump("-d", "--start-address=0x" + veneerToFar.Value.ToString("x"), "--stop-address=0x" + (veneerToFar.Value + 12).ToString("x"), exe);
        Assert.Matches(@"adrp\s+x16, [0-9a-f]+", d);
        Assert.Matches($@"add\s+x16, x16, #0x[0-9a-f]+", d);
        Assert.Matches(@"br\s+x16", d);
        var callSite = Toolchain.Objdump("-d", "--start-address=0x" + (syms["_rt0_arm64_linux"].Value + 4).ToString("x"),
            "--stop-address=0x" + (syms["_rt0_arm64_linux"].Value + 8).ToString("x"), exe);
        Assert.Contains("<main.far-tramp0>", callSite);
        // The runtime's function table names the veneers too.
        Assert.Contains(new FuncTabReader(exe).Funcs, f => f.Name == "main.far-tramp0" && f.Entry == veneerToFar.Value);
    }
}
