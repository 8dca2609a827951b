using System.Text;
using System.Text.RegularExpressions;
using Gosharp.Cli.Build;
using Gosharp.Cli.Cli;
using Gosharp.Compiler.Driver;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests.GoTestSuite;

/// <summary>
/// The suite's multi-package tests: X.go says "// compiledir", "// rundir", "// errorcheckdir" or
/// "// errorcheckandrundir", and X.dir/ holds the packages. As run.go: the folder's .go files, in
/// sorted order, are grouped by package name (each file its own package with -s), and the packages
/// are compiled in the order their first files come, each with <c>compile -e -D test -I .</c> and
/// <c>-p test/FIRSTFILE</c> (<c>-p main</c> for package main), so "./a" imports the package
/// compiled from a.go. The standard library comes from gosharp's build (runtime-stubs archives),
/// named in the importcfg with each local package built so far.
/// </summary>
public static partial class GoSuiteTest
{
    public static readonly IReadOnlySet<string> DirActions = new HashSet<string>(StringComparer.Ordinal)
        { "compiledir", "rundir", "errorcheckdir", "errorcheckandrundir" };

    /// <summary>The flags of a dir action's line that we can honour; null for a line with any other flag.</summary>
    private sealed record DirRecipe(string Action, bool WantError, bool SingleFilePkgs);

    private static DirRecipe? ParseDirRecipe(string line)
    {
        var f = line[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length == 0 || !DirActions.Contains(f[0])) return null;
        bool wantError = f[0] == "errorcheckdir", single = false;
        foreach (var flag in f.Skip(1))
        {
            switch (flag)
            {
                case "-0": wantError = false; break;
                case "-1": wantError = true; break;
                case "-s": single = true; break;
                case var c when c.StartsWith("-c="): break;   // compile concurrency: no effect on results
                default: return null;                         // -m, -l, -d, -ldflags: optimizer and linker checks we do not make
            }
        }
        return new DirRecipe(f[0], wantError, single);
    }

    private sealed record DirPackage(string Name, List<string> Files);

    [GeneratedRegex(@"(?m)^package ([\p{Lu}\p{Ll}\w]+)")]
    private static partial Regex PackageClause();

    /// <summary>run.go's goDirPackages: files sorted, grouped by package name in order of first appearance.</summary>
    private static List<DirPackage> DirPackages(string dir, bool singleFilePkgs)
    {
        var pkgs = new List<DirPackage>();
        var byName = new Dictionary<string, DirPackage>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dir, "*.go").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            var m = PackageClause().Match(File.ReadAllText(Path.Combine(dir, file!)));
            if (!m.Success) throw new InvalidOperationException($"{file}: no package clause");
            var name = m.Groups[1].Value;
            if (singleFilePkgs || !byName.TryGetValue(name, out var p))
            {
                p = new DirPackage(name, []);
                pkgs.Add(p);
                byName[name] = p;
            }
            p.Files.Add(file!);
        }
        return pkgs;
    }

    private static string? CheckDir(string path, string line, TempDir tmp)
    {
        var recipe = ParseDirRecipe(line)!;
        var dir = Path.ChangeExtension(path, ".dir");
        var pkgs = DirPackages(dir, recipe.SingleFilePkgs);
        var err = new StringWriter();
        var std = StdArchives(dir, pkgs, tmp, err);
        if (std == null) return "building the standard library failed:\n" + err;
        var cfg = new StringBuilder();
        foreach (var (imp, archive) in std) cfg.Append($"packagefile {imp}={archive}\n");

        int errPkg = pkgs.Count - 1;
        if (recipe.WantError && recipe.Action == "errorcheckandrundir") errPkg--;
        bool errorCheck = recipe.Action is "errorcheckdir" or "errorcheckandrundir";
        string? mainArchive = null;
        for (int i = 0; i < pkgs.Count; i++)
        {
            var pkg = pkgs[i];
            var pkgPath = pkg.Name == "main" ? "main" : "test/" + Path.GetFileNameWithoutExtension(pkg.Files[0]);
            // Each package's pieces in its own folder (pack names members after the files: __.PKGDEF, _go_.o).
            var b = tmp.File($"b{i:D3}");
            Directory.CreateDirectory(b);
            var archive = Path.Combine(tmp.Path, (pkg.Name == "main" ? $"main{i}" : pkgPath) + ".a");
            Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
            File.WriteAllText(tmp.File("importcfg"), cfg.ToString());
            var compileErr = new StringWriter();
            var ctx = new ToolContext(dir, new StringWriter(), compileErr);
            var ok = GosharpCli.Run(["tool", "compile", "-e", "-D", "test", "-I", tmp.Path, "-p", pkgPath, "-importcfg", tmp.File("importcfg"),
                "-o", b + "/_go_.s", "-pkgdef", b + "/__.PKGDEF", .. pkg.Files], ctx) == 0;
            if (ok)
                ok = GosharpCli.Run(["tool", "asm", "-p", pkgPath, "-o", b + "/_go_.o", b + "/_go_.s"], ctx) == 0
                    && GosharpCli.Run(["tool", "pack", "c", archive, b + "/__.PKGDEF", b + "/_go_.o"], ctx) == 0;
            var output = compileErr.ToString();
            if (errorCheck)
            {
                if (i == errPkg && recipe.WantError && ok) return $"{string.Join(" ", pkg.Files)}: compilation succeeded unexpectedly";
                if (!ok && !(i == errPkg && recipe.WantError)) return $"{string.Join(" ", pkg.Files)}: compile failed:\n{output}";
                var problems = MatchErrors(pkg.Files.Select(f => (File.ReadAllText(Path.Combine(dir, f)), f)).ToList(), output);
                if (problems.Count > 0) return string.Join("\n", problems);
                if (!ok) continue;   // the package meant to fail (errorcheckandrundir: the one before the last)
            }
            else if (!ok) return $"{string.Join(" ", pkg.Files)}: compile failed:\n{output}";
            cfg.Append($"packagefile {pkgPath}={archive}\n");
            if (i == pkgs.Count - 1) mainArchive = archive;
        }
        if (recipe.Action is "compiledir" or "errorcheckdir") return null;

        // rundir: link the last package as the program, run it, compare with X.out.
        if (mainArchive == null) return "the last package did not compile";
        File.WriteAllText(tmp.File("importcfg.link"), cfg.ToString());
        var exe = tmp.File("a.exe");
        var linkErr = new StringWriter();
        if (GosharpCli.Run(["tool", "link", "-o", exe, "-importcfg", tmp.File("importcfg.link"), mainArchive], new ToolContext(tmp.Path, new StringWriter(), linkErr)) != 0)
            return "link failed:\n" + linkErr;
        return RunAndCompare(exe, path);
    }

    /// <summary>
    /// The standard-library archives the packages need, with their dependencies and the runtime: a
    /// program importing every non-local import of the folder is built (compile only), which leaves
    /// the library archives in gosharp's build cache, where they are looked up.
    /// </summary>
    private static List<(string ImportPath, string Archive)>? StdArchives(string dir, List<DirPackage> pkgs, TempDir tmp, StringWriter err)
    {
        var imports = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var p in pkgs)
            foreach (var f in p.Files)
                foreach (var imp in GoCompiler.ReadHeader(Path.Combine(dir, f), f).Imports)
                    if (!LocalImports.IsLocal(imp.Path) && imp.Path is not ("unsafe" or "C") && !imp.Path.StartsWith("test/", StringComparison.Ordinal))
                        imports.Add(imp.Path);
        var stub = tmp.Write("std/main.go", "package main\n\nimport (\n" + string.Concat(imports.Select(i => $"\t_ \"{i}\"\n")) + ")\n\nfunc main() {}\n");
        var ctx = new ToolContext(Path.GetDirectoryName(stub)!, new StringWriter(), err);
        if (!InProcessFrontEnd.Build(new BuildRequest([stub], null, false, false, false, CompileOnly: true), ctx)) return null;
        var cache = BuildCache.Open() ?? throw new InvalidOperationException("dir tests need gosharp's build cache (GOSHARPCACHE is off)");
        var loaded = new PackageLoader(ctx.Cwd).Load([stub]);
        var list = new List<(string, string)>();
        foreach (var p in loaded.All)
        {
            if (loaded.Roots.Contains(p)) continue;
            list.Add((p.ImportPath, cache.Lookup(p, loaded.All) ?? throw new InvalidOperationException($"{p.ImportPath}: not in the build cache after the build")));
        }
        return list;
    }
}
