using System.Globalization;
using System.Text;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Pack;

/// <summary>One file inside an ar archive.</summary>
public sealed record ArMember(string Name, byte[] Data)
{
    /// <summary>Unix permission bits recorded in the header (octal text in the file).</summary>
    public int Mode { get; init; } = Convert.ToInt32("644", 8);

    /// <summary>Header fields as read from an existing archive; gosharp always writes them as 0.</summary>
    public long Mtime { get; init; }
    public int Uid { get; init; }
    public int Gid { get; init; }
}

/// <summary>
/// A Unix ar archive, the container of gosharp packages (<c>__.PKGDEF</c> export data first, then
/// ELF objects). Written in the System V/GNU variant (names end with '/', long names in a "//"
/// member), with zero timestamps and ids so the bytes depend only on the contents. Reads GNU, BSD
/// (<c>#1/len</c>) and plain space-padded names; symbol-index members (GNU "/" and "/SYM64/",
/// BSD "__.SYMDEF") are skipped: the linker builds its own index.
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
        ReadOnlySpan<byte> longNames = default;
        bool haveLongNames = false;
        int pos = Magic.Length;
        while (pos < data.Length)
        {
            if (data.Length - pos == 1 && data[pos] == '\n') break; // trailing pad
            if (data.Length - pos < HeaderSize) throw Corrupt(fileName, pos, "truncated archive header");
            var h = data.Slice(pos, HeaderSize);
            if (h[58] != '`' || h[59] != '\n') throw Corrupt(fileName, pos, "corrupt archive header");
            var rawName = Encoding.UTF8.GetString(h[..16]).TrimEnd(' ');
            var sizeText = Encoding.ASCII.GetString(h.Slice(48, 10)).Trim(' ');
            if (!IsDecimal(sizeText) || !long.TryParse(sizeText, NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size > data.Length - pos - HeaderSize)
                throw Corrupt(fileName, pos, $"corrupt archive member size \"{sizeText}\"");
            int mode = ParseOctal(Encoding.ASCII.GetString(h.Slice(40, 8)).Trim(' '));
            long.TryParse(Encoding.ASCII.GetString(h.Slice(16, 12)).Trim(' '), NumberStyles.None, CultureInfo.InvariantCulture, out var mtime);
            int.TryParse(Encoding.ASCII.GetString(h.Slice(28, 6)).Trim(' '), NumberStyles.None, CultureInfo.InvariantCulture, out var uid);
            int.TryParse(Encoding.ASCII.GetString(h.Slice(34, 6)).Trim(' '), NumberStyles.None, CultureInfo.InvariantCulture, out var gid);
            int headerPos = pos;
            var body = data.Slice(pos + HeaderSize, (int)size);
            pos += HeaderSize + (int)size;
            if ((size & 1) != 0) pos++;

            if (rawName is "/" or "/SYM64/" or "__.SYMDEF" or "__.SYMDEF SORTED") continue; // symbol indexes
            if (rawName == "//") { longNames = body; haveLongNames = true; continue; }

            string name;
            if (rawName.StartsWith("#1/", StringComparison.Ordinal))
            {
                // BSD: the name is the first n bytes of the body.
                if (!IsDecimal(rawName[3..]) || !int.TryParse(rawName.AsSpan(3), out var n) || n > body.Length)
                    throw Corrupt(fileName, headerPos, $"corrupt BSD member name \"{rawName}\"");
                name = Encoding.UTF8.GetString(body[..n]).TrimEnd('\0');
                body = body[n..];
            }
            else if (rawName.Length > 1 && rawName[0] == '/' && char.IsAsciiDigit(rawName[1]))
            {
                // GNU: "/off" names the entry at byte offset off of the "//" table ("name/\n").
                if (!haveLongNames || !IsDecimal(rawName[1..]) || !int.TryParse(rawName.AsSpan(1), out var off) || off >= longNames.Length)
                    throw Corrupt(fileName, headerPos, $"corrupt long member name \"{rawName}\"");
                var rest = longNames[off..];
                var end = rest.IndexOf((byte)'\n');
                var entry = end < 0 ? rest : rest[..end];
                if (entry.Length > 0 && entry[^1] == '/') entry = entry[..^1];
                name = Encoding.UTF8.GetString(entry);
            }
            else name = rawName.EndsWith('/') ? rawName[..^1] : rawName;
            if (name.Length == 0) throw Corrupt(fileName, headerPos, "empty archive member name");
            ar.Members.Add(new ArMember(name, body.ToArray()) { Mode = mode, Mtime = mtime, Uid = uid, Gid = gid });
        }
        return ar;
    }

    private static UserError Corrupt(string fileName, int offset, string what) => new($"{fileName}: {what} at offset {offset}");

    private static bool IsDecimal(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static int ParseOctal(string s)
    {
        int mode = 0;
        foreach (var c in s)
        {
            if (c < '0' || c > '7') break;
            mode = (mode << 3) | (c - '0');
            if (mode > 0xffffff) break;
        }
        return mode;
    }

    public byte[] Write()
    {
        var ms = new MemoryStream();
        ms.Write(Magic);
        // Names that do not fit the 16-byte field with their '/' terminator go to the "//" table.
        var table = new MemoryStream();
        var tableOffsets = new Dictionary<ArMember, int>(ReferenceEqualityComparer.Instance);
        foreach (var m in Members)
        {
            if (m.Name.Length == 0 || m.Name.Contains('/') || m.Name.Contains('\n'))
                throw new UserError($"invalid archive member name \"{m.Name}\"");
            if (Encoding.UTF8.GetByteCount(m.Name) + 1 > 16)
            {
                tableOffsets[m] = (int)table.Length;
                table.Write(Encoding.UTF8.GetBytes(m.Name + "/\n"));
            }
        }
        if (table.Length > 0) WriteMember(ms, "//", table.ToArray(), 0, isTable: true);
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
        h.Append(data.Length.ToString(System.Globalization.CultureInfo.InvariantCulture).PadRight(10));
        h.Append("`\n");
        var hb = Encoding.UTF8.GetBytes(h.ToString());
        if (hb.Length != HeaderSize) throw new InvalidOperationException($"ar header for {name} is {hb.Length} bytes");
        ms.Write(hb);
        ms.Write(data);
        if ((data.Length & 1) != 0) ms.WriteByte((byte)'\n');
    }
}
