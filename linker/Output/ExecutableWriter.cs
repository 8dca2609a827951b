using Gosharp.Common.Elf;
using Gosharp.Linker.Input;
using Gosharp.Linker.Layout;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker.Output;

/// <summary>
/// Phase 6: the ELF64 ET_EXEC file: program headers (the PT_LOADs, PT_NOTE for the build id,
/// PT_GNU_STACK), the loaded sections at the offsets layout chose, then the DWARF sections (unless -w or -s),
/// <c>.symtab</c>/<c>.strtab</c> (unless stripped) and the section headers, so readelf, objdump and gdb
/// understand the file.
/// </summary>
public static class ExecutableWriter
{
    public static byte[] Write(ImageLayout layout, IReadOnlyList<ObjectFile> objects, SymbolResolver symbols, ulong entry, bool strip,
        IReadOnlyList<(string Name, byte[] Data)> debugSections)
    {
        var w = new ElfWriter { Type = ElfType.Exec, Entry = entry };
        foreach (var l in layout.Loads)
            w.Segments.Add(new ElfSegment(SegmentType.Load, l.Flags, l.Offset, l.VAddr, l.FileSize, l.MemSize, ImageLayout.PageSize));
        if (layout.Note is { } note)
        {
            w.Segments.Add(new ElfSegment(SegmentType.Note, SegmentFlags.R, layout.NoteOffset, layout.NoteAddr, (ulong)note.Length, (ulong)note.Length, 4));
            w.Add(new ElfSection
            {
                Name = BuildIdNote.SectionName, Type = SectionType.Note, Flags = SectionFlags.Alloc, Addr = layout.NoteAddr,
                Data = note, AddrAlign = 4, FileOffset = layout.NoteOffset,
            });
        }
        w.Segments.Add(new ElfSegment(SegmentType.GnuStack, SegmentFlags.R | SegmentFlags.W, 0, 0, 0, 0, 16));
        if (w.Segments.Count != layout.ProgramHeaderCount)
            throw new InvalidOperationException($"layout planned {layout.ProgramHeaderCount} program headers, wrote {w.Segments.Count}");

        var elfIndex = new Dictionary<OutputKind, ushort>();
        foreach (var o in layout.Sections)
        {
            if (o.Size == 0) continue;
            var flags = SectionFlags.Alloc | o.Kind switch
            {
                OutputKind.Text => SectionFlags.ExecInstr,
                OutputKind.RoData => SectionFlags.None,
                _ => SectionFlags.Write,
            };
            var s = w.Add(new ElfSection
            {
                Name = o.Name, Type = o.IsNoBits ? SectionType.NoBits : SectionType.ProgBits, Flags = flags, Addr = o.Addr,
                Data = o.Data ?? [], NoBitsSize = o.IsNoBits ? o.Size : 0, AddrAlign = o.Align, FileOffset = o.FileOffset,
            });
            elfIndex[o.Kind] = s.Index;
        }

        foreach (var (name, data) in debugSections)
            w.Add(new ElfSection { Name = name, Type = SectionType.ProgBits, Data = data });

        if (!strip)
        {
            var table = SymbolTableContents.Build(layout, objects, symbols, elfIndex);
            var (symtab, strtab, firstGlobal) = table.Build();
            var symSec = w.Add(new ElfSection
            {
                Name = ".symtab", Type = SectionType.SymTab, Data = symtab, AddrAlign = 8, EntSize = SymbolTableBuilder.EntrySize,
                Info = firstGlobal,
            });
            var strSec = w.Add(new ElfSection { Name = ".strtab", Type = SectionType.StrTab, Data = strtab });
            symSec.Link = strSec.Index;
        }
        return w.Write();
    }
}
