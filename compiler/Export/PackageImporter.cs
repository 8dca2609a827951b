using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Pack;

namespace Gosharp.Compiler.Export;

/// <summary>
/// Imports packages for one compilation from the archives an importcfg names (<c>packagefile
/// PATH=FILE</c>), reading their <c>__.PKGDEF</c> export data. Packages (and so their types) are
/// shared: importing the same type through two packages yields one NamedType.
/// </summary>
public sealed class PackageImporter
{
    private readonly Dictionary<string, string> packageFiles = new(StringComparer.Ordinal);
    private readonly Func<string, (string Name, byte[] Data)?>? exportDataOf;
    private readonly Dictionary<string, PackageInfo> packages = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<string> importDirs = [];

    /// <param name="importDirs">-I: folders searched for PATH.a when packageFiles does not name PATH.</param>
    public PackageImporter(IReadOnlyDictionary<string, string> packageFiles, IReadOnlyList<string>? importDirs = null)
    {
        this.importDirs = importDirs ?? [];
        foreach (var (k, v) in packageFiles) this.packageFiles[k] = v;
    }

    /// <summary>An importer reading export data from elsewhere than archives (the name is for messages).</summary>
    public PackageImporter(Func<string, (string Name, byte[] Data)?> exportDataOf)
    {
        this.exportDataOf = exportDataOf;
    }

    /// <summary>Every package known so far (imported, or referenced from export data), by path.</summary>
    public IReadOnlyDictionary<string, PackageInfo> Packages => packages;

    /// <summary>Reads an importcfg file (blank lines and # comments allowed; other verbs ignored).</summary>
    public static PackageImporter FromImportCfg(string? path, string cwd, IReadOnlyList<string>? importDirs = null)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var dirs = (importDirs ?? []).Select(d => Path.GetFullPath(d, cwd)).ToList();
        if (path == null) return new PackageImporter(map, dirs);
        var full = Path.GetFullPath(path, cwd);
        string[] lines;
        try { lines = File.ReadAllLines(full); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
        }
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var sp = line.IndexOf(' ');
            var verb = sp < 0 ? line : line[..sp];
            if (verb != "packagefile") continue;
            var rest = sp < 0 ? "" : line[(sp + 1)..].Trim();
            var eq = rest.IndexOf('=');
            if (eq <= 0) throw new UserError(new SourcePos(path, i + 1), "invalid packagefile: syntax is \"packagefile path=filename\"");
            map[rest[..eq]] = Path.GetFullPath(rest[(eq + 1)..], Path.GetDirectoryName(full)!);
        }
        return new PackageImporter(map, dirs);
    }

    /// <summary>The package with this path, creating an (incomplete) placeholder known only through other packages' export data.</summary>
    internal PackageInfo Package(string path, string name)
    {
        if (path == "unsafe") return Universe.Unsafe;
        if (!packages.TryGetValue(path, out var p))
        {
            p = new PackageInfo(path, name);
            packages[path] = p;
        }
        return p;
    }

    /// <summary>The package imported by path, from its archive's export data; null when the importcfg does not name it.</summary>
    public PackageInfo? Import(string path)
    {
        if (path == "unsafe") return Universe.Unsafe;
        if (packages.TryGetValue(path, out var p) && p.Complete) return p;
        if (exportDataOf != null) return exportDataOf(path) is { } ed ? ReadExportData(ed.Name, ed.Data) : null;
        var file = packageFiles.GetValueOrDefault(path) ?? FindInImportDirs(path);
        if (file == null) return null;
        var ar = ArArchive.ReadFile(file);
        var def = ar.Find("__.PKGDEF") ?? throw new UserError($"{file}: no __.PKGDEF member (not a Go package archive)");
        return ReadExportData(file, def.Data);
    }

    /// <summary>gc's -I search: DIR/PATH.a in the first folder that has it.</summary>
    private string? FindInImportDirs(string path) =>
        importDirs.Select(d => Path.Combine(d, path + ".a")).FirstOrDefault(File.Exists);

    /// <summary>Reads export data directly (tests, or data not in an archive).</summary>
    public PackageInfo ReadExportData(string fileName, byte[] data) => ExportReader.Read(this, fileName, data);
}
