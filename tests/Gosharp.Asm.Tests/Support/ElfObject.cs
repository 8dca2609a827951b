using System.Buffers.Binary;
using System.Text;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Tests.Support;

/// <summary>A minimal ELF64 reader for tests: sections, symbols and RELA entries, read straight from the bytes.</summary>
public sealed class ElfObject
{
    public sealed record Section(int Index, string Name, uint Type, ulong Flags, ulong Size, uint Link, uint Info, ulong Align, byte[] Data);
    public sealed record Symbol(string Name, ulong Value, ulong Size, int Type, int Binding, ushort Shndx);
    public sealed record Reloc(ulong Offset, string Symbol, RelocType Type, long Addend);

    public IReadOnlyList<Section> Sections { get; }
    public IReadOnlyList<Symbol> Symbols { get; }

    public ElfObject(byte[] b)
    {
        var s = b.AsSpan();
        ulong shoff = BinaryPrimitives.ReadUInt64LittleEndian(s[40..]);
        int shnum = BinaryPrimitives.ReadUInt16LittleEndian(s[60..]);
        int shstrndx = BinaryPrimitives.ReadUInt16LittleEndian(s[62..]);
        var raw = new List<(uint Name, uint Type, ulong Flags, ulong Off, ulong Size, uint Link, uint Info, ulong Align)>();
        for (int i = 0; i < shnum; i++)
        {
            var h = s[(int)(shoff + (ulong)(64 * i))..];
            raw.Add((BinaryPrimitives.ReadUInt32LittleEndian(h), BinaryPrimitives.ReadUInt32LittleEndian(h[4..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[8..]), BinaryPrimitives.ReadUInt64LittleEndian(h[24..]),
                BinaryPrimitives.ReadUInt64LittleEndian(h[32..]), BinaryPrimitives.ReadUInt32LittleEndian(h[40..]),
                BinaryPrimitives.ReadUInt32LittleEndian(h[44..]), BinaryPrimitives.ReadUInt64LittleEndian(h[48..])));
        }
        var shstr = raw[shstrndx];
        var secs = new List<Section>();
        for (int i = 0; i < raw.Count; i++)
        {
            var r = raw[i];
            var data = r.Type == 8 ? [] : b.AsSpan((int)r.Off, (int)r.Size).ToArray();
            secs.Add(new Section(i, CString(b, (int)(shstr.Off + r.Name)), r.Type, r.Flags, r.Size, r.Link, r.Info, r.Align, data));
        }
        Sections = secs;
        var syms = new List<Symbol>();
        var symtab = secs.FirstOrDefault(x => x.Type == 2);
        if (symtab != null)
        {
            var strtab = secs[(int)symtab.Link];
            for (int off = 0; off < symtab.Data.Length; off += 24)
            {
                var e = symtab.Data.AsSpan(off);
                syms.Add(new Symbol(CString(strtab.Data, (int)BinaryPrimitives.ReadUInt32LittleEndian(e)),
                    BinaryPrimitives.ReadUInt64LittleEndian(e[8..]), BinaryPrimitives.ReadUInt64LittleEndian(e[16..]),
                    e[4] & 0xf, e[4] >> 4, BinaryPrimitives.ReadUInt16LittleEndian(e[6..])));
            }
        }
        Symbols = syms;
    }

    private static string CString(byte[] b, int at)
    {
        int end = Array.IndexOf(b, (byte)0, at);
        return Encoding.UTF8.GetString(b, at, end - at);
    }

    public Section this[string name] => Sections.FirstOrDefault(x => x.Name == name) ?? throw new KeyNotFoundException("no section " + name + "; have " + string.Join(", ", Sections.Select(x => x.Name)));

    public bool Has(string name) => Sections.Any(x => x.Name == name);

    /// <summary>The RELA entries that apply to the named section.</summary>
    public IReadOnlyList<Reloc> RelocsFor(string section)
    {
        var target = this[section];
        var rela = Sections.FirstOrDefault(x => x.Type == 4 && x.Info == target.Index);
        if (rela == null) return [];
        var list = new List<Reloc>();
        for (int off = 0; off < rela.Data.Length; off += 24)
        {
            var r = ElfRela.Read(rela.Data.AsSpan(off));
            list.Add(new Reloc(r.Offset, Symbols[(int)r.Symbol].Name, r.Type, r.Addend));
        }
        return list;
    }

    public static uint[] Words(byte[] code)
    {
        var w = new uint[code.Length / 4];
        for (int i = 0; i < w.Length; i++) w[i] = BinaryPrimitives.ReadUInt32LittleEndian(code.AsSpan(4 * i));
        return w;
    }
}
