using Gosharp.Common.Diagnostics;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>Symbol resolution: strong, weak (DUPOK) and local definitions, and the errors gc's linker gives.</summary>
public class SymbolResolutionTests
{
    /// <summary>_rt0_arm64_linux calls main.main and exits with what it returns in x0.</summary>
    private static readonly string Rt0 = Snippets.Func("_rt0_arm64_linux", "    bl main.main\n" + Snippets.ExitX0);

    private static UserError LinkError(Toolchain t, string mainArchive, params string[] extra) =>
        Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = mainArchive, ExtraObjects = extra }));

    [Fact]
    public void UndefinedTargetIsReportedAsGcDoes()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("main", Rt0 + Snippets.Func("main.main", "    b main.f\n")));
        var e = LinkError(t, main);
        Assert.Equal("main.main: relocation target main.f not defined", e.Message);
    }

    [Fact]
    public void MissingMainMainIsReportedAsGcDoes()
    {
        // gc's linker (cmd/link/internal/ld/errors.go) words an undefined main.main specially.
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("main", Rt0 + Snippets.Func("main.other", "    ret\n")));
        var e = LinkError(t, main);
        Assert.Equal("_rt0_arm64_linux: function main is undeclared in the main package", e.Message);
    }

    [Fact]
    public void EveryUndefinedTargetIsReportedOnce()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("main", Rt0 + Snippets.Func("main.main", """
                bl main.f
                bl main.g
                bl main.f
                ret
            """)));
        var e = LinkError(t, main);
        Assert.Equal(["main.main: relocation target main.f not defined", "main.main: relocation target main.g not defined"],
            e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void UndefinedTargetInDeadCodeIsNotAnError()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("main", Rt0
            + Snippets.Func("main.main", "    mov x0, #7\n    ret\n")
            + Snippets.Func("main.dead", "    b main.missing\n")));
        var exe = t.Link(new LinkOptions { MainArchive = main });
        Assert.Equal(7, Oracles.RunArm64(exe).ExitCode);
    }

    [Fact]
    public void TwoStrongDefinitionsAreAnErrorNamingBothFiles()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var a = t.Assemble("a", Rt0 + Snippets.Func("main.main", "    mov x0, #1\n    ret\n"));
        var b = t.Assemble("b", Snippets.Func("main.main", "    mov x0, #2\n    ret\n"));
        var main = t.Archive("main", a, b);
        var e = LinkError(t, main);
        Assert.Equal($"duplicate symbol definition of main.main in {main}(b.o), first defined in {main}(a.o)", e.Message);
    }

    [Fact]
    public void WeakDefinitionsKeepTheFirstAndLoseToAStrongOne()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        // main.main loads main.val (a DUPOK-style weak definition in two objects) and main.sval.
        string Val(string name, int v, bool weak) => $"""
                .section .noptrdata.{name},"aw",%progbits
                .balign 8
                {(weak ? ".weak" : ".globl")} {name}
                .type {name}, %object
            {name}:
                .xword {v}
                .size {name}, 8

            """;
        var main = t.Assemble("main", Rt0 + Snippets.Func("main.main", """
                adrp x1, main.val
                ldr x0, [x1, #:lo12:main.val]
                adrp x1, main.sval
                ldr x2, [x1, #:lo12:main.sval]
                add x0, x0, x2
                ret
            """));
        var first = t.Assemble("first", Val("main.val", 10, weak: true) + Val("main.sval", 100, weak: true));
        var second = t.Assemble("second", Val("main.val", 20, weak: true) + Val("main.sval", 50, weak: false));
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", main, first, second) });
        Assert.Equal(60, Oracles.RunArm64(exe).ExitCode); // first weak main.val (10) + the strong main.sval (50)
        // Only one main.val in the output, the first one.
        var nm = Toolchain.Nm(exe);
        Assert.Single(nm.Split('\n'), l => l.EndsWith(" main.val"));
    }

    [Fact]
    public void LocalSymbolsStayInTheirObject()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        string Helper(int v) => $"""
                .section .text.helper,"ax",%progbits
                .type helper, %function
            helper:
                mov x0, #{v}
                ret
                .size helper, . - helper

            """;
        var a = t.Assemble("a", Rt0 + Snippets.Func("main.main", """
                stp x29, x30, [sp, #-16]!
                bl helper
                mov x19, x0
                bl main.other
                add x0, x0, x19
                ldp x29, x30, [sp], #16
                ret
            """) + Helper(3));
        var b = t.Assemble("b", Snippets.Func("main.other", "    b helper\n") + Helper(30));
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", a, b) });
        Assert.Equal(33, Oracles.RunArm64(exe).ExitCode);
    }

    [Fact]
    public void MissingEntryIsAClearError()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("main", Snippets.Func("main.main", "    ret\n")));
        var e = LinkError(t, main);
        Assert.StartsWith("entry symbol _rt0_arm64_linux not defined", e.Message);
    }

    [Fact]
    public void LinkerDefinedSymbolsCannotBeRedefined()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("main", Rt0 + Snippets.Func("main.main", "    ret\n") + Snippets.Func("runtime.etext", "    ret\n")));
        var e = LinkError(t, main);
        Assert.Equal($"duplicate symbol definition of runtime.etext in {main}(main.o): the linker defines it", e.Message);
    }
}
