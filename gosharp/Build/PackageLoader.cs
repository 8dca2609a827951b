using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.Compiler.Syntax;

namespace Gosharp.Cli.Build;

/// <summary>A package to build: its sources (sorted, filtered by build constraints) and its imports.</summary>
public sealed record Package(
    string ImportPath, string Name, string Dir,
    IReadOnlyList<string> GoFiles, IReadOnlyList<string> AsmFiles,
    IReadOnlyList<string> Imports, bool Std)
{
    public bool IsMain => Name == "main";

    /// <summary>The package path the compiler and assembler are given (-p): "main" for a program, as go does.</summary>
    public string CompilePath => IsMain ? "main" : ImportPath;
}

/// <summary>The packages of a build: those named on the command line, and all of them with their dependencies.</summary>
public sealed record LoadedPackages(IReadOnlyList<Package> Roots, IReadOnlyList<Package> All, IReadOnlyList<string> Warnings);

/// <summary>
/// Finds the packages of a build, as the go command does: the packages named on the command line
/// (<see cref="PackagePatterns"/>), then every import, resolved by <see cref="ModuleResolver"/> to the
/// main module, a module replaced by a folder, or GOSHARPROOT/runtime-stubs; "runtime" is always
/// linked into a program. Errors are the go command's: unresolvable imports (all of them, positioned),
/// import cycles (with the import stack), use of another tree's internal packages.
/// </summary>
public sealed class PackageLoader(string cwd)
{
    public const string CommandLinePackage = "command-line-arguments";

    /// <summary>A package whose files are read, before its imports are resolved.</summary>
    private sealed record Parsed(Package Package, IReadOnlyList<ImportRef> Imports);

    private readonly Dictionary<string, Parsed> parsed = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> errors = [];

    /// <summary>-e among the command-line packages' compile flags: every syntax error of theirs, not the first 10.</summary>
    public bool NoErrorLimit { get; init; }

    /// <summary>The command-line packages and all their dependencies, dependencies first (a deterministic post-order).</summary>
    public LoadedPackages Load(IReadOnlyList<string> args)
    {
        // The folder of the first file or folder named (for a pattern, its fixed part): where the module
        // is looked for when the current folder is in none.
        var firstLocal = args.FirstOrDefault(a => a.EndsWith(".go") || PackagePatterns.IsLocal(a));
        string? firstDir = null;
        if (firstLocal != null && firstLocal.EndsWith(".go")) firstDir = Path.GetDirectoryName(Path.GetFullPath(firstLocal, cwd));
        else if (firstLocal != null) firstDir = Path.GetFullPath(firstLocal.Split("...")[0] is { Length: > 0 } fixedPart ? fixedPart : ".", cwd);
        var modules = ModuleResolver.Find(cwd, firstDir);
        var patterns = new PackagePatterns(cwd, modules, IsPackageDir);
        var targets = patterns.Expand(args);

        var order = new List<Package>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        var roots = new List<Package>();
        foreach (var t in targets)
        {
            var p = t.Files != null
                ? Read(t.ImportPath, t.Dir, t.Files.ToList(), [], t.Std, explicitFiles: true, commandLine: true)
                : ReadDir(t.ImportPath, t.Dir, t.Std, commandLine: true);
            roots.Add(p.Package);
        }
        // A program links the runtime even when nothing imports it; build it first, as go does.
        if (roots.Any(r => r.IsMain) && roots.All(r => r.ImportPath != "runtime"))
            Visit("runtime", null, null, modules, order, done, []);
        foreach (var r in roots)
            Visit(r.ImportPath, null, null, modules, order, done, []);
        if (errors.Count > 0)
        {
            ThrowSyntaxErrors(roots);
            throw new UserError(errors);
        }
        var byPath = order.ToDictionary(p => p.ImportPath, StringComparer.Ordinal);
        return new LoadedPackages(roots.Select(r => byPath[r.ImportPath]).ToList(), order, patterns.Warnings);
    }

    /// <summary>
    /// Loads a package's imports depth-first, in sorted order; <paramref name="stack"/> is the import
    /// chain from a command-line package, for cycle and internal-package errors.
    /// </summary>
    private void Visit(string importPath, Package? importer, ImportRef? at, ModuleResolver modules, List<Package> order, HashSet<string> done, List<string> stack)
    {
        if (stack.Contains(importPath))
            throw new UserError("package " + string.Join("\n\timports ", stack.Append(importPath)) + ": import cycle not allowed");
        if (!parsed.TryGetValue(importPath, out var p))
        {
            var loc = modules.Resolve(importPath, importer?.ImportPath, out var error);
            if (loc == null)
            {
                if (!done.Contains(importPath)) errors.Add(new Diagnostic(at?.Pos, error!));
                done.Add(importPath);
                return;
            }
            p = ReadDir(loc.ImportPath, loc.Dir, loc.Std, commandLine: false);
        }
        if (p.Package.Name == "") return; // not a package: its error is recorded
        // What may import what is checked for every import, also of packages already loaded.
        if (at != null && p.Package.IsMain && !p.Package.Std)
        {
            errors.Add(new Diagnostic(at.Pos, $"import \"{importPath}\" is a program, not an importable package"));
            return;
        }
        if (importer != null && at != null && !InternalAllowed(p.Package, importer))
        {
            errors.Add(new Diagnostic(null, "package " + string.Join("\n\timports ", stack) + $"\n\t{at.Pos}: use of internal package {importPath} not allowed"));
            return;
        }
        if (done.Contains(importPath)) return;
        stack.Add(importPath);
        foreach (var imp in p.Imports)
            Visit(imp.Path, p.Package, imp, modules, order, done, stack);
        stack.RemoveAt(stack.Count - 1);
        done.Add(importPath);
        order.Add(p.Package);
    }

    /// <summary>
    /// When a command-line package cannot be built for a reason of the loader's (an import that
    /// is nowhere), but its files have syntax errors, the syntax errors are what is reported:
    /// what compiling it would print, since gc's compile stops at them before it looks at any
    /// import (gosharp's build and compile agree on a broken file, as go test's errorcheck
    /// expects of compile).
    /// </summary>
    private void ThrowSyntaxErrors(IEnumerable<Package> roots)
    {
        foreach (var p in roots)
        {
            // Named as go build shows the compile step's messages.
            var prefix = p.Dir == cwd ? "./" : ShortPaths.Of(p.Dir, cwd).TrimEnd('/') + "/";
            var found = new List<Diagnostic>();
            bool stops = false;
            foreach (var f in p.GoFiles)
            {
                byte[] bytes;
                try { bytes = File.ReadAllBytes(f); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
                var r = GoParser.ParseFile(prefix + Path.GetFileName(f), bytes, NoErrorLimit);
                found.AddRange(r.Diagnostics);
                stops |= !r.Checkable;
            }
            if (stops) throw new UserError([new Diagnostic(null, "# " + p.ImportPath), .. found]);
        }
    }

    /// <summary>
    /// go's internal rule: a package under .../internal/... may be imported only from the folder tree
    /// rooted at internal's parent (for the standard library: only from the standard library).
    /// </summary>
    private static bool InternalAllowed(Package target, Package importer)
    {
        var path = target.ImportPath;
        int at = path.EndsWith("/internal") ? path.Length - "internal".Length
            : path.Contains("/internal/") ? path.LastIndexOf("/internal/", StringComparison.Ordinal) + 1
            : path == "internal" || path.StartsWith("internal/") ? 0 : -1;
        if (at < 0) return true;
        if (target.Std) return importer.Std;
        // The parent folder: as many levels above the package's folder as the path has elements after the parent.
        var parentDir = target.Dir;
        foreach (var _ in path[at..].Split('/')) parentDir = Path.GetDirectoryName(parentDir)!;
        return importer.Dir == parentDir || importer.Dir.StartsWith(parentDir.TrimEnd('/') + "/", StringComparison.Ordinal);
    }

    /// <summary>Whether a folder holds a package for this build (what a ... pattern matches).</summary>
    private bool IsPackageDir(string dir) =>
        Directory.EnumerateFiles(dir, "*.go").Select(Path.GetFileName).OfType<string>().Where(BuildConstraints.FileNameMatches)
            .Any(f =>
            {
                var path = Path.Combine(dir, f);
                var h = GoCompiler.ReadHeader(path, ShortPaths.Of(path, cwd));
                return h.GoBuild == null || BuildConstraints.Evaluate(h.GoBuild, new SourcePos(ShortPaths.Of(path, cwd), 1));
            });

    private Parsed ReadDir(string importPath, string dir, bool std, bool commandLine)
    {
        var all = Directory.GetFiles(dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var goFiles = all.Where(f => f.EndsWith(".go") && BuildConstraints.FileNameMatches(f)).Select(f => Path.Combine(dir, f)).ToList();
        var asmFiles = all.Where(f => f.EndsWith(".s") && BuildConstraints.FileNameMatches(f)).Select(f => Path.Combine(dir, f)).ToList();
        if (goFiles.Count == 0 && all.Any(f => f.EndsWith("_test.go")))
            return Fail(importPath, dir, commandLine, $"no non-test Go files in {dir}");
        return Read(importPath, dir, goFiles, asmFiles, std, explicitFiles: false, commandLine);
    }

    /// <summary>A package that cannot be built: its error (go's "go build path: ..." form for a dependency).</summary>
    private Parsed Fail(string importPath, string dir, bool commandLine, string message)
    {
        if (commandLine) throw new UserError(message);
        errors.Add(new Diagnostic(null, $"go build {importPath}: {message}"));
        var p = new Parsed(new Package(importPath, "", dir, [], [], [], false), []);
        parsed[importPath] = p;
        return p;
    }

    private Parsed Read(string importPath, string dir, List<string> files, List<string> asmFiles, bool std, bool explicitFiles, bool commandLine)
    {
        if (parsed.TryGetValue(importPath, out var known)) return known;
        var headers = new List<FileHeader>();
        foreach (var f in files)
        {
            var h = GoCompiler.ReadHeader(f, ShortPaths.Of(f, cwd));
            if (h.GoBuild != null && !BuildConstraints.Evaluate(h.GoBuild, new SourcePos(ShortPaths.Of(f, cwd), 1)))
                continue;
            headers.Add(h);
        }
        if (headers.Count == 0)
            return Fail(importPath, dir, commandLine, files.Count == 0 && !explicitFiles
                ? $"no Go files in {dir}"
                : $"build constraints exclude all Go files in {dir}");
        var name = headers[0].PackageName;
        foreach (var h in headers.Skip(1))
            if (h.PackageName != name)
                throw new UserError($"found packages {name} ({Path.GetFileName(headers[0].File)}) and {h.PackageName} ({Path.GetFileName(h.File)}) in {dir}");
        var kept = files.Where(f => headers.Any(h => h.File == ShortPaths.Of(f, cwd))).ToList();
        // Each import once, where it is first written; sorted, as go orders a package's imports.
        var imports = new SortedDictionary<string, ImportRef>(StringComparer.Ordinal);
        foreach (var h in headers)
            foreach (var imp in h.Imports)
            {
                if (imp.Path == "unsafe") continue;
                if (imp.Path == "C") throw new UserError(imp.Pos, "cgo (import \"C\") is not supported by gosharp yet");
                imports.TryAdd(imp.Path, imp);
            }
        var pkg = new Package(importPath, name, dir, kept, asmFiles, imports.Keys.ToList(), std);
        var result = new Parsed(pkg, imports.Values.ToList());
        parsed[importPath] = result;
        return result;
    }
}
