using System.Buffers.Binary;

namespace Gosharp.Common.Elf;

/// <summary>One section to be written. Its index is fixed when it is added to an <see cref="ElfWriter"/>.</summary>
public sealed class ElfSection
{
    public required string Name { get; init; }
    public required SectionType Type { get; init; }
    public SectionFlags Flags { get; init; }
    public ulong Addr { get; set; }
    /// <summary>The contents; ignored for NOBITS sections, which use <see cref="NoBitsSize"/>.</summary>
    public byte[] Data { get; set; } = [];
    public ulong NoBitsSize { get; set; }
    public uint Link { get; set; }
    public uint Info { get; set; }
    public ulong AddrAlign { get; init; } = 1;
    public ulong EntSize { get; init; }
    /// <summary>Where the contents go in the file; chosen by the writer (aligned to AddrAlign) when null.</summary>
    public ulong? FileOffset { get; set; }
    public ushort Index { get; internal set; }

    public ulong Size => Type == SectionType.NoBits ? NoBitsSize : (ulong)Data.Length;
}

/// <summary>A program header (segment) of an executable.</summary>
public sealed record ElfSegment(SegmentType Type, SegmentFlags Flags, ulong Offset, ulong VAddr, ulong FileSize, ulong MemSize, ulong Align);

/// <summary>
/// Writes a little-endian ELF64 file: header, program headers, section contents, then section headers.
/// The caller decides addresses (and, for executables, file offsets); the writer lays out the rest.
/// </summary>
public sealed class ElfWriter
{
    public const int HeaderSize = 64;
    public const int ProgramHeaderSize = 56;
    public const int SectionHeaderSize = 64;

    private readonly List<ElfSection> sections = [];

    public ElfType Type { get; init; } = ElfType.Rel;
    public ushort Machine { get; init; } = ElfMachine.AArch64;
    public ulong Entry { get; set; }
    public uint Flags { get; set; }
    public List<ElfSegment> Segments { get; } = [];
    public IReadOnlyList<ElfSection> Sections => sections;

    /// <summary>Adds a section and gives it the next index (1, 2, ...; 0 is the null section).</summary>
    public ElfSection Add(ElfSection s)
    {
        s.Index = (ushort)(sections.Count + 1);
        sections.Add(s);
        return s;
    }

    /// <summary>Where the program headers end: the first file offset free for contents.</summary>
    public ulong HeadersEnd(int segmentCount) => (ulong)(HeaderSize + ProgramHeaderSize * segmentCount);

    public byte[] Write()
    {
        var shstr = new StringTable();
        var nameOffsets = sections.Select(s => shstr.Add(s.Name)).ToList();
        var shstrtab = new ElfSection { Name = ".shstrtab", Type = SectionType.StrTab };
        var shstrName = shstr.Add(".shstrtab");
        shstrtab.Data = shstr.ToArray();
        shstrtab.Index = (ushort)(sections.Count + 1);
        var all = sections.Append(shstrtab).ToList();
        nameOffsets.Add(shstrName);

        // Lay out contents: fixed offsets stay, the others follow in order.
        ulong pos = HeadersEnd(Segments.Count);
        var offsets = new ulong[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            var s = all[i];
            if (s.FileOffset is { } fixedOff)
            {
                offsets[i] = fixedOff;
                if (s.Type != SectionType.NoBits) pos = Math.Max(pos, fixedOff + s.Size);
                continue;
            }
            var align = Math.Max(1UL, s.AddrAlign);
            pos = (pos + align - 1) / align * align;
            offsets[i] = pos;
            if (s.Type != SectionType.NoBits) pos += s.Size;
        }
        ulong shoff = (pos + 7) & ~7UL;
        var total = shoff + (ulong)(SectionHeaderSize * (all.Count + 1));
        var buf = new byte[total];
        var span = buf.AsSpan();

        // ELF header.
        span[0] = 0x7f; span[1] = (byte)'E'; span[2] = (byte)'L'; span[3] = (byte)'F';
        span[4] = 2; // ELFCLASS64
        span[5] = 1; // ELFDATA2LSB
        span[6] = 1; // EV_CURRENT
        span[7] = 0; // ELFOSABI_NONE
        BinaryPrimitives.WriteUInt16LittleEndian(span[16..], (ushort)Type);
        BinaryPrimitives.WriteUInt16LittleEndian(span[18..], Machine);
        BinaryPrimitives.WriteUInt32LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteUInt64LittleEndian(span[24..], Entry);
        BinaryPrimitives.WriteUInt64LittleEndian(span[32..], Segments.Count > 0 ? (ulong)HeaderSize : 0);
        BinaryPrimitives.WriteUInt64LittleEndian(span[40..], shoff);
        BinaryPrimitives.WriteUInt32LittleEndian(span[48..], Flags);
        BinaryPrimitives.WriteUInt16LittleEndian(span[52..], HeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[54..], ProgramHeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[56..], (ushort)Segments.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(span[58..], SectionHeaderSize);
        BinaryPrimitives.WriteUInt16LittleEndian(span[60..], (ushort)(all.Count + 1));
        BinaryPrimitives.WriteUInt16LittleEndian(span[62..], shstrtab.Index);

        // Program headers.
        for (int i = 0; i < Segments.Count; i++)
        {
            var p = span[(HeaderSize + i * ProgramHeaderSize)..];
            var seg = Segments[i];
            BinaryPrimitives.WriteUInt32LittleEndian(p, (uint)seg.Type);
            BinaryPrimitives.WriteUInt32LittleEndian(p[4..], (uint)seg.Flags);
            BinaryPrimitives.WriteUInt64LittleEndian(p[8..], seg.Offset);
            BinaryPrimitives.WriteUInt64LittleEndian(p[16..], seg.VAddr);
            BinaryPrimitives.WriteUInt64LittleEndian(p[24..], seg.VAddr);
            BinaryPrimitives.WriteUInt64LittleEndian(p[32..], seg.FileSize);
            BinaryPrimitives.WriteUInt64LittleEndian(p[40..], seg.MemSize);
            BinaryPrimitives.WriteUInt64LittleEndian(p[48..], seg.Align);
        }

        // Contents and section headers (header 0 stays all zero).
        for (int i = 0; i < all.Count; i++)
        {
            var s = all[i];
            if (s.Type != SectionType.NoBits && s.Data.Length > 0)
                s.Data.CopyTo(span[(int)offsets[i]..]);
            var h = span[(int)(shoff + (ulong)(SectionHeaderSize * (i + 1)))..];
            BinaryPrimitives.WriteUInt32LittleEndian(h, nameOffsets[i]);
            BinaryPrimitives.WriteUInt32LittleEndian(h[4..], (uint)s.Type);
            BinaryPrimitives.WriteUInt64LittleEndian(h[8..], (ulong)s.Flags);
            BinaryPrimitives.WriteUInt64LittleEndian(h[16..], s.Addr);
            BinaryPrimitives.WriteUInt64LittleEndian(h[24..], offsets[i]);
            BinaryPrimitives.WriteUInt64LittleEndian(h[32..], s.Size);
            BinaryPrimitives.WriteUInt32LittleEndian(h[40..], s.Link);
            BinaryPrimitives.WriteUInt32LittleEndian(h[44..], s.Info);
            BinaryPrimitives.WriteUInt64LittleEndian(h[48..], s.AddrAlign);
            BinaryPrimitives.WriteUInt64LittleEndian(h[56..], s.EntSize);
        }
        return buf;
    }
}
