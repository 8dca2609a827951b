using System.Text;

namespace Gosharp.Common.Elf;

/// <summary>An ELF string table (.strtab, .shstrtab): NUL-terminated names, offset 0 is the empty name.</summary>
public sealed class StringTable
{
    private readonly MemoryStream bytes = new();
    private readonly Dictionary<string, uint> offsets = new(StringComparer.Ordinal);

    public StringTable()
    {
        bytes.WriteByte(0);
        offsets[""] = 0;
    }

    /// <summary>The offset of <paramref name="s"/>, adding it the first time it is seen.</summary>
    public uint Add(string s)
    {
        if (offsets.TryGetValue(s, out var off)) return off;
        off = (uint)bytes.Length;
        var b = Encoding.UTF8.GetBytes(s);
        bytes.Write(b);
        bytes.WriteByte(0);
        offsets[s] = off;
        return off;
    }

    public byte[] ToArray() => bytes.ToArray();
}
