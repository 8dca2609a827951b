using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>Links tiny programs with gosharp's linker and runs them under qemu-aarch64.</summary>
public class RunProgramTests
{
    /// <summary>_rt0_arm64_linux in assembly: calls a C function made by gcc, writes a message, exits with the result.</summary>
    public const string Rt0 = """
            .section .text._rt0_arm64_linux,"ax",%progbits
            .balign 16
            .globl _rt0_arm64_linux
            .type _rt0_arm64_linux, %function
        _rt0_arm64_linux:
            mov x0, #20
            mov x1, #22
            bl add3
            mov x19, x0
            mov x0, #1
            adrp x1, main.msg
            add x1, x1, :lo12:main.msg
            mov x2, #19
            mov x8, #64
            svc #0
            mov x0, x19
            mov x8, #94
            svc #0
            .size _rt0_arm64_linux, . - _rt0_arm64_linux

            .section .rodata.main.msg,"a"
            .globl main.msg
            .type main.msg, %object
        main.msg:
            .ascii "hello from gosharp\n"
            .size main.msg, . - main.msg

            .section .text.main.unused,"ax",%progbits
            .balign 16
            .globl main.unused
            .type main.unused, %function
        main.unused:
            bl add3
            ret
            .size main.unused, . - main.unused

        """;

    public const string CSource = """
        int bias = 3;
        static const char tbl[] = "abc";
        int add3(int a, int b) { return a + b + bias + tbl[b & 1] - 'a'; }
        int unused_c_function(int x) { return x * 7 + bias; }
        """;

    private static (Toolchain T, LinkOptions Options) Build(TempDir dir, params string[] cflags)
    {
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("rt0", Rt0));
        var c = t.CompileC("add", CSource, cflags);
        return (t, new LinkOptions { MainArchive = main, ExtraObjects = [c] });
    }

    [Fact]
    public void AsmCallingGccFunctionRunsUnderQemu()
    {
        using var dir = new TempDir();
        var (t, options) = Build(dir);
        var exe = t.Link(options);
        var r = Oracles.RunArm64(exe);
        Assert.Equal("hello from gosharp\n", r.Stdout);
        Assert.Equal(45, r.ExitCode); // 20 + 22 + bias 3 + ('a' - 'a')
    }

    [Fact]
    public void ReadelfSeesAnArm64ExecutableWithTheRightSegments()
    {
        using var dir = new TempDir();
        var (t, options) = Build(dir);
        var exe = t.Link(options);
        var h = Toolchain.ReadelfFull("-a", "-W", exe); // headers, segments, sections, symbols, notes
        Assert.Equal("", h.Stderr); // no warnings
        Assert.Contains("EXEC (Executable file)", h.Stdout);
        Assert.Contains("AArch64", h.Stdout);
        var loads = h.Stdout.Split('\n').Where(l => l.TrimStart().StartsWith("LOAD", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, loads.Count);
        Assert.EndsWith("R E 0x10000", loads[0].TrimEnd());
        Assert.Contains("0x0000000000010000 0x0000000000010000", loads[0]); // text segment at 0x10000, offset 0
        Assert.EndsWith("R   0x10000", loads[1].TrimEnd());
        Assert.EndsWith("RW  0x10000", loads[2].TrimEnd());
        Assert.Contains("GNU_STACK", h.Stdout);
        foreach (var name in new[] { ".text", ".rodata", ".data", ".symtab", ".strtab", ".shstrtab" })
            Assert.Contains($" {name} ", h.Stdout);
    }

    [Fact]
    public void ObjdumpShowsFunctionNames()
    {
        using var dir = new TempDir();
        var (t, options) = Build(dir);
        var exe = t.Link(options);
        var d = Toolchain.Objdump("-d", exe);
        Assert.Contains("<_rt0_arm64_linux>:", d);
        Assert.Contains("<add3>:", d);
        Assert.Contains("bl\t", d);
        Assert.Matches(@"bl\s+[0-9a-f]+ <add3>", d);
    }

    [Fact]
    public void UnreachableFunctionsAreNotInTheOutput()
    {
        using var dir = new TempDir();
        var (t, options) = Build(dir, "-ffunction-sections", "-fdata-sections");
        var exe = t.Link(options);
        var nm = Toolchain.Nm(exe);
        Assert.Contains(" T add3", nm);
        Assert.Contains(" T _rt0_arm64_linux", nm);
        Assert.DoesNotContain("main.unused", nm);
        Assert.DoesNotContain("unused_c_function", nm);
        // gosharp's nm agrees.
        var sw = new StringWriter();
        Gosharp.Inspect.Nm.Run([exe], "name", false, sw);
        Assert.Contains(" T add3", sw.ToString());
        Assert.DoesNotContain("main.unused", sw.ToString());
        Assert.Equal(45, Oracles.RunArm64(exe).ExitCode);
    }

    [Fact]
    public void SameInputsGiveSameBytes()
    {
        using var dir = new TempDir();
        var (_, options) = Build(dir);
        Assert.Equal(Linker.Link(options), Linker.Link(options));
    }

    [Fact]
    public void VerbosePrintsTimedPhases()
    {
        using var dir = new TempDir();
        var (_, options) = Build(dir);
        var sw = new StringWriter();
        Linker.Link(options with { Verbose = sw });
        var text = sw.ToString();
        foreach (var phase in new[] { "read inputs", "resolve symbols", "mark live sections", "create output sections", "apply relocations", "write executable", "total" })
            Assert.Contains(phase, text);
    }
}
