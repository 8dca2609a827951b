using Gosharp.Common.Diagnostics;
using Gosharp.Pack;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>-X, -buildid, -s, importcfg inputs, gcc's data layouts, and bad inputs.</summary>
public class LinkFeatureTests
{
    /// <summary>Prints the Go strings main.version (in .data, pointing at rodata) and main.empty (in .bss), then exits 0.</summary>
    private const string StringProgram = """
            .section .text._rt0_arm64_linux,"ax",%progbits
            .balign 16
            .globl _rt0_arm64_linux
            .type _rt0_arm64_linux, %function
        _rt0_arm64_linux:
            adrp x3, main.version
            add x3, x3, :lo12:main.version
            bl print
            adrp x3, main.empty
            add x3, x3, :lo12:main.empty
            bl print
            mov x0, #0
            mov x8, #94
            svc #0
        print:
            mov x0, #1
            ldr x1, [x3]
            ldr x2, [x3, #8]
            mov x8, #64
            svc #0
            ret

            .section .rodata.main.version.str,"a",%progbits
        main.version.str:
            .ascii "default"

            .section .data.main.version,"aw",%progbits
            .balign 8
            .globl main.version
            .type main.version, %object
        main.version:
            .xword main.version.str, 7
            .size main.version, 16

            .section .bss.main.empty,"aw",%nobits
            .balign 8
            .globl main.empty
            .type main.empty, %object
        main.empty:
            .zero 16
            .size main.empty, 16

            .section .noptrdata.main.count,"aw",%progbits
            .globl main.count
            .type main.count, %object
        main.count:
            .xword 1
            .size main.count, 8

        """;

    [Fact]
    public void XFlagSetsStringVariables()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("prog", StringProgram));
        Assert.Equal("default", Oracles.RunArm64(t.Link(new LinkOptions { MainArchive = main }, "plain")).Stdout);
        var exe = t.Link(new LinkOptions { MainArchive = main, XDefs = ["main.version=v1.2.3-gosharp", "main.empty=from bss", "other.missing=ignored"] }, "x");
        var r = Oracles.RunArm64(exe);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("v1.2.3-gosharpfrom bss", r.Stdout);
        // The last -X for a name wins, as with gc.
        var twice = t.Link(new LinkOptions { MainArchive = main, XDefs = ["main.version=one", "main.version=two"] }, "twice");
        Assert.Equal("two", Oracles.RunArm64(twice).Stdout);
    }

    [Fact]
    public void XFlagErrors()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("prog", StringProgram));
        var notString = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, XDefs = ["main.count=3"] }));
        Assert.StartsWith("main.count: cannot set with -X: not a var of type string", notString.Message);
        var bad = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, XDefs = ["noequals"] }));
        Assert.StartsWith("-X flag requires argument of the form importpath.name=value", bad.Message);
    }

    [Fact]
    public void BuildIdIsReadableByGoToolBuildid()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("prog", StringProgram));
        const string id = "abcDEF123/xyz_456-78";
        var exe = t.Link(new LinkOptions { MainArchive = main, BuildId = id });
        var r = Proc.Check(Oracles.Require(Oracles.Go), "tool", "buildid", exe);
        Assert.Equal(id, r.Stdout.Trim());
        Assert.Contains("NOTE", Toolchain.Readelf("-l", exe));
        Assert.Equal("default", Oracles.RunArm64(exe).Stdout);
    }

    [Fact]
    public void StripLeavesNoSymbolTable()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("prog", StringProgram));
        var exe = t.Link(new LinkOptions { MainArchive = main, StripSymbols = true });
        var s = Toolchain.ReadelfFull("-S", "-W", exe);
        Assert.Equal("", s.Stderr);
        Assert.DoesNotContain(".symtab", s.Stdout);
        Assert.Equal("default", Oracles.RunArm64(exe).Stdout);
    }

    [Fact]
    public void ImportcfgArchivesAreLinkedAndOtherLinesIgnored()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("rt0", Snippets.Func("_rt0_arm64_linux", "    bl fmt.Answer\n" + Snippets.ExitX0)));
        var fmtObj = t.Assemble("fmt", Snippets.Func("fmt.Answer", "    mov x0, #42\n    ret\n"));
        // A package archive also holding a member that is not ELF: skipped.
        var ar = ArArchive.ReadFile(t.Archive("fmt", fmtObj));
        ar.Members.Add(new ArMember("notes.txt", "not an object"u8.ToArray()));
        Directory.CreateDirectory(dir.File("pkg"));
        File.WriteAllBytes(dir.File("pkg/fmt.a"), ar.Write());
        var cfg = dir.Write("importcfg", """
            # import config
            importmap old/fmt=fmt
            packageshlib fmt=/nonexistent/libfmt.so

            packagefile fmt=pkg/fmt.a
            packagefile main=main.a
            """);
        var exe = t.Link(new LinkOptions { MainArchive = main, ImportCfg = cfg, WorkDir = dir.Path });
        Assert.Equal(42, Oracles.RunArm64(exe).ExitCode);

        var badCfg = dir.Write("bad.importcfg", "packagefile fmt\n");
        var e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, ImportCfg = badCfg }));
        Assert.StartsWith($"{badCfg}:1: invalid packagefile", e.Message);
        var missing = dir.Write("missing.importcfg", "packagefile fmt=nope.a\n");
        e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, ImportCfg = missing, WorkDir = dir.Path }));
        Assert.Equal($"open {dir.File("nope.a")}: no such file or directory", e.Message);
    }

    [Fact]
    public void GccDataBssCommonAndStringPointersWork()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var c = t.CompileC("lib", """
            const char *greeting = "hi gcc\n";
            static long counter;
            int shared_common;
            long len(const char *s) { long n = 0; while (s[n]) n++; return n; }
            long bump(void) { counter += 5; shared_common += 2; return counter + shared_common; }
            """, "-fcommon");
        var rt0 = t.Assemble("rt0", Snippets.Func("_rt0_arm64_linux", """
                adrp x1, greeting
                ldr x1, [x1, :lo12:greeting]
                mov x19, x1
                mov x0, x1
                bl len
                mov x2, x0
                mov x1, x19
                mov x0, #1
                mov x8, #64
                svc #0
                bl bump
                bl bump
            """ + Snippets.ExitX0));
        // The C object comes in an archive made by GNU ar (with its symbol index), named by the importcfg.
        Proc.Check(Oracles.Require(Oracles.Ar), "rcs", dir.File("libc_like.a"), c);
        var cfg = dir.Write("importcfg", $"packagefile clib={dir.File("libc_like.a")}\n");
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", rt0), ImportCfg = cfg });
        var r = Oracles.RunArm64(exe);
        Assert.Equal("hi gcc\n", r.Stdout);
        Assert.Equal(14, r.ExitCode); // counter 10 + shared_common 4
        Assert.Contains(" B shared_common", Toolchain.Nm(exe));
        Assert.Contains(" .bss ", Toolchain.Readelf("-S", "-W", exe));
    }

    [Theory]
    [InlineData("x86")]
    [InlineData("truncated")]
    [InlineData("exec")]
    [InlineData("garbage")]
    public void BadObjectsAreUserErrors(string kind)
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var main = t.Archive("main", t.Assemble("rt0", Snippets.Func("_rt0_arm64_linux", Snippets.ExitX0)));
        var good = File.ReadAllBytes(t.Assemble("other", Snippets.Func("f", "    ret\n")));
        var path = dir.File("bad.o");
        switch (kind)
        {
            case "x86": good[18] = 62; good[19] = 0; File.WriteAllBytes(path, good); break; // EM_X86_64
            case "truncated": File.WriteAllBytes(path, good[..200]); break;
            case "exec": File.Copy(t.Link(new LinkOptions { MainArchive = main }), path); break;
            default: File.WriteAllText(path, "this is not an object"); break;
        }
        var e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, ExtraObjects = [path] }));
        Assert.StartsWith(path + ":", e.Message);
    }
}
