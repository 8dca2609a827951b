using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.Compiler.Export;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// What compile does with the errors of a package, through the compiler's API: sorted by position,
/// at most 10 then "too many errors", every one with -e. The expected lines are gc 1.19's output
/// (go tool compile [-e] -p main z.go) on the same program, with Go 1.22's wording where it differs.
/// </summary>
public class ErrorLimitTests
{
    /// <summary>One unused variable (reported when its function is done: after the errors below it) and 12 bad assignments.</summary>
    private static string Program()
    {
        var sb = new StringBuilder("package main\n\nfunc main() {\n\ta := 1\n");
        for (int i = 1; i <= 12; i++) sb.Append($"\tvar x{i} int = \"s\"\n");
        return sb.Append("}\n").ToString();
    }

    private static List<string> Compile(bool all)
    {
        using var dir = new TempDir("gosharp-check");
        dir.Write("z.go", Program());
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["z.go"], new CompileOptions { Cwd = dir.Path, NoErrorLimit = all }));
        return e.Diagnostics.Select(d => d.ToString()).ToList();
    }

    [Fact]
    public void AtMostTenErrorsThenTooManyErrors()
    {
        var got = Compile(all: false);
        string[] gc =
        [
            "z.go:5:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:6:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:7:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:8:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:9:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:10:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:11:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:12:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:13:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:14:16: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:14:16: too many errors"
        ];
        Assert.Equal(gc, got);
    }

    [Fact]
    public void MinusELiftsTheLimitAndErrorsAreSortedByPosition()
    {
        string[] gc =
        [
            "z.go:4:2: a declared but not used",
            "z.go:5:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:6:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:7:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:8:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:9:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:10:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:11:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:12:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:13:15: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:14:16: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:15:16: cannot use \"s\" (untyped string constant) as int value in variable declaration",
            "z.go:16:16: cannot use \"s\" (untyped string constant) as int value in variable declaration"
        ];
        Assert.Equal(gc, Compile(all: true));
    }

    [Fact]
    public void ExportDataOfAnotherVersionIsAClearError()
    {
        var importer = new PackageImporter(_ => ("old.a", Encoding.UTF8.GetBytes("gosharp export v1\npackage p p\n")));
        var e = Assert.Throws<UserError>(() => importer.Import("p"));
        Assert.Equal($"old.a: export data version v1, want {ExportData.Header["gosharp export ".Length..]} (recompile the package)", e.Message);
    }

    [Fact]
    public void ExportDataOfAnotherFormatIsCorrupt()
    {
        var importer = new PackageImporter(_ => ("gc.a", Encoding.UTF8.GetBytes("go object linux arm64 go1.19.8 X:\n")));
        var e = Assert.Throws<UserError>(() => importer.Import("p"));
        Assert.StartsWith("gc.a: corrupt export data (line 1): not gosharp export data", e.Message);
    }

    [Fact]
    public void ArchiveWithoutExportDataIsAClearError()
    {
        using var dir = new TempDir("gosharp-check");
        var ar = new Gosharp.Pack.ArArchive();
        ar.Members.Add(new Gosharp.Pack.ArMember("_go_.o", [1, 2, 3]));
        File.WriteAllBytes(dir.File("lib.a"), ar.Write());
        dir.Write("importcfg", "packagefile example.com/lib=lib.a\n");
        var importer = PackageImporter.FromImportCfg("importcfg", dir.Path);
        var e = Assert.Throws<UserError>(() => importer.Import("example.com/lib"));
        Assert.Contains("no __.PKGDEF member", e.Message);
    }

    [Fact]
    public void MissingArchiveIsAClearError()
    {
        using var dir = new TempDir("gosharp-check");
        dir.Write("importcfg", "packagefile example.com/lib=nowhere.a\n");
        var importer = PackageImporter.FromImportCfg("importcfg", dir.Path);
        var e = Assert.Throws<UserError>(() => importer.Import("example.com/lib"));
        Assert.Contains("no such file or directory", e.Message);
    }
}
