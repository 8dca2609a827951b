using System.Text;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Pack;

/// <summary>One file inside an ar archive.</summary>
public sealed record ArMember(string Name, byte[] Data)
{
    /// <summary>Unix permission bits recorded in the header (octal text in the file).</summary>
    public int Mode { get; init; } = Convert.ToInt32("644", 8);
}

/// <summary>
/// A Unix ar archive, the container of gosharp packages (<c>__.PKGDEF</c> export data first, then
/// ELF objects). Written in the System V/GNU variant (names end with '/', long names in a "//"
/// member), with zero timestamps and ids so the bytes depend only on the contents. Reads GNU, BSD
/// (<c>#1/len</c>) and plain space-padded names; GNU symbol-index members ("/", "/SYM64/") are skipped.
/// </summary>
public sealed class ArArchive
{
    public static ReadOnlySpan<byte> Magic => "!<arch>\n"u8;
    private const int HeaderSize = 60;

    public List<ArMember> Members { get; } = [];

    public ArMember? Find(string name) => Members.FirstOrDefault(m => m.Name == name);

    public static bool IsArchive(ReadOnlySpan<byte> data) => data.StartsWith(Magic);

    public static ArArchive ReadFile(string path)
    {
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
        }
        return Read(data, path);
    }

    /// <summary>Parses an archive; a malformed one is a <see cref="UserError"/> naming the file and the offset.</summary>
    public static ArArchive Read(ReadOnlySpan<byte> data, string fileName)
    {
        if (!IsArchive(data)) throw new UserError($"{fileName}: not an archive (bad magic)");
        var ar = new ArArchive();
        string? longNames = null;
        int pos = Magic.Length;
        while (pos < data.Length)
        {
            if (data.Length - pos == 1 && data[pos] == '\n') break; // trailing pad
            if (data.Length - pos < HeaderSize) throw new UserError($"{fileName}: truncated archive header at offset {pos}");
            var h = data.Slice(pos, HeaderSize);
            if (h[58] != '`' || h[59] != '\n') throw new UserError($"{fileName}: corrupt archive header at offset {pos}");
            var rawName = Encoding.UTF8.GetString(h[..16]).TrimEnd(' ');
            var sizeText = Encoding.ASCII.GetString(h.Slice(48, 10)).Trim();
            if (!long.TryParse(sizeText, out var size) || size < 0 || size > data.Length - pos - HeaderSize)
                throw new UserError($"{fileName}: corrupt archive member size {sizeText} at offset {pos}");
            var modeText = Encoding.ASCII.GetString(h.Slice(40, 8)).Trim();
            int mode = 0;
            foreach (var c in modeText) { if (c < '0' || c > '7') break; mode = mode * 8 + (c - '0'); }
            var body = data.Slice(pos + HeaderSize, (int)size);
            pos += HeaderSize + (int)size;
            if ((size & 1) != 0) pos++;

            string name;
            if (rawName == "/" || rawName == "/SYM64/") continue; // GNU symbol index
            if (rawName == "//") { longNames = Encoding.UTF8.GetString(body); continue; }
            if (rawName.StartsWith("#1/"))
            {
                if (!int.TryParse(rawName.AsSpan(3), out var n) || n < 0 || n > body.Length)
                    throw new UserError($"{fileName}: corrupt BSD member name {rawName}");
                name = Encoding.UTF8.GetString(body[..n]).TrimEnd('\0');
                body = body[n..];
            }
            else if (rawName.Length > 1 && rawName[0] == '/' && char.IsAsciiDigit(rawName[1]))
            {
                if (longNames == null || !int.TryParse(rawName.AsSpan(1), out var off) || off >= longNames.Length)
                    throw new UserError($"{fileName}: corrupt long member name {rawName}");
                var end = longNames.IndexOf('\n', off);
                name = (end < 0 ? longNames[off..] : longNames[off..end]).TrimEnd('/');
            }
            else name = rawName.EndsWith('/') ? rawName[..^1] : rawName;
            ar.Members.Add(new ArMember(name, body.ToArray()) { Mode = mode });
        }
        return ar;
    }

    public byte[] Write()
    {
        var ms = new MemoryStream();
        ms.Write(Magic);
        // Names of 16 bytes or more (with the '/' terminator) go to the "//" table.
        var table = new StringBuilder();
        var tableOffsets = new Dictionary<ArMember, int>(ReferenceEqualityComparer.Instance);
        foreach (var m in Members)
            if (Encoding.UTF8.GetByteCount(m.Name) + 1 > 16)
            {
                tableOffsets[m] = Encoding.UTF8.GetByteCount(table.ToString());
                table.Append(m.Name).Append("/\n");
            }
        if (table.Length > 0) WriteMember(ms, "//", Encoding.UTF8.GetBytes(table.ToString()), 0, isTable: true);
        foreach (var m in Members)
        {
            var hdrName = tableOffsets.TryGetValue(m, out var off) ? $"/{off}" : m.Name + "/";
            WriteMember(ms, hdrName, m.Data, m.Mode, isTable: false);
        }
        return ms.ToArray();
    }

    private static void WriteMember(MemoryStream ms, string name, byte[] data, int mode, bool isTable)
    {
        var h = new StringBuilder();
        h.Append(name).Append(' ', 16 - Encoding.UTF8.GetByteCount(name));
        if (isTable) h.Append(new string(' ', 32));
        else
        {
            h.Append("0".PadRight(12)); // mtime
            h.Append("0".PadRight(6));  // uid
            h.Append("0".PadRight(6));  // gid
            h.Append(Convert.ToString(mode, 8).PadRight(8));
        }
        h.Append(data.Length.ToString().PadRight(10));
        h.Append("`\n");
        var hb = Encoding.UTF8.GetBytes(h.ToString());
        if (hb.Length != HeaderSize) throw new InvalidOperationException($"ar header for {name} is {hb.Length} bytes");
        ms.Write(hb);
        ms.Write(data);
        if ((data.Length & 1) != 0) ms.WriteByte((byte)'\n');
    }
}
