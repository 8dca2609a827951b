using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Syntax;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Check.Tests.Support;

/// <summary>
/// Type-checks packages of a Go source tree (gc 1.19's GOROOT/src) from source, importing their
/// dependencies recursively the same way. Each package is checked once; its errors are kept.
/// Not thread-safe: use one instance per test (or lock around it).
/// </summary>
public sealed class SourceImporter(string srcRoot)
{
    public const string GoRootSrc = "/usr/lib/go-1.19/src";

    public sealed record Result(PackageInfo Package, Info Info, IReadOnlyList<Ast.File> Files, IReadOnlyList<Diagnostic> Errors);

    private readonly Dictionary<string, Result?> done = new(StringComparer.Ordinal);
    private readonly HashSet<string> inProgress = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Exception> crashes = new(StringComparer.Ordinal);

    /// <summary>Packages whose check threw (they count as not found for their importers).</summary>
    public IReadOnlyDictionary<string, Exception> Crashes => crashes;

    /// <summary>Every package checked so far, by import path.</summary>
    public IReadOnlyDictionary<string, Result?> Packages => done;

    /// <summary>The directory and package path for an import path (std, GOROOT/src/vendor or GOROOT/src/cmd/vendor).</summary>
    public (string Dir, string PkgPath)? Locate(string path)
    {
        var dir = Path.Combine(srcRoot, path);
        if (Directory.Exists(dir) && GoFiles(dir).Count > 0) return (dir, path);
        var vdir = Path.Combine(srcRoot, "vendor", path);
        if (Directory.Exists(vdir)) return (vdir, "vendor/" + path);
        // The commands' own vendored modules (no package path is vendored in both trees).
        var cdir = Path.Combine(srcRoot, "cmd", "vendor", path);
        if (Directory.Exists(cdir) && GoFiles(cdir).Count > 0) return (cdir, "cmd/vendor/" + path);
        return null;
    }

    public static List<string> GoFiles(string dir, bool tests = false) =>
        Directory.GetFiles(dir, "*.go").Select(Path.GetFileName).Where(n => BuildConstraints.FileName(n!, tests))
            .Where(n => BuildConstraints.Content(File.ReadAllText(Path.Combine(dir, n!)))).Select(n => Path.Combine(dir, n!))
            .Order(StringComparer.Ordinal).ToList();

    public PackageInfo? Import(string path)
    {
        if (path == "unsafe") return Universe.Unsafe;
        return Check(path)?.Package;
    }

    /// <summary>Checks the package with this import path (and its imports); null when not found or cyclic.</summary>
    public Result? Check(string path)
    {
        if (done.TryGetValue(path, out var r)) return r;
        if (!inProgress.Add(path)) return null;
        try
        {
            var loc = Locate(path);
            if (loc == null) { done[path] = null; return null; }
            var files = new List<Ast.File>();
            var errors = new DiagnosticBag { Limit = int.MaxValue };
            foreach (var f in GoFiles(loc.Value.Dir))
            {
                var res = GoParser.ParseFile(f, File.ReadAllText(f));
                foreach (var d in res.Diagnostics) errors.Add(d);
                if (!res.HasErrors && !res.File.Decls.OfType<Ast.ImportDecl>().Any(i => i.Path.Value == "\"C\"")) files.Add(res.File);
            }
            PackageInfo pkg;
            Info info;
            try { (pkg, info) = Checker.CheckPackage(loc.Value.PkgPath, files, Import, errors); }
            catch (Exception e)
            {
                // Kept rather than rethrown: a survey goes on with the other packages.
                crashes[path] = e;
                done[path] = null;
                return null;
            }
            r = new Result(pkg, info, files, errors.Items);
            done[path] = r;
            return r;
        }
        finally { inProgress.Remove(path); }
    }

    /// <summary>
    /// An importer where path is the package with its internal tests, and every package depending on
    /// path is checked again against it (as go test rebuilds them), so that types agree.
    /// </summary>
    private Func<string, PackageInfo?> Recompiled(string path, PackageInfo? withTests)
    {
        var overlay = new Dictionary<string, PackageInfo?>(StringComparer.Ordinal) { [path] = withTests };
        var depends = new Dictionary<PackageInfo, bool>(ReferenceEqualityComparer.Instance);
        bool DependsOn(PackageInfo p)
        {
            if (depends.TryGetValue(p, out var d)) return d;
            depends[p] = false;
            return depends[p] = p.Imports.Any(i => i.Path == Locate(path)?.PkgPath || DependsOn(i));
        }
        PackageInfo? Imp(string p)
        {
            if (p == "unsafe") return Universe.Unsafe;
            if (overlay.TryGetValue(p, out var o)) return o;
            var plain = Check(p);
            if (plain == null || !DependsOn(plain.Package)) return plain?.Package;
            var files = plain.Files.Select(f => GoParser.ParseFile(f.FileName, File.ReadAllText(f.FileName)).File).ToList();
            var (pkg, _) = Checker.CheckPackage(plain.Package.Path, files, Imp, new DiagnosticBag { Limit = int.MaxValue });
            return overlay[p] = pkg;
        }
        return Imp;
    }

    /// <summary>
    /// Checks the package with its _test.go files (Internal: the package with the tests of the same
    /// package name) and the external test package (package x_test, importing the internal one as x),
    /// as go test builds them; null where there are no such test files. Not cached.
    /// </summary>
    public (Result? Internal, Result? External) CheckTests(string path)
    {
        var loc = Locate(path);
        if (loc == null) return (null, null);
        var parsed = new List<Ast.File>();
        var errors = new DiagnosticBag { Limit = int.MaxValue };
        foreach (var f in GoFiles(loc.Value.Dir, tests: true))
        {
            var res = GoParser.ParseFile(f, File.ReadAllText(f));
            foreach (var d in res.Diagnostics) errors.Add(d);
            if (!res.HasErrors && !res.File.Decls.OfType<Ast.ImportDecl>().Any(i => i.Path.Value == "\"C\"")) parsed.Add(res.File);
        }
        bool IsTest(Ast.File f) => f.FileName.EndsWith("_test.go", StringComparison.Ordinal);
        var name = parsed.FirstOrDefault(f => !IsTest(f))?.PkgName.Value;
        var xname = name + "_test";
        var own = parsed.Where(f => f.PkgName.Value != xname || name == null).ToList();
        var ext = parsed.Where(f => name != null && f.PkgName.Value == xname).ToList();
        Result? internalResult = null, externalResult = null;
        PackageInfo? under = Check(path)?.Package;
        if (own.Any(IsTest))
        {
            var (pkg, info) = Checker.CheckPackage(loc.Value.PkgPath, own, Import, errors);
            internalResult = new Result(pkg, info, own, errors.Items);
            under = pkg;
        }
        if (ext.Count > 0)
        {
            // Syntax errors of the test files go with the internal package if it was checked.
            var xerrors = internalResult == null ? errors : new DiagnosticBag { Limit = int.MaxValue };
            var importer = under == Check(path)?.Package ? Import : Recompiled(path, under);
            var (pkg, info) = Checker.CheckPackage(loc.Value.PkgPath + "_test", ext, importer, xerrors);
            externalResult = new Result(pkg, info, ext, xerrors.Items);
        }
        return (internalResult, externalResult);
    }
}
