using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using Gosharp.Linker.Input;

namespace Gosharp.Linker.Layout;

/// <summary>
/// Phase 4: places the live sections. The text segment (R+X) starts at the text address with the ELF
/// and program headers, then the build-id note, then <c>.text</c>; <c>.rodata</c> (R) and the data
/// segment (RW: <c>.noptrdata</c>, <c>.data</c>, <c>.bss</c>, <c>.noptrbss</c>) follow, each starting in
/// a new 64 KiB page, with file offsets congruent to addresses modulo the page size so the file stays
/// compact (no padding between segments in the file).
/// </summary>
public sealed class ImageLayout
{
    public const ulong PageSize = 0x10000;
    public const ulong DefaultTextAddress = 0x10000;

    /// <summary>Every output section kind, in image order (empty ones included, with Size 0).</summary>
    public required IReadOnlyList<OutputSection> Sections { get; init; }
    public required IReadOnlyList<LoadSegment> Loads { get; init; }
    public required int ProgramHeaderCount { get; init; }
    public byte[]? Note { get; init; }
    public ulong NoteAddr { get; init; }
    public ulong NoteOffset { get; init; }

    public OutputSection this[OutputKind kind] => Sections[(int)kind];

    public static ImageLayout Build(IReadOnlyList<ObjectFile> objects, ulong textBase, string? buildId)
    {
        if (textBase % PageSize != 0)
            throw new UserError($"-T: text segment address 0x{textBase:x} is not a multiple of the page size 0x{PageSize:x}");
        var sections = Enum.GetValues<OutputKind>().Where(k => k != OutputKind.Discard)
            .Select(k => new OutputSection { Kind = k }).ToList();
        foreach (var obj in objects)
            foreach (var s in obj.Sections)
                if (s.Live) sections[(int)s.Kind].Members.Add(s);
        foreach (var o in sections)
        {
            ulong size = 0;
            foreach (var m in o.Members)
            {
                if (m.Align > PageSize) throw new UserError($"{m.File.Name}: section {m.Name} asks for alignment {m.Align}, more than the page size");
                o.Align = Math.Max(o.Align, m.Align);
                size = AlignUp(size, m.Align);
                m.OutOffset = size;
                size += m.Size;
            }
            o.Size = size;
        }
        if (sections[(int)OutputKind.Text].Members.Count > 0) sections[(int)OutputKind.Text].Align = Math.Max(16, sections[(int)OutputKind.Text].Align);
        // The collector's pointer bitmaps (GcMasks) describe .data and .bss in 8-byte words from their start.
        foreach (var k in new[] { OutputKind.Data, OutputKind.Bss })
            if (sections[(int)k].Members.Count > 0) sections[(int)k].Align = Math.Max(8, sections[(int)k].Align);

        var text = sections[(int)OutputKind.Text];
        var rodata = sections[(int)OutputKind.RoData];
        var rw = sections.Where(s => s.Kind is OutputKind.NoPtrData or OutputKind.Data or OutputKind.Bss or OutputKind.NoPtrBss).ToList();
        bool hasRodata = rodata.Size > 0, hasData = rw.Any(s => s.Size > 0);
        var note = buildId != null ? BuildIdNote.Build(buildId) : null;
        int phdrs = 1 + (hasRodata ? 1 : 0) + (hasData ? 1 : 0) + (note != null ? 1 : 0) + 1; // + PT_GNU_STACK

        // Text segment: file offset 0 at textBase.
        ulong off = (ulong)(ElfWriter.HeaderSize + ElfWriter.ProgramHeaderSize * phdrs);
        ulong noteOff = 0;
        if (note != null)
        {
            noteOff = AlignUp(off, 4);
            off = noteOff + (ulong)note.Length;
        }
        off = AlignUp(off, text.Align);
        Place(text, textBase + off, off);
        off += text.Size;
        var loads = new List<LoadSegment> { new(SegmentFlags.R | SegmentFlags.X, 0, textBase, off, off) };
        ulong vend = textBase + off;

        if (hasRodata)
        {
            off = AlignUp(off, rodata.Align);
            ulong va = AlignUp(vend, PageSize) + off % PageSize;
            Place(rodata, va, off);
            loads.Add(new(SegmentFlags.R, off, va, rodata.Size, rodata.Size));
            off += rodata.Size;
            vend = va + rodata.Size;
        }
        else Place(rodata, vend, off);

        if (hasData)
        {
            var first = rw.First(s => s.Size > 0);
            off = AlignUp(off, first.Align);
            ulong segOff = off, segVa = AlignUp(vend, PageSize) + off % PageSize, va = segVa;
            ulong fileEnd = segOff;
            foreach (var s in rw)
            {
                va = AlignUp(va, s.Align);
                Place(s, va, segOff + (va - segVa));
                va += s.Size;
                if (!s.IsNoBits) fileEnd = s.FileOffset + s.Size;
            }
            loads.Add(new(SegmentFlags.R | SegmentFlags.W, segOff, segVa, fileEnd - segOff, va - segVa));
        }
        else foreach (var s in rw) Place(s, vend, off);

        return new ImageLayout
        {
            Sections = sections, Loads = loads, ProgramHeaderCount = phdrs,
            Note = note, NoteAddr = textBase + noteOff, NoteOffset = noteOff,
        };
    }

    private static void Place(OutputSection o, ulong addr, ulong fileOffset)
    {
        o.Addr = addr;
        o.FileOffset = fileOffset;
        foreach (var m in o.Members) m.Addr = addr + m.OutOffset;
    }

    public static ulong AlignUp(ulong x, ulong a) => a <= 1 ? x : (x + a - 1) / a * a;
}
