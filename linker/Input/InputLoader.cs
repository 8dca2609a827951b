using Gosharp.Common.Diagnostics;
using Gosharp.Pack;

namespace Gosharp.Linker.Input;

/// <summary>
/// Phase 1: reads every input in link order — the main archive, the archives the importcfg names (in
/// its order), then the extra objects — and keeps each archive's ELF members (skipping __.PKGDEF and
/// anything that is not ELF).
/// </summary>
public static class InputLoader
{
    public static List<ObjectFile> Load(LinkOptions options)
    {
        var paths = new List<string> { options.MainArchive };
        if (options.ImportCfg != null)
            paths.AddRange(ImportConfig.ReadFile(options.ImportCfg).PackageFiles
                .Select(p => options.WorkDir == null ? p.File : Path.GetFullPath(p.File, options.WorkDir)));
        var objects = new List<ObjectFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
            if (seen.Add(Path.GetFullPath(path))) LoadFile(path, objects);
        foreach (var path in options.ExtraObjects)
            if (seen.Add(Path.GetFullPath(path))) LoadFile(path, objects);
        return objects;
    }

    private static void LoadFile(string path, List<ObjectFile> objects)
    {
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
        }
        if (ArArchive.IsArchive(data))
        {
            foreach (var m in ArArchive.Read(data, path).Members)
                if (m.Name != PackTool.PkgDefName && ElfObjectReader.IsElf(m.Data))
                    objects.Add(ElfObjectReader.Read(m.Data, $"{path}({m.Name})"));
        }
        else if (ElfObjectReader.IsElf(data)) objects.Add(ElfObjectReader.Read(data, path));
        else throw new UserError($"{path}: not an archive or ELF object");
    }
}
