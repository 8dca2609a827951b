using System.Globalization;
using System.Text;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Pack;

/// <summary>The operations of <c>gosharp tool pack</c>: c, r, t, x, p (gc's pack).</summary>
public static class PackTool
{
    public const string PkgDefName = "__.PKGDEF";
    public const string GoObjectName = "_go_.o";

    /// <summary>Runs one operation; a problem is a <see cref="Gosharp.Common.Diagnostics.UserError"/>.</summary>
    /// <remarks>
    /// c: create <paramref name="archive"/> from <paramref name="files"/>; r: add them, replacing members
    /// of the same name; t: list (all members, or the named ones); x: extract into the current folder;
    /// p: print member contents to <paramref name="stdout"/>. With <paramref name="verbose"/>, c/r name the
    /// files they add, t prints gc's long listing, x/p name the members.
    /// </remarks>
    public static void Run(char op, string archive, IReadOnlyList<string> files, bool verbose, TextWriter stdout)
        => Run(op, archive, files, verbose, stdout, extractDir: null);

    /// <summary>As above; x extracts into <paramref name="extractDir"/> (null: the current folder).</summary>
    public static void Run(char op, string archive, IReadOnlyList<string> files, bool verbose, TextWriter stdout, string? extractDir)
    {
        switch (op)
        {
            case 'c': Add(new ArArchive(), archive, files, verbose, stdout); break;
            case 'r': Add(File.Exists(archive) ? ArArchive.ReadFile(archive) : new ArArchive(), archive, files, verbose, stdout); break;
            case 't': Scan(archive, files, m => stdout.WriteLine(verbose ? LongListing(m) : m.Name)); break;
            case 'x':
                Scan(archive, files, m =>
                {
                    if (verbose) stdout.WriteLine(m.Name);
                    var name = SafeMemberPath(archive, m.Name);
                    AtomicFile.Write(extractDir == null ? name : Path.Combine(extractDir, name), m.Data);
                });
                break;
            case 'p':
                Scan(archive, files, m =>
                {
                    if (verbose) stdout.WriteLine(m.Name);
                    WriteBytes(stdout, m.Data);
                });
                break;
            default: throw new UserError($"pack: invalid operation '{op}'");
        }
    }

    private static void Add(ArArchive ar, string archive, IReadOnlyList<string> files, bool verbose, TextWriter stdout)
    {
        if (files.Count == 0) throw new UserError("pack: no files to add");
        foreach (var file in files)
        {
            if (verbose) stdout.WriteLine(file);
            byte[] data;
            try { data = File.ReadAllBytes(file); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UserError($"open {file}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
            }
            // A compiler output archive (only __.PKGDEF and/or _go_.o) contributes its members, as gc's pack does.
            if (ArArchive.IsArchive(data) && ArArchive.Read(data, file) is var inner && IsCompilerArchive(inner))
                foreach (var m in inner.Members) Put(ar, new ArMember(m.Name, m.Data) { Mode = m.Mode });
            else
                Put(ar, new ArMember(Path.GetFileName(file), data));
        }
        AtomicFile.Write(archive, ar.Write());
    }

    /// <summary>Replaces the member of the same name, or appends; __.PKGDEF always goes first.</summary>
    private static void Put(ArArchive ar, ArMember m)
    {
        int i = ar.Members.FindIndex(x => x.Name == m.Name);
        if (i >= 0) ar.Members[i] = m;
        else if (m.Name == PkgDefName) ar.Members.Insert(0, m);
        else ar.Members.Add(m);
    }

    private static bool IsCompilerArchive(ArArchive a) =>
        a.Members.Count is 1 or 2 && a.Members.All(m => m.Name is PkgDefName or GoObjectName)
        && a.Members.Select(m => m.Name).Distinct().Count() == a.Members.Count;

    /// <summary>Applies <paramref name="action"/> to every member, or to the named ones; names not found are an error.</summary>
    private static void Scan(string archive, IReadOnlyList<string> names, Action<ArMember> action)
    {
        var ar = ArArchive.ReadFile(archive);
        var wanted = names.ToList();
        foreach (var m in ar.Members)
        {
            if (names.Count > 0)
            {
                int k = wanted.IndexOf(m.Name);
                if (k < 0) continue;
                wanted.RemoveAt(k);
            }
            action(m);
        }
        if (wanted.Count > 0) throw new UserError($"pack: file \"{wanted[0]}\" not in archive");
    }

    /// <summary>gc's <c>pack tv</c> line: mode, uid/gid, size, time, name.</summary>
    public static string LongListing(ArMember m)
    {
        var perm = new StringBuilder("-");
        const string rwx = "rwxrwxrwx";
        for (int bit = 8; bit >= 0; bit--) perm.Append((m.Mode & (1 << bit)) != 0 ? rwx[8 - bit] : '-');
        // gc formats the time as "Jan _2 15:04 2006"; we use UTC so the listing does not depend on the machine.
        var t = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(m.Mtime, 0, 253402300799)).UtcDateTime;
        var time = string.Create(CultureInfo.InvariantCulture, $"{t:MMM} {t.Day,2} {t:HH:mm yyyy}");
        return string.Create(CultureInfo.InvariantCulture, $"{perm} {m.Uid,6}/{m.Gid,-6} {m.Data.Length,12} {time} {m.Name}");
    }

    private static string SafeMemberPath(string archive, string name)
    {
        if (name is "." or ".." || name.Contains('/') || name.Contains('\\') || name.Contains('\0'))
            throw new UserError($"{archive}: refusing to extract member with unsafe name \"{name}\"");
        return name;
    }

    /// <summary>Writes raw bytes to a text writer, reaching the underlying stream when there is one.</summary>
    private static void WriteBytes(TextWriter w, byte[] data)
    {
        if (w is StreamWriter sw)
        {
            sw.Flush();
            sw.BaseStream.Write(data);
            sw.BaseStream.Flush();
        }
        else if (ReferenceEquals(w, Console.Out))
        {
            w.Flush();
            using var so = Console.OpenStandardOutput();
            so.Write(data);
            so.Flush();
        }
        else w.Write(Encoding.UTF8.GetString(data));
    }
}
