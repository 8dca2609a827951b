using System.Buffers.Binary;
using System.Text;
using Gosharp.Common.Elf;

namespace Gosharp.Linker.Tests.Support;

/// <summary>
/// Decodes the runtime's function table (ARCHITECTURE.md, "the function table") from an executable, the
/// way the runtime's Go code reads it: through runtime.functab/runtime.efunctab, with the binary searches
/// the format is meant for. Written from the documented format, not from the linker's code.
/// </summary>
public sealed class FuncTabReader
{
    public sealed record Func(ulong Entry, uint Size, string Name, IReadOnlyList<Line> Lines);
    public sealed record Line(uint PcOff, string? File, uint LineNo);

    public uint Magic { get; }
    public uint Version { get; }
    public IReadOnlyList<Func> Funcs { get; }
    public ulong Start { get; }
    public ulong End { get; }

    public FuncTabReader(string exe)
    {
        var file = File.ReadAllBytes(exe);
        var syms = ElfSymbols.Read(file);
        Start = syms["runtime.functab"].Value;
        End = syms["runtime.efunctab"].Value;
        var t = ElfSymbols.Bytes(file, Start, End - Start).ToArray();
        uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(t.AsSpan(at));
        Magic = U32(0);
        Version = U32(4);
        int nfunc = (int)U32(8), nfile = (int)U32(12), nline = (int)U32(16);
        int funcOff = (int)U32(20), fileOff = (int)U32(24), lineOff = (int)U32(28), strOff = (int)U32(32), strLen = (int)U32(36);
        Assert.Equal((ulong)strOff + (ulong)strLen, End - Start);
        string Str(uint off, uint len)
        {
            Assert.True(off + len <= strLen, "string outside the string bytes");
            return Encoding.UTF8.GetString(t, strOff + (int)off, (int)len);
        }
        var files = Enumerable.Range(0, nfile).Select(i => Str(U32(fileOff + 8 * i), U32(fileOff + 8 * i + 4))).ToList();
        var funcs = new List<Func>();
        for (int i = 0; i < nfunc; i++)
        {
            int r = funcOff + 32 * i;
            var entry = BinaryPrimitives.ReadUInt64LittleEndian(t.AsSpan(r));
            uint line0 = U32(r + 20), count = U32(r + 24);
            Assert.True(line0 + count <= nline, "line records outside the table");
            var lines = new List<Line>();
            for (uint k = line0; k < line0 + count; k++)
            {
                int l = lineOff + 12 * (int)k;
                uint fi = U32(l + 4);
                lines.Add(new Line(U32(l), fi == 0xffffffff ? null : files[(int)fi], U32(l + 8)));
            }
            funcs.Add(new Func(entry, U32(r + 8), Str(U32(r + 12), U32(r + 16)), lines));
        }
        Funcs = funcs;
    }

    /// <summary>The function containing pc: a binary search over the sorted entries.</summary>
    public Func? FindFunc(ulong pc)
    {
        int lo = 0, hi = Funcs.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Funcs[mid].Entry <= pc) lo = mid + 1; else hi = mid;
        }
        if (lo == 0) return null;
        var f = Funcs[lo - 1];
        return pc < f.Entry + f.Size ? f : null;
    }

    /// <summary>file:line of pc, as the runtime would print it (null file: unknown).</summary>
    public (string? File, uint Line) FileLine(ulong pc)
    {
        var f = FindFunc(pc);
        if (f == null || f.Lines.Count == 0) return (null, 0);
        var off = pc - f.Entry;
        int lo = 0, hi = f.Lines.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (f.Lines[mid].PcOff <= off) lo = mid + 1; else hi = mid;
        }
        var l = f.Lines[lo - 1];
        return (l.File, l.LineNo);
    }
}

/// <summary>The symbol table and loaded bytes of an executable, read raw (no oracle needed).</summary>
public static class ElfSymbols
{
    public sealed record Sym(string Name, ulong Value, ulong Size, SymbolType Type, SymbolBinding Binding);

    public static Dictionary<string, Sym> Read(byte[] file) => All(file).GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.First());

    public static List<Sym> All(byte[] file)
    {
        var headers = ElfSectionHeader.ReadAll(file);
        var symtab = headers.Single(h => h.Type == SectionType.SymTab);
        var strtab = headers[symtab.Link].Contents(file);
        var data = symtab.Contents(file);
        var result = new List<Sym>();
        for (int off = 24; off < data.Length; off += 24)
        {
            var e = data[off..];
            int name = (int)BinaryPrimitives.ReadUInt32LittleEndian(e);
            int end = strtab[name..].IndexOf((byte)0);
            result.Add(new Sym(Encoding.UTF8.GetString(strtab.Slice(name, end)), BinaryPrimitives.ReadUInt64LittleEndian(e[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(e[16..]), (SymbolType)(e[4] & 0xf), (SymbolBinding)(e[4] >> 4)));
        }
        return result;
    }

    /// <summary>The bytes at a virtual address, from the section that holds them.</summary>
    public static ReadOnlySpan<byte> Bytes(byte[] file, ulong addr, ulong size)
    {
        foreach (var h in ElfSectionHeader.ReadAll(file))
            if ((h.Flags & SectionFlags.Alloc) != 0 && h.Type != SectionType.NoBits && addr >= h.Addr && addr + size <= h.Addr + h.Size)
                return file.AsSpan((int)(h.Offset + (addr - h.Addr)), (int)size);
        throw new InvalidOperationException($"no section holds 0x{addr:x}+{size}");
    }
}
