using Gosharp.Common.Diagnostics;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>-L: packages the importcfg does not name are found as DIR/PATH.a, following the archives' import lines.</summary>
public class LibDirTests
{
    private static string PkgDef(string path, params string[] imports) =>
        $"gosharp export v1\npackage {path[(path.LastIndexOf('/') + 1)..]} {path}\n" + string.Concat(imports.Select(i => $"import {i}\n")) +
        "func F ABIInternal func() int\n";

    /// <summary>main imports example.com/lib (in -L dir 1), which imports example.com/deep (in -L dir 2); the runtime is implicit.</summary>
    private static (Toolchain T, string Main, string Lib1, string Lib2) Build(TempDir dir)
    {
        var t = new Toolchain(dir);
        var main = t.PackageArchive("main", PkgDef("main", "example.com/lib", "unsafe"),
            t.GoAssemble("main", "TEXT ·main(SB), NOSPLIT|NOFRAME, $0-0\n\tJMP\t\"example.com/lib.F\"(SB)\n"));
        t.PackageArchive("lib1/example.com/lib", PkgDef("example.com/lib", "example.com/deep"),
            t.GoAssemble("lib", "TEXT ·F(SB), NOSPLIT|NOFRAME, $0-0\n\tJMP\t\"example.com/deep.F\"(SB)\n", "example.com/lib"));
        t.PackageArchive("lib2/example.com/deep", PkgDef("example.com/deep"),
            t.GoAssemble("deep", "TEXT ·F(SB), NOSPLIT, $0-0\n\tMOVD\t$33, R0\n\tRET\n", "example.com/deep"));
        t.PackageArchive("lib2/runtime", PkgDef("runtime"),
            t.GoAssemble("rt0", "TEXT _rt0_arm64_linux(SB), NOSPLIT|NOFRAME, $0-0\n\tBL\tmain·main(SB)\n\tMOVD\t$94, R8\n\tSVC\n", "runtime"));
        return (t, main, dir.File("lib1"), dir.File("lib2"));
    }

    [Fact]
    public void ImportsAreFoundTransitivelyInTheLibDirs()
    {
        using var dir = new TempDir();
        var (t, main, lib1, lib2) = Build(dir);
        var verbose = new StringWriter();
        var exe = t.Link(new LinkOptions { MainArchive = main, LibDirs = [lib1, lib2], Verbose = verbose });
        Assert.Equal(33, Oracles.RunArm64(exe).ExitCode);
        Assert.Contains("(4 objects,", verbose.ToString());
        // DWARF names each compile unit by its package path, from __.PKGDEF.
        var info = Toolchain.Readelf("--debug-dump=info", exe);
        foreach (var pkg in new[] { "main", "example.com/lib", "example.com/deep", "runtime" })
            Assert.Contains($"DW_AT_name        : {pkg}\n", info);
    }

    [Fact]
    public void ImportcfgTakesPrecedenceOverLibDirs()
    {
        using var dir = new TempDir();
        var (t, main, lib1, lib2) = Build(dir);
        // Another example.com/lib, named by the importcfg, which does not import deep.
        var other = t.PackageArchive("other/lib", PkgDef("example.com/lib"),
            t.GoAssemble("otherlib", "TEXT ·F(SB), NOSPLIT, $0-0\n\tMOVD\t$7, R0\n\tRET\n", "example.com/lib"));
        var cfg = dir.Write("importcfg", $"packagefile example.com/lib={other}\n");
        var verbose = new StringWriter();
        var exe = t.Link(new LinkOptions { MainArchive = main, ImportCfg = cfg, LibDirs = [lib1, lib2], Verbose = verbose });
        Assert.Equal(7, Oracles.RunArm64(exe).ExitCode);
        Assert.Contains("(3 objects,", verbose.ToString()); // main, other lib, runtime: neither lib1's lib nor deep
    }

    [Fact]
    public void AMissingPackageIsAnError()
    {
        using var dir = new TempDir();
        var (t, main, lib1, _) = Build(dir);
        var e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, LibDirs = [lib1] }));
        Assert.Equal($"cannot find package example.com/deep: not in -importcfg, and no example.com/deep.a in {lib1}", e.Message);
        var cfg = dir.Write("importcfg", "# nothing\n");
        e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main, ImportCfg = cfg }));
        Assert.Equal("cannot find package example.com/lib (using -importcfg)", e.Message);
    }
}
