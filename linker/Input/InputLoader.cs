using Gosharp.Common.Diagnostics;
using Gosharp.Pack;

namespace Gosharp.Linker.Input;

/// <summary>
/// Phase 1: reads every input in link order — the main archive, the archives the importcfg names (in
/// its order), the packages imported (transitively, from the archives' __.PKGDEF) that the importcfg
/// does not name, found as <c>DIR/PATH.a</c> (or <c>.o</c>) in the -L folders, then the extra objects —
/// and keeps each archive's ELF members (skipping __.PKGDEF and anything that is not ELF). The runtime
/// is imported implicitly, as with gc: it is loaded when found, but its absence is no error here.
/// </summary>
public static class InputLoader
{
    private const string Runtime = "runtime";

    public static List<ObjectFile> Load(LinkOptions options)
    {
        var cfg = options.ImportCfg != null ? ImportConfig.ReadFile(options.ImportCfg).PackageFiles : [];
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, file) in cfg) named[path] = file; // the last line for a path wins, as with gc
        string Resolve(string file) => options.WorkDir == null ? file : Path.GetFullPath(file, options.WorkDir);

        var objects = new List<ObjectFile>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        void Want(IEnumerable<string> imports)
        {
            foreach (var imp in imports)
                if (known.Add(imp)) pending.Enqueue(imp);
        }
        void LoadPackage(string file, string? importPath)
        {
            if (!seenFiles.Add(Path.GetFullPath(file))) return;
            var def = LoadFile(file, importPath, objects);
            Want(def.Imports);
        }

        LoadPackage(options.MainArchive, null);
        foreach (var (path, file) in cfg)
        {
            known.Add(path);
            LoadPackage(Resolve(file), path);
        }
        Want([Runtime]);
        while (pending.Count > 0)
        {
            var imp = pending.Dequeue();
            if (named.ContainsKey(imp)) continue;
            if (FindInLibDirs(imp, options) is { } found) LoadPackage(found, imp);
            else if (imp != Runtime) throw new UserError(CannotFind(imp, options));
        }

        foreach (var path in options.ExtraObjects)
            if (seenFiles.Add(Path.GetFullPath(path))) LoadFile(path, null, objects);
        return objects;
    }

    private static string? FindInLibDirs(string importPath, LinkOptions options)
    {
        foreach (var dir in options.LibDirs)
            foreach (var ext in new[] { ".a", ".o" })
            {
                var p = Path.Combine(options.WorkDir == null ? dir : Path.GetFullPath(dir, options.WorkDir), importPath + ext);
                if (File.Exists(p)) return p;
            }
        return null;
    }

    private static string CannotFind(string importPath, LinkOptions options) =>
        options.LibDirs.Count == 0
            ? $"cannot find package {importPath} (using -importcfg)"
            : $"cannot find package {importPath}: not in -importcfg, and no {importPath}.a in {string.Join(", ", options.LibDirs)}";

    /// <summary>Reads an archive or object; returns what the archive's __.PKGDEF says (nothing for an object).</summary>
    private static PackageDef LoadFile(string path, string? importPath, List<ObjectFile> objects)
    {
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
        }
        if (ArArchive.IsArchive(data))
        {
            var def = new PackageDef(null, []);
            var members = new List<ObjectFile>();
            foreach (var m in ArArchive.Read(data, path).Members)
            {
                if (m.Name == PackTool.PkgDefName) def = PackageDef.Parse(m.Data);
                else if (ElfObjectReader.IsElf(m.Data)) members.Add(ElfObjectReader.Read(m.Data, $"{path}({m.Name})"));
            }
            foreach (var o in members) o.Package = def.Path ?? importPath;
            objects.AddRange(members);
            return def;
        }
        if (ElfObjectReader.IsElf(data))
        {
            var o = ElfObjectReader.Read(data, path);
            o.Package = importPath;
            objects.Add(o);
            return new PackageDef(null, []);
        }
        throw new UserError($"{path}: not an archive or ELF object");
    }
}
