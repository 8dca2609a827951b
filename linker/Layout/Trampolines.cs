using System.Buffers.Binary;
using Gosharp.Common.Elf;
using Gosharp.Linker.Input;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker.Layout;

/// <summary>
/// Veneers for branches that cannot reach: a BL/B (CALL26/JUMP26) reaches ±128 MiB, so in a bigger text
/// section a call to a far function goes through a veneer placed right after the calling section:
/// <c>ADRP X16, target; ADD X16, X16, :lo12:target; BR X16</c> (R16, IP0, is what the AArch64 ABI reserves
/// for veneers; Go code never keeps a value in it across a call). The veneer is a local function symbol
/// <c>TARGET-trampN</c>. Runs before layout, on offsets within the text section: inserting veneers moves
/// later code, so it repeats until every branch reaches (the set of veneers only grows, so it ends).
/// </summary>
public static class Trampolines
{
    /// <summary>The reach of B/BL: a signed 26-bit word offset.</summary>
    public const long Reach = 1L << 27;
    private const int VeneerSize = 12;

    /// <summary>Inserts the veneers needed; returns how many.</summary>
    public static int Insert(IReadOnlyList<ObjectFile> objects, SymbolResolver symbols)
    {
        var text = TextSections(objects);
        if (SizeOf(text) < (ulong)Reach) return 0; // everything reaches everything
        var veneers = new Dictionary<(InputSection From, InputSymbol To, long Addend), InputSymbol>();
        var perTarget = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            var offsets = Offsets(text);
            var added = new Dictionary<InputSection, List<InputSection>>(); // caller section -> its new veneers
            foreach (var m in text)
            {
                for (int i = 0; i < m.Relocs.Count; i++)
                {
                    var r = m.Relocs[i];
                    if (r.Type is not (RelocType.Call26 or RelocType.Jump26)) continue;
                    var t = symbols.ResolveTarget(r.Target).Symbol;
                    if (t?.Section is not { Kind: OutputKind.Text } ts || !offsets.TryGetValue(ts, out var tOff)) continue;
                    long delta = (long)(tOff + t.Value) + r.Addend - (long)(offsets[m] + r.Offset);
                    if (delta >= -Reach && delta < Reach) continue;
                    var key = (m, t, r.Addend);
                    if (!veneers.TryGetValue(key, out var v))
                    {
                        int n = perTarget.GetValueOrDefault(t.Name);
                        perTarget[t.Name] = n + 1;
                        v = NewVeneer(m, r.Target, r.Addend, $"{(t.Name.Length > 0 ? t.Name : ts.Name)}-tramp{n}");
                        veneers[key] = v;
                        if (!added.TryGetValue(m, out var list)) added[m] = list = [];
                        list.Add(v.Section!);
                    }
                    m.Relocs[i] = r with { Target = v, Addend = 0 };
                }
            }
            if (added.Count == 0) return veneers.Count;
            text = PlaceAfterCallers(objects, added);
        }
    }

    /// <summary>Inserts the new veneers right after their callers in their objects' section lists; returns the new text list.</summary>
    private static List<InputSection> PlaceAfterCallers(IReadOnlyList<ObjectFile> objects, Dictionary<InputSection, List<InputSection>> added)
    {
        var touched = new HashSet<ObjectFile>(added.Keys.Select(s => s.File));
        foreach (var o in objects)
        {
            if (!touched.Contains(o)) continue;
            var sections = new List<InputSection>(o.Sections.Count + added.Count);
            foreach (var s in o.Sections)
            {
                sections.Add(s);
                if (added.TryGetValue(s, out var vs)) sections.AddRange(vs);
            }
            o.Sections.Clear();
            o.Sections.AddRange(sections);
        }
        return TextSections(objects);
    }

    private static List<InputSection> TextSections(IReadOnlyList<ObjectFile> objects)
    {
        var list = new List<InputSection>();
        foreach (var o in objects)
            foreach (var s in o.Sections)
                if (s.Live && s.Kind == OutputKind.Text) list.Add(s);
        return list;
    }

    /// <summary>Offsets in the text section, placed as <see cref="ImageLayout"/> will place them.</summary>
    private static Dictionary<InputSection, ulong> Offsets(List<InputSection> text)
    {
        var d = new Dictionary<InputSection, ulong>(text.Count);
        ulong size = 0;
        foreach (var m in text)
        {
            size = ImageLayout.AlignUp(size, m.Align);
            d[m] = size;
            size += m.Size;
        }
        return d;
    }

    private static ulong SizeOf(List<InputSection> text)
    {
        ulong size = 0;
        foreach (var m in text) size = ImageLayout.AlignUp(size, m.Align) + m.Size;
        return size;
    }

    /// <summary>A veneer for a branch of <paramref name="from"/> (its section is placed later), and its symbol.</summary>
    private static InputSymbol NewVeneer(InputSection from, InputSymbol target, long addend, string name)
    {
        var obj = from.File;
        var code = new byte[VeneerSize];
        BinaryPrimitives.WriteUInt32LittleEndian(code, 0x90000010);        // ADRP X16, 0
        BinaryPrimitives.WriteUInt32LittleEndian(code.AsSpan(4), 0x91000210); // ADD X16, X16, #0
        BinaryPrimitives.WriteUInt32LittleEndian(code.AsSpan(8), 0xd61f0200); // BR X16
        var sec = new InputSection
        {
            File = obj, Index = 0xfff00 + obj.Sections.Count, Name = ".text." + name, Kind = OutputKind.Text, Align = 4,
            Size = VeneerSize, Data = code, Live = true,
        };
        sec.Relocs.Add(new InputReloc(0, RelocType.AdrPrelPgHi21, addend, target));
        sec.Relocs.Add(new InputReloc(4, RelocType.AddAbsLo12Nc, addend, target));
        var sym = new InputSymbol
        {
            // Shndx only needs to say "defined in a section" (the section is synthetic, past the object's table).
            File = obj, Name = name, Binding = SymbolBinding.Local, Type = SymbolType.Func, Shndx = 1, Value = 0,
            Size = VeneerSize, Section = sec,
        };
        obj.Symbols.Add(sym);
        return sym;
    }
}
