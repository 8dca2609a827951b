using System.Buffers.Binary;

namespace Gosharp.Common.Elf;

/// <summary>A symbol to be written to .symtab.</summary>
public sealed record ElfSymbol(string Name, ulong Value, ulong Size, SymbolType Type, SymbolBinding Binding, ushort SectionIndex, byte Other = 0);

/// <summary>
/// Builds .symtab and its .strtab. ELF wants every local symbol before the first global one; symbols
/// keep their insertion order within each group, so the output is deterministic.
/// </summary>
public sealed class SymbolTableBuilder
{
    public const int EntrySize = 24;
    private readonly List<ElfSymbol> symbols = [];
    private int[]? finalIndex;

    /// <summary>Adds a symbol; the handle it returns gives its final index after <see cref="Build"/>.</summary>
    public int Add(ElfSymbol sym)
    {
        if (finalIndex != null) throw new InvalidOperationException("symbol table already built");
        symbols.Add(sym);
        return symbols.Count - 1;
    }

    public int Count => symbols.Count;

    /// <summary>The index in .symtab of the symbol added as <paramref name="handle"/> (0 is the null symbol).</summary>
    public uint IndexOf(int handle) => (uint)(finalIndex ?? throw new InvalidOperationException("call Build first"))[handle];

    /// <summary>Writes the table. FirstGlobal is the value .symtab's sh_info must hold.</summary>
    public (byte[] SymTab, byte[] StrTab, uint FirstGlobal) Build()
    {
        var strtab = new StringTable();
        var order = symbols.Select((s, i) => (s, i)).Where(x => x.s.Binding == SymbolBinding.Local)
            .Concat(symbols.Select((s, i) => (s, i)).Where(x => x.s.Binding != SymbolBinding.Local)).ToList();
        finalIndex = new int[symbols.Count];
        var bytes = new byte[EntrySize * (order.Count + 1)];
        uint firstGlobal = (uint)(order.Count + 1);
        for (int k = 0; k < order.Count; k++)
        {
            var (s, i) = order[k];
            finalIndex[i] = k + 1;
            if (s.Binding != SymbolBinding.Local && firstGlobal > k + 1) firstGlobal = (uint)(k + 1);
            var e = bytes.AsSpan(EntrySize * (k + 1));
            BinaryPrimitives.WriteUInt32LittleEndian(e, s.Name.Length == 0 ? 0 : strtab.Add(s.Name));
            e[4] = (byte)(((byte)s.Binding << 4) | ((byte)s.Type & 0xf));
            e[5] = s.Other;
            BinaryPrimitives.WriteUInt16LittleEndian(e[6..], s.SectionIndex);
            BinaryPrimitives.WriteUInt64LittleEndian(e[8..], s.Value);
            BinaryPrimitives.WriteUInt64LittleEndian(e[16..], s.Size);
        }
        return (bytes, strtab.ToArray(), firstGlobal);
    }
}

/// <summary>An entry of a .rela section (Elf64_Rela).</summary>
public readonly record struct ElfRela(ulong Offset, uint Symbol, RelocType Type, long Addend)
{
    public const int Size = 24;

    public void WriteTo(Span<byte> dst)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(dst, Offset);
        BinaryPrimitives.WriteUInt64LittleEndian(dst[8..], ((ulong)Symbol << 32) | (uint)Type);
        BinaryPrimitives.WriteInt64LittleEndian(dst[16..], Addend);
    }

    public static ElfRela Read(ReadOnlySpan<byte> src)
    {
        var info = BinaryPrimitives.ReadUInt64LittleEndian(src[8..]);
        return new ElfRela(BinaryPrimitives.ReadUInt64LittleEndian(src), (uint)(info >> 32), (RelocType)(uint)info,
            BinaryPrimitives.ReadInt64LittleEndian(src[16..]));
    }

    public static byte[] Encode(IReadOnlyList<ElfRela> relas)
    {
        var b = new byte[Size * relas.Count];
        for (int i = 0; i < relas.Count; i++) relas[i].WriteTo(b.AsSpan(i * Size));
        return b;
    }
}
