using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <summary>Where a package lives: its folder, and whether it is one of gosharp's standard library packages.</summary>
public sealed record PackageLocation(string ImportPath, string Dir, bool Std);

/// <summary>
/// Import paths to folders, as the go command does in module mode (without a module cache or network):
/// paths whose first element has no dot are standard library packages (GOSHARPROOT/runtime-stubs);
/// paths under the main module's path are folders inside it; paths under a required module that go.mod
/// replaces with a local folder (`replace example.com/x => ../x`) are folders there. Anything else is
/// the go command's error for a package no module provides. Outside any module only the standard
/// library resolves.
/// </summary>
public sealed class ModuleResolver
{
    /// <summary>A module whose packages can be built: the main one, or a required one replaced by a folder.</summary>
    private sealed record LocalModule(string Path, string Dir);

    public GoModFile? Main { get; }
    private readonly List<LocalModule> modules = [];
    private readonly string cwd;

    private ModuleResolver(GoModFile? main, string cwd)
    {
        Main = main;
        this.cwd = cwd;
        if (main == null) return;
        modules.Add(new LocalModule(main.ModulePath, main.Dir));
        foreach (var req in main.Requires)
        {
            if (Replacement(req.Path, req.Version) is not { LocalDir: { } dir } rep || !Directory.Exists(dir)) continue;
            // As go loads the module graph: a replacement folder must be a module.
            var goMod = Path.Combine(dir, "go.mod");
            if (!File.Exists(goMod))
                throw new UserError($"go: {req.Path}@{req.Version} (replaced by {rep.NewPath}): reading {rep.NewPath.TrimEnd('/')}/go.mod: open {goMod}: no such file or directory");
            modules.Add(new LocalModule(req.Path, dir));
        }
    }

    /// <summary>
    /// The module of a build: the go.mod in the current folder or above it, as go finds it; failing that,
    /// the one above the folder of the first package named on the command line (so that a module can be
    /// built from outside it). No go.mod at all: no module (only the standard library resolves).
    /// </summary>
    public static ModuleResolver Find(string cwd, string? packageDir)
    {
        var file = GoModFile.FindAbove(cwd) ?? (packageDir != null && Directory.Exists(packageDir) ? GoModFile.FindAbove(packageDir) : null);
        return new ModuleResolver(file != null ? GoModFile.Parse(file) : null, cwd);
    }

    /// <summary>The folders that packages matching an import-path pattern (x/...) may be in: each local module's.</summary>
    public IEnumerable<(string ModulePath, string Dir)> ModuleRoots => modules.Select(m => (m.Path, m.Dir));

    private ModuleReplacement? Replacement(string module, string? version) =>
        Main?.Replaces.LastOrDefault(r => r.OldPath == module && (r.OldVersion == null || r.OldVersion == version));

    private static bool Under(string path, string prefix) =>
        path == prefix || path.StartsWith(prefix + "/", StringComparison.Ordinal);

    /// <summary>go's standard-library test: the first element of the path has no dot.</summary>
    public static bool IsStandardPath(string importPath) => !importPath.Split('/')[0].Contains('.');

    /// <summary>The package's folder, or the go command's message for why there is none.</summary>
    public PackageLocation? Resolve(string importPath, string? importer, out string? error)
    {
        error = null;
        if (IsStandardPath(importPath))
        {
            var stdDir = Path.Combine(Toolchain.RuntimeStubs, importPath);
            if (Directory.Exists(stdDir) && importPath != "include") return new PackageLocation(importPath, stdDir, Std: true);
        }
        // The longest module path that the import path is under.
        if (modules.Where(m => Under(importPath, m.Path)).OrderByDescending(m => m.Path.Length).FirstOrDefault() is { } mod)
        {
            var dir = Path.Combine(mod.Dir, importPath[mod.Path.Length..].TrimStart('/'));
            if (HasGoFiles(dir) && !InNestedModule(dir, mod.Dir)) return new PackageLocation(importPath, dir, Std: false);
        }
        if (IsStandardPath(importPath))
        {
            error = $"package {importPath} is not in GOROOT ({Path.Combine(Toolchain.RuntimeStubs, importPath)})";
            return null;
        }
        if (Main == null)
        {
            error = $"no required module provides package {importPath}: go.mod file not found in current directory or any parent directory; see 'go help modules'";
            return null;
        }
        if (Main.Requires.Where(r => Under(importPath, r.Path)).OrderByDescending(r => r.Path.Length).FirstOrDefault() is { } req
            && modules.All(m => m.Path != req.Path))
        {
            error = UnavailableModule(req, importPath, importer);
            return null;
        }
        if (Main.Replaces.Where(r => Under(importPath, r.OldPath)).OrderByDescending(r => r.OldPath.Length).FirstOrDefault() is { } rep
            && modules.All(m => m.Path != rep.OldPath))
        {
            error = $"module {rep.OldPath} provides package {importPath} and is replaced but not required; to add it:\n\tgo get {rep.OldPath}";
            return null;
        }
        error = $"no required module provides package {importPath}; to add it:\n\tgo get {importPath}";
        return null;
    }

    /// <summary>Why a required module's package cannot be had: gosharp has no module cache and no network.</summary>
    private string UnavailableModule(ModuleRequirement req, string importPath, string? importer)
    {
        var rep = Replacement(req.Path, req.Version);
        if (rep?.LocalDir != null)
            return $"{req.Path}@{req.Version}: replacement directory {rep.NewPath} does not exist";
        var (mod, version) = rep != null ? (rep.NewPath, rep.NewVersion!) : (req.Path, req.Version);
        var sum = Path.Combine(Main!.Dir, "go.sum");
        var summed = File.Exists(sum) && File.ReadLines(sum).Any(l => l.StartsWith($"{mod} {version} ", StringComparison.Ordinal));
        if (!summed)
            return importer != null
                ? $"missing go.sum entry for module providing package {importPath} (imported by {importer}); to add:\n\tgo get {importer}"
                : $"missing go.sum entry for module providing package {importPath}; to add:\n\tgo mod download {mod}";
        return "module lookup disabled (gosharp has no module cache and does not download modules)";
    }

    /// <summary>
    /// The import path of a package folder named on the command line, or the go command's error when
    /// it is not in the main module (or a module replaced by a folder).
    /// </summary>
    public string ImportPathOfDir(string dir)
    {
        var mod = modules.Where(m => dir == m.Dir || dir.StartsWith(m.Dir + "/", StringComparison.Ordinal))
            .OrderByDescending(m => m.Dir.Length).FirstOrDefault()
            ?? throw new UserError($"directory {ShortPaths.Of(dir, cwd)} outside main module or its selected dependencies");
        var rel = Path.GetRelativePath(mod.Dir, dir);
        var path = rel == "." ? mod.Path : mod.Path + "/" + rel;
        if (InNestedModule(dir, mod.Dir))
            throw new UserError($"main module ({mod.Path}) does not contain package {path}");
        return path;
    }

    /// <summary>Whether a folder below a module's root belongs to another module (a go.mod between them).</summary>
    public static bool InNestedModule(string dir, string moduleDir)
    {
        for (var d = dir; d.Length > moduleDir.Length && d.StartsWith(moduleDir, StringComparison.Ordinal); d = Path.GetDirectoryName(d)!)
            if (File.Exists(Path.Combine(d, "go.mod"))) return true;
        return false;
    }

    private static bool HasGoFiles(string dir) =>
        Directory.Exists(dir) && Directory.EnumerateFiles(dir, "*.go").Any();
}
