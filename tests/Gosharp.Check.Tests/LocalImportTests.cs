using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.Pack;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// Local imports ("./a") as gc's compile resolves them with -D and -I, the way Go's test suite builds its
/// multi-package tests (compile -D test -I . -p test/a), and messages naming such packages. Expected
/// messages are gc 1.19's for the same commands.
/// </summary>
public class LocalImportTests
{
    [Theory]
    [InlineData("./a", "test", "test/a")]
    [InlineData("./a", "", "/work/dir/a")]
    [InlineData("../b/./c", "test/x", "test/b/c")]
    [InlineData(".", "test", "test")]
    [InlineData("fmt", "test", "fmt")]
    [InlineData("a", "test", "a")]
    public void LocalPathsAreJoinedToThePrefix(string path, string prefix, string want) =>
        Assert.Equal(want, LocalImports.Resolve(path, prefix, "/work/dir"));

    /// <summary>Compiles one package as the suite does; its archive goes to DIR/PATH.a, found by later compiles through -I.</summary>
    private static void Compile(TempDir dir, string pkgPath, string file, string src)
    {
        var result = GoCompiler.Compile([dir.Write(file, src)], Options(dir, pkgPath));
        var ar = new ArArchive();
        ar.Members.Add(new ArMember("__.PKGDEF", result.ExportData));
        var archive = dir.File(pkgPath + ".a");
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        File.WriteAllBytes(archive, ar.Write());
    }

    private static CompileOptions Options(TempDir dir, string pkgPath) =>
        new() { PackagePath = pkgPath, LocalImportPrefix = "test", ImportDirs = ["."], Cwd = dir.Path, NoErrorLimit = true };

    private static List<string> Errors(TempDir dir, string file, string src)
    {
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile([dir.Write(file, src)], Options(dir, "test/" + Path.GetFileNameWithoutExtension(file))));
        return e.Diagnostics.Select(d => d.ToString().Replace(dir.Path + "/", "")).ToList();
    }

    [Fact]
    public void UnusedLocalImportsAreNamedByPackagePath()
    {
        using var dir = new TempDir("gosharp-localimport");
        Compile(dir, "test/a", "a.go", "package surprise\n\nvar X int\n");
        Compile(dir, "test/b", "b.go", "package surprise2\n");
        Assert.Equal([
            "c.go:4:2: imported and not used: \"test/a\" as surprise",
            "c.go:5:2: imported and not used: \"test/b\" as surprise2",
            "c.go:6:2: imported and not used: \"test/b\"",
            "c.go:7:2: imported and not used: \"test/a\" as foo",   // the path as gc quotes it, not as written
        ], Errors(dir, "c.go", "package p\n\nimport (\n\t\"./a\"\n\t\"./b\"\n\tb \"./b\"\n\tfoo `./a`\n)\n"));
    }

    [Fact]
    public void TypesOfSameNamedPackagesAreQualifiedByPath()
    {
        using var dir = new TempDir("gosharp-localimport");
        const string a = "package a\n\ntype X string\n\nfunc NewX() X {\n\treturn \"\"\n}\n";
        Compile(dir, "test/a1", "a1.go", a);
        Compile(dir, "test/a2", "a2.go", a);
        Compile(dir, "test/b", "b.go", "package b\n\nimport \"./a2\"\n\ntype T struct {\n\tX a.X\n}\n");
        // c imports only a1 and b; a2 comes into reach through b, and its name clashes with a1's.
        Assert.Equal(["c.go:9:5: cannot use a.NewX() (value of type \"test/a1\".X) as type \"test/a2\".X in struct literal"],
            Errors(dir, "c.go", "package p\n\nimport (\n\t\"./a1\"\n\t\"./b\"\n)\n\nvar _ = b.T{\n\tX: a.NewX(),\n}\n"));
    }
}
