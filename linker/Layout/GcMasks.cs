using Gosharp.Common.Diagnostics;
using Gosharp.Linker.Input;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker.Layout;

/// <summary>
/// The collector's pointer bitmaps of the sections holding global variables with pointers:
/// <c>runtime.gcdata</c> for <c>.data</c> and <c>runtime.gcbss</c> for <c>.bss</c>, in <c>.rodata</c>
/// just before the function table. Bit i (LSB first in each byte) is set when the word at section start +
/// 8·i may hold a pointer; the runtime marks from those words only (precise globals).
/// <para>
/// The bits come from the compiler: for a Go variable <c>pkg.x</c> with pointers it emits the
/// read-only symbol <c>go:gcmask.pkg.x</c> holding the variable's pointer bitmap (its type's gcdata
/// form). Nothing refers to those symbols, so dead-code elimination leaves them out of the
/// executable; the linker only reads their bytes. Words of a live data or bss section that no
/// bitmap describes (assembly data, objects from other compilers) are all marked as possible
/// pointers: such memory is scanned conservatively, as before.
/// </para>
/// </summary>
public sealed class GcMasks
{
    public const string MaskPrefix = "go:gcmask.";
    public const string DataSectionName = ".rodata.runtime.gcdata", BssSectionName = ".rodata.runtime.gcbss";

    public required InputSection Data { get; init; }
    public required InputSection Bss { get; init; }

    /// <summary>
    /// Adds the two bitmap sections, in an object of their own after the inputs (so at the end of
    /// .rodata, before the function table, which comes last). Their sizes are fixed here, before layout, from the live sections' sizes and
    /// alignments (which is how layout will concatenate them).
    /// </summary>
    public static GcMasks Add(List<ObjectFile> objects)
    {
        var obj = new ObjectFile { Name = "<linker gcmasks>" };
        obj.Symbols.Add(new InputSymbol { File = obj, Name = "", Binding = Common.Elf.SymbolBinding.Local, Type = Common.Elf.SymbolType.NoType, Shndx = 0, Value = 0 });
        InputSection Section(int index, string name, OutputKind kind) => new()
        {
            File = obj, Index = index, Name = name, Kind = OutputKind.RoData, Align = 8,
            Size = BitmapBytes(OutputSize(objects, kind)), Live = true,
        };
        var m = new GcMasks { Data = Section(1, DataSectionName, OutputKind.Data), Bss = Section(2, BssSectionName, OutputKind.Bss) };
        obj.Sections.Add(m.Data);
        obj.Sections.Add(m.Bss);
        objects.Add(obj);
        return m;
    }

    /// <summary>Bytes of a bitmap with one bit per 8-byte word of size bytes.</summary>
    public static ulong BitmapBytes(ulong size) => ((size + 7) / 8 + 7) / 8;

    /// <summary>The size the output section of this kind will have (ImageLayout's concatenation).</summary>
    private static ulong OutputSize(IReadOnlyList<ObjectFile> objects, OutputKind kind)
    {
        ulong size = 0;
        foreach (var obj in objects)
            foreach (var s in obj.Sections)
                if (s.Live && s.Kind == kind) size = ImageLayout.AlignUp(size, s.Align) + s.Size;
        return size;
    }

    /// <summary>Writes both bitmaps once layout has placed every section.</summary>
    public void Fill(ImageLayout layout, IReadOnlyList<ObjectFile> objects, SymbolResolver symbols)
    {
        var bySection = new Dictionary<InputSection, List<InputSymbol>>();
        foreach (var obj in objects)
            foreach (var sym in obj.Symbols)
                if (sym.Section is { Live: true, Kind: OutputKind.Data or OutputKind.Bss } s && !sym.IsLocal && sym.Name.Length > 0
                    && sym.Type == Common.Elf.SymbolType.Object)
                {
                    if (!bySection.TryGetValue(s, out var list)) bySection[s] = list = [];
                    list.Add(sym);
                }
        Data.Data = Build(layout[OutputKind.Data], Data.Size, bySection, symbols);
        Bss.Data = Build(layout[OutputKind.Bss], Bss.Size, bySection, symbols);
    }

    private static byte[] Build(OutputSection o, ulong bytes, Dictionary<InputSection, List<InputSymbol>> bySection, SymbolResolver symbols)
    {
        if (BitmapBytes(o.Size) != bytes)
            throw new InvalidOperationException($"{o.Name}: the pointer bitmap was sized for another layout");
        if (o.Size > 0 && o.Addr % 8 != 0)
            throw new UserError($"{o.Name} starts at 0x{o.Addr:x}, not a multiple of 8: its pointer bitmap cannot describe it");
        var bits = new byte[bytes];
        void Set(ulong word, bool on)
        {
            if (on) bits[word / 8] |= (byte)(1 << (int)(word % 8));
            else bits[word / 8] &= (byte)~(1 << (int)(word % 8));
        }
        foreach (var m in o.Members)
        {
            // Conservative first: every whole word of the section (a pointer is an aligned word).
            for (ulong w = (m.OutOffset + 7) / 8; w < (m.OutOffset + m.Size) / 8; w++) Set(w, true);
            if (!bySection.TryGetValue(m, out var syms)) continue;
            foreach (var sym in syms)
            {
                if (symbols.Find(MaskPrefix + sym.Name)?.Definition is not { Section.Data: { } maskData } mask) continue;
                ulong start = m.OutOffset + sym.Value;
                if (start % 8 != 0 || sym.Value + sym.Size > m.Size) continue; // not describable: stays conservative
                ulong words = (sym.Size + 7) / 8;
                for (ulong i = 0; i < words; i++)
                {
                    ulong bit = i;
                    bool on = bit / 8 < mask.Size && (maskData[(int)(mask.Value + bit / 8)] >> (int)(bit % 8) & 1) != 0;
                    Set(start / 8 + i, on);
                }
            }
        }
        return bits;
    }
}
