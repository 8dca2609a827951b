using System.Security.Cryptography;
using System.Text;

namespace Gosharp.Cli.Build;

/// <summary>
/// The build cache, in the spirit of go's GOCACHE: a library package's archive is kept under a key
/// hashing everything that goes into it (the toolchain's own files, the package's path and source
/// files, the headers its assembly may include, and its imports' keys), so a later build with the
/// same inputs links the cached archive instead of compiling the package again: standard library
/// packages and the user packages they import alike, so an edited file (or an edited dependency) is a
/// new key and never serves a stale archive. The command-line packages are always built. GOSHARPCACHE names the folder (default: $XDG_CACHE_HOME/gosharp-build or
/// ~/.cache/gosharp-build); GOSHARPCACHE=off turns the cache off, as does `gosharp build -a`.
/// Archives are deterministic, so a cached one has the bytes a fresh build would write.
/// </summary>
public sealed class BuildCache
{
    public string Dir { get; }
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);

    private BuildCache(string dir) => Dir = dir;

    /// <summary>The cache, or null when it is turned off or cannot be created.</summary>
    public static BuildCache? Open()
    {
        var env = Environment.GetEnvironmentVariable("GOSHARPCACHE");
        if (env == "off") return null;
        var dir = env;
        if (string.IsNullOrEmpty(dir))
        {
            var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
            var home = Environment.GetEnvironmentVariable("HOME");
            var baseDir = !string.IsNullOrEmpty(xdg) ? xdg : !string.IsNullOrEmpty(home) ? Path.Combine(home, ".cache") : null;
            if (baseDir == null) return null;
            dir = Path.Combine(baseDir, "gosharp-build");
        }
        try { Directory.CreateDirectory(dir); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        return new BuildCache(Path.GetFullPath(dir));
    }

    /// <summary>Where the archive of a package with this key lives (whether or not it is there yet).</summary>
    public string ArchivePath(string key) => Path.Combine(Dir, key[..2], key + "-a");

    /// <summary>The cached archive of p, or null.</summary>
    public string? Lookup(Package p, IReadOnlyList<Package> all)
    {
        var path = ArchivePath(Key(p, all));
        return File.Exists(path) ? path : null;
    }

    /// <summary>Copies a freshly built archive into the cache (atomically: a reader never sees half a file).</summary>
    public static void Store(string archive, string cachePath)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(cachePath)!);
            var tmp = cachePath + ".tmp" + Environment.ProcessId;
            File.Copy(archive, tmp, overwrite: true);
            File.Move(tmp, cachePath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a cache that cannot be written is no cache */ }
    }

    /// <summary>The key of p: a SHA-256 of its inputs and of its imports' keys.</summary>
    public string Key(Package p, IReadOnlyList<Package> all)
    {
        if (keys.TryGetValue(p.ImportPath, out var k)) return k;
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) { h.AppendData(Encoding.UTF8.GetBytes(s)); h.AppendData([0]); }
        Add("gosharp-archive-v1");
        Add(ToolchainId.Value);
        Add(p.ImportPath);
        Add(p.Std ? "std" : "");
        // A user package's folder is part of what it is (the compiler sees its files relative to it).
        if (!p.Std) Add(p.Dir);
        foreach (var f in p.GoFiles.Concat(p.AsmFiles).Order(StringComparer.Ordinal))
        {
            Add(Path.GetFileName(f));
            h.AppendData(File.ReadAllBytes(f));
        }
        // Headers assembly may #include: the package's own and the shared include folder.
        if (p.AsmFiles.Count > 0)
            foreach (var hdr in Directory.GetFiles(p.Dir, "*.h").Concat(Directory.Exists(Toolchain.IncludeDir) ? Directory.GetFiles(Toolchain.IncludeDir, "*.h") : [])
                         .Order(StringComparer.Ordinal))
            {
                Add(hdr);
                h.AppendData(File.ReadAllBytes(hdr));
            }
        foreach (var imp in p.Imports.Order(StringComparer.Ordinal))
        {
            Add(imp);
            if (all.FirstOrDefault(q => q.ImportPath == imp) is { } dep) Add(Key(dep, all));
        }
        k = Convert.ToHexStringLower(h.GetHashAndReset());
        keys[p.ImportPath] = k;
        return k;
    }

    /// <summary>
    /// The identity of this gosharp: a hash of the files it runs from (the native executable, or the
    /// managed assemblies next to it), so that a rebuilt toolchain never reuses an older one's archives.
    /// </summary>
    private static readonly Lazy<string> ToolchainId = new(() =>
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var dir = AppContext.BaseDirectory;
        var files = Directory.GetFiles(dir, "*.dll").Where(f => Path.GetFileName(f).StartsWith("Gosharp.", StringComparison.Ordinal)).ToList();
        if (files.Count == 0 && Environment.ProcessPath is { } exe) files.Add(exe);
        foreach (var f in files.Order(StringComparer.Ordinal))
        {
            h.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(f)));
            h.AppendData(File.ReadAllBytes(f));
        }
        return Convert.ToHexStringLower(h.GetHashAndReset());
    });
}
