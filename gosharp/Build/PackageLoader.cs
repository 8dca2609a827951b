using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;

namespace Gosharp.Cli.Build;

/// <summary>A package to build: its sources (sorted, filtered by build constraints) and its imports.</summary>
public sealed record Package(
    string ImportPath, string Name, string Dir,
    IReadOnlyList<string> GoFiles, IReadOnlyList<string> AsmFiles,
    IReadOnlyList<string> Imports, bool Std)
{
    public bool IsMain => Name == "main";
}

/// <summary>
/// Finds the packages of a build, as the go command does: the command-line package (files or a folder),
/// then every import, found in GOSHARPROOT/runtime-stubs; "runtime" is always linked in.
/// </summary>
public sealed class PackageLoader(string cwd)
{
    public const string CommandLinePackage = "command-line-arguments";
    private readonly Dictionary<string, Package> loaded = new(StringComparer.Ordinal);

    /// <summary>The command-line package and all its dependencies, dependencies first (a deterministic post-order).</summary>
    public (Package Main, IReadOnlyList<Package> All) Load(IReadOnlyList<string> args)
    {
        var main = LoadCommandLine(args);
        var order = new List<Package>();
        var visiting = new List<string>();
        // A program links the runtime even when nothing imports it; build it first, as go does.
        if (main.IsMain && main.ImportPath != "runtime")
            Visit(LoadStd("runtime", null), order, visiting);
        Visit(main, order, visiting);
        return (main, order);
    }

    private void Visit(Package p, List<Package> order, List<string> visiting)
    {
        if (order.Contains(p)) return;
        if (visiting.Contains(p.ImportPath))
        {
            var cycle = visiting.SkipWhile(v => v != p.ImportPath).Append(p.ImportPath);
            throw new UserError("package " + string.Join("\n\timports ", cycle) + ": import cycle not allowed");
        }
        visiting.Add(p.ImportPath);
        foreach (var imp in p.Imports)
            Visit(loaded[imp], order, visiting);
        visiting.RemoveAt(visiting.Count - 1);
        order.Add(p);
    }

    private Package LoadCommandLine(IReadOnlyList<string> args)
    {
        if (args.Count == 0) args = ["."];
        if (args.All(a => a.EndsWith(".go")))
        {
            var files = args.Select(a => Path.GetFullPath(a, cwd)).ToList();
            var dirs = files.Select(Path.GetDirectoryName).Distinct().ToList();
            if (dirs.Count > 1) throw new UserError("named files must all be in one directory; have " + string.Join(" and ", dirs.Take(2).Select(d => Display(d!) + "/")));
            foreach (var (f, a) in files.Zip(args))
                if (!File.Exists(f)) throw new UserError($"stat {a}: no such file or directory");
            return Make(CommandLinePackage, dirs[0]!, files, asmFiles: [], std: false, explicitFiles: true);
        }
        if (args.Count > 1) throw new UserError("gosharp build: only one package (a folder or .go files) per build for now");
        var dir = Path.GetFullPath(args[0], cwd);
        if (!Directory.Exists(dir)) throw new UserError($"package {args[0]} is not a folder or .go files (and gosharp has no module support yet)");
        return MakeFromDir(CommandLinePackage, dir, std: false);
    }

    private Package LoadStd(string importPath, ImportRef? from)
    {
        if (loaded.TryGetValue(importPath, out var p)) return p;
        var dir = Path.Combine(Toolchain.RuntimeStubs, importPath);
        if (!Directory.Exists(dir))
        {
            var msg = $"package {importPath} is not in std ({dir})";
            throw from is { } f ? new UserError(f.Pos, msg) : new UserError(msg);
        }
        return MakeFromDir(importPath, dir, std: true);
    }

    private Package MakeFromDir(string importPath, string dir, bool std)
    {
        var all = Directory.GetFiles(dir).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var goFiles = all.Where(f => f.EndsWith(".go") && BuildConstraints.FileNameMatches(f)).Select(f => Path.Combine(dir, f)).ToList();
        var asmFiles = all.Where(f => f.EndsWith(".s") && BuildConstraints.FileNameMatches(f)).Select(f => Path.Combine(dir, f)).ToList();
        return Make(importPath, dir, goFiles, asmFiles, std, explicitFiles: false);
    }

    private Package Make(string importPath, string dir, List<string> files, List<string> asmFiles, bool std, bool explicitFiles)
    {
        var headers = new List<FileHeader>();
        foreach (var f in files)
        {
            var h = GoCompiler.ReadHeader(f, Display(f));
            if (h.GoBuild != null && !BuildConstraints.Evaluate(h.GoBuild, new SourcePos(Display(f), 1)))
                continue;
            headers.Add(h);
        }
        if (headers.Count == 0)
            throw new UserError(files.Count == 0 && !explicitFiles
                ? $"no Go files in {dir}"
                : $"build constraints exclude all Go files in {dir}");
        var name = headers[0].PackageName;
        foreach (var h in headers.Skip(1))
            if (h.PackageName != name)
                throw new UserError($"found packages {name} ({Path.GetFileName(headers[0].File)}) and {h.PackageName} ({Path.GetFileName(h.File)}) in {dir}");
        var kept = files.Where(f => headers.Any(h => h.File == Display(f))).ToList();
        var imports = new SortedSet<string>(StringComparer.Ordinal);
        var pkg = new Package(importPath, name, dir, kept, asmFiles, [], std);
        loaded[importPath] = pkg; // before loading imports, so that a cycle is found, not recursed into
        foreach (var h in headers)
            foreach (var imp in h.Imports)
            {
                if (imp.Path == "unsafe") continue;
                if (imp.Path == "C") throw new UserError(imp.Pos, "cgo (import \"C\") is not supported by gosharp yet");
                if (imp.Path == importPath) throw new UserError(imp.Pos, $"import cycle not allowed: {importPath} imports itself");
                if (!loaded.ContainsKey(imp.Path)) LoadStd(imp.Path, imp);
                imports.Add(imp.Path);
            }
        pkg = pkg with { Imports = imports.ToList() };
        loaded[importPath] = pkg;
        return pkg;
    }

    /// <summary>A file name as go shows it: relative to where the command runs, when inside it.</summary>
    private string Display(string path)
    {
        var rel = Path.GetRelativePath(cwd, path);
        return rel.StartsWith("..") || Path.IsPathRooted(rel) ? path : rel;
    }
}
