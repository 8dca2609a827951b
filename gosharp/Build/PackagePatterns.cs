using System.Text.RegularExpressions;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <summary>A package named on the command line: its import path and folder, or the .go files given.</summary>
public sealed record PackageArg(string ImportPath, string Dir, bool Std, IReadOnlyList<string>? Files = null);

/// <summary>
/// The go command's package arguments: .go files (one command-line-arguments package), folders
/// (., ./cmd/hello, ../x, /abs), import paths (example.com/m/greet, fmt), and patterns with "..."
/// (./..., example.com/m/cmd/...), which match the package folders below their fixed part, skipping
/// folders named testdata or starting with . or _, and nested modules.
/// </summary>
public sealed class PackagePatterns(string cwd, ModuleResolver modules, Func<string, bool> isPackageDir)
{
    /// <summary>go's warnings (a pattern that matched nothing), for the caller to print.</summary>
    public List<string> Warnings { get; } = [];

    public static bool IsLocal(string arg) =>
        arg is "." or ".." || arg.StartsWith("./") || arg.StartsWith("../") || arg.StartsWith('/');

    public List<PackageArg> Expand(IReadOnlyList<string> args)
    {
        if (args.Count == 0) args = ["."];
        if (args.All(a => a.EndsWith(".go"))) return [Files(args)];
        var result = new List<PackageArg>();
        void Add(PackageArg p) { if (result.All(q => q.ImportPath != p.ImportPath)) result.Add(p); }
        foreach (var arg in args)
        {
            if (arg.Contains("..."))
            {
                if (modules.Main == null) throw NoModule();
                var matched = IsLocal(arg) ? MatchLocal(arg) : MatchImportPaths(arg);
                if (matched.Count == 0) Warnings.Add($"go: warning: \"{arg}\" matched no packages");
                foreach (var p in matched) Add(p);
            }
            else if (IsLocal(arg)) Add(Folder(arg));
            else
            {
                var loc = modules.Resolve(arg, importer: null, out var error) ?? throw new UserError(error!);
                Add(new PackageArg(loc.ImportPath, loc.Dir, loc.Std));
            }
        }
        if (modules.Main == null && result.Count > 1) throw NoModule();
        return result;
    }

    private static UserError NoModule() =>
        new("go: go.mod file not found in current directory or any parent directory; see 'go help modules'");

    private PackageArg Files(IReadOnlyList<string> args)
    {
        var files = args.Select(a => Path.GetFullPath(a, cwd)).ToList();
        var dirs = files.Select(Path.GetDirectoryName).Distinct().ToList();
        if (dirs.Count > 1) throw new UserError("named files must all be in one directory; have " + string.Join(" and ", dirs.Take(2).Select(d => ShortPaths.Of(d!, cwd) + "/")));
        foreach (var (f, a) in files.Zip(args))
            if (!File.Exists(f)) throw new UserError($"stat {a}: no such file or directory");
        return new PackageArg(PackageLoader.CommandLinePackage, dirs[0]!, Std: false, files);
    }

    private PackageArg Folder(string arg)
    {
        var dir = Path.GetFullPath(arg, cwd).TrimEnd('/');
        if (dir == "") dir = "/";
        if (!Directory.Exists(dir)) throw new UserError($"stat {dir}: directory not found");
        if (!Directory.EnumerateFiles(dir, "*.go").Any()) throw new UserError($"no Go files in {dir}");
        // Outside a module a folder is the command-line package, as it always was in gosharp.
        if (modules.Main == null) return new PackageArg(PackageLoader.CommandLinePackage, dir, Std: false);
        if (dir.StartsWith(Toolchain.RuntimeStubs + "/", StringComparison.Ordinal))
            return new PackageArg(Path.GetRelativePath(Toolchain.RuntimeStubs, dir), dir, Std: true);
        return new PackageArg(modules.ImportPathOfDir(dir), dir, Std: false);
    }

    /// <summary>A regex for a pattern: "..." matches any text, and x/... also matches x itself.</summary>
    private static Regex PatternRegex(string pattern)
    {
        var re = Regex.Escape(pattern).Replace(@"\.\.\.", ".*");
        if (re.EndsWith("/.*")) re = re[..^3] + "(/.*)?";
        return new Regex("^" + re + "$", RegexOptions.CultureInvariant);
    }

    private List<PackageArg> MatchLocal(string pattern)
    {
        var fixedPart = pattern[..(pattern.LastIndexOf('/', pattern.IndexOf("...", StringComparison.Ordinal)) + 1)];
        var root = Path.GetFullPath(fixedPart == "" ? "." : fixedPart, cwd).TrimEnd('/');
        if (!Directory.Exists(root)) throw new UserError($"pattern {pattern}: lstat {fixedPart}: no such file or directory");
        var re = PatternRegex(pattern);
        var result = new List<PackageArg>();
        foreach (var dir in Walk(root, root))
        {
            var rel = Path.GetRelativePath(root, dir);
            var shown = rel == "." ? fixedPart.TrimEnd('/') : fixedPart + rel;
            if (shown == "") shown = ".";
            if (!re.IsMatch(shown) || !isPackageDir(dir)) continue;
            result.Add(new PackageArg(modules.ImportPathOfDir(dir), dir, Std: false));
        }
        return result;
    }

    private List<PackageArg> MatchImportPaths(string pattern)
    {
        if (pattern is "all" or "std" or "cmd" || ModuleResolver.IsStandardPath(pattern))
            throw new UserError($"gosharp: pattern {pattern}: only patterns in the main module (./... or its import path) are supported");
        var re = PatternRegex(pattern);
        var result = new List<PackageArg>();
        foreach (var (modPath, modDir) in modules.ModuleRoots)
            foreach (var dir in Walk(modDir, modDir))
            {
                var rel = Path.GetRelativePath(modDir, dir);
                var path = rel == "." ? modPath : modPath + "/" + rel;
                if (re.IsMatch(path) && isPackageDir(dir)) result.Add(new PackageArg(path, dir, Std: false));
            }
        return result;
    }

    /// <summary>The folders below root in a fixed (ordinal) order, without testdata, ., _ folders and nested modules.</summary>
    private static IEnumerable<string> Walk(string dir, string root)
    {
        if (dir != root)
        {
            var name = Path.GetFileName(dir);
            if (name.StartsWith('.') || name.StartsWith('_') || name == "testdata") yield break;
            if (File.Exists(Path.Combine(dir, "go.mod"))) yield break;
        }
        yield return dir;
        foreach (var sub in Directory.GetDirectories(dir).Order(StringComparer.Ordinal))
            foreach (var d in Walk(sub, root))
                yield return d;
    }
}
