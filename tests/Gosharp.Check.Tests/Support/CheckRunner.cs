using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Types;
using Gosharp.TestSupport;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Check.Tests.Support;

/// <summary>Type-checks small programs; their standard-library imports are checked from GOROOT source (once per test run).</summary>
public static class CheckRunner
{
    private static readonly SourceImporter std = new(SourceImporter.GoRootSrc);
    private static readonly Lock stdLock = new();

    /// <summary>A standard-library package checked from source (shared by all tests).</summary>
    public static SourceImporter.Result? Std(string path)
    {
        lock (stdLock) return std.Check(path);
    }

    /// <summary>Every standard-library package checked so far, by path.</summary>
    public static List<(string Path, SourceImporter.Result Result)> StdPackages()
    {
        lock (stdLock) return std.Packages.Where(p => p.Value != null).Select(p => (p.Key, p.Value!)).ToList();
    }

    public static PackageInfo? ImportStd(string path)
    {
        if (path == "unsafe") return Universe.Unsafe;
        lock (stdLock) return std.Import(path);
    }

    public sealed record Checked(PackageInfo Package, Info Info, IReadOnlyList<Ast.File> Files, IReadOnlyList<Diagnostic> Errors)
    {
        /// <summary>The errors as gc prints them ("file:line:col: message"), sorted by position.</summary>
        public IReadOnlyList<string> Messages => Errors
            .OrderBy(d => d.Pos?.File ?? "", StringComparer.Ordinal).ThenBy(d => d.Pos?.Line ?? 0).ThenBy(d => d.Pos?.Col ?? 0)
            .Select(d => d.ToString()).ToList();
    }

    /// <summary>Parses and checks one package made of the given files (name, text); syntax errors fail the test.</summary>
    public static Checked Check(params (string Name, string Text)[] sources) => Check("main", null, sources);

    public static Checked Check(string pkgPath, Func<string, PackageInfo?>? importer, params (string Name, string Text)[] sources)
    {
        var files = new List<Ast.File>();
        foreach (var (name, text) in sources)
        {
            var r = GoParser.ParseFile(name, text);
            Assert.True(r.Diagnostics.Count == 0, $"syntax errors in {name}:\n{string.Join("\n", r.Diagnostics)}");
            files.Add(r.File);
        }
        var errors = new DiagnosticBag { Limit = int.MaxValue };
        var (pkg, info) = Checker.CheckPackage(pkgPath, files, importer ?? ImportStd, errors);
        return new Checked(pkg, info, files, errors.Items);
    }

    public static Checked CheckSource(string text, string name = "x.go") => Check((name, text));

    /// <summary>Checks source that must be free of errors.</summary>
    public static Checked CheckValid(string text, string name = "x.go")
    {
        var c = CheckSource(text, name);
        Assert.True(c.Errors.Count == 0, "unexpected errors:\n" + string.Join("\n", c.Messages));
        return c;
    }

    public static string TestData(params string[] parts) =>
        Path.Combine([Repo.Root, "tests", "Gosharp.Check.Tests", "testdata", .. parts]);
}
