using ELFSharp.ELF;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using ElfSharpSections = ELFSharp.ELF.Sections;

namespace Gosharp.Inspect;

/// <summary>A symbol as nm and objdump show it: gc's one-letter code (T, t, R, D, B, U, ...).</summary>
public sealed record SymbolInfo(string Name, ulong Addr, ulong Size, char Code, ushort Shndx, SymbolType Type, int Index);

/// <summary>
/// An ELF object or executable opened for inspection with ELFSharp: its sections (with the raw headers,
/// for sh_info/sh_link) and its symbols classified as gc's nm does.
/// </summary>
public sealed class ElfImage
{
    public required string Name { get; init; }
    public required byte[] Bytes { get; init; }
    public required bool IsRelocatable { get; init; }
    public required ElfSectionHeader[] Headers { get; init; }
    public required string[] SectionNames { get; init; }
    /// <summary>Symbols in symbol-table order, without the null entry, section and file symbols.</summary>
    public required IReadOnlyList<SymbolInfo> Symbols { get; init; }
    /// <summary>The $x/$d mapping symbols: where code and data start inside sections.</summary>
    public required IReadOnlyList<(ushort Shndx, ulong Addr, bool IsData)> MappingSymbols { get; init; }
    /// <summary>Every symbol-table entry's name by index (for relocations), including the ones left out of <see cref="Symbols"/>.</summary>
    public required string[] SymbolNamesByIndex { get; init; }

    public static bool IsElf(ReadOnlySpan<byte> d) => d.Length >= 4 && d[0] == 0x7f && d[1] == 'E' && d[2] == 'L' && d[3] == 'F';

    public static ElfImage Load(byte[] bytes, string name)
    {
        try
        {
            if (!IsElf(bytes)) throw new UserError($"{name}: not an ELF file");
            if (bytes.Length < ElfWriter.HeaderSize || bytes[4] != 2 || bytes[5] != 1)
                throw new UserError($"{name}: not a little-endian ELF64 file");
            if (!ELFReader.TryLoad<ulong>(new MemoryStream(bytes, writable: false), true, out var elf))
                throw new UserError($"{name}: corrupt ELF file");
            using var _ = elf;
            var headers = ElfSectionHeader.ReadAll(bytes);
            var names = elf.Sections.Select(s => s.Name ?? "").ToArray();
            var symbols = new List<SymbolInfo>();
            var byIndex = new List<string>();
            var mapping = new List<(ushort, ulong, bool)>();
            var symtab = elf.Sections.OfType<ElfSharpSections.SymbolTable<ulong>>().FirstOrDefault(s => s.Type == ElfSharpSections.SectionType.SymbolTable);
            if (symtab != null)
            {
                int i = 0;
                foreach (var e in symtab.Entries)
                {
                    int index = i++;
                    var symName = e.Name ?? "";
                    byIndex.Add(symName.Length > 0 || e.Type != ElfSharpSections.SymbolType.Section
                        ? symName
                        : e.PointedSectionIndex < names.Length ? names[e.PointedSectionIndex] : "");
                    if (IsMappingSymbol(symName)) mapping.Add((e.PointedSectionIndex, e.Value, symName[1] == 'd'));
                    if (index == 0 || symName.Length == 0 || e.Type is ElfSharpSections.SymbolType.Section or ElfSharpSections.SymbolType.File
                        || IsMappingSymbol(symName))
                        continue;
                    var type = e.Type switch
                    {
                        ElfSharpSections.SymbolType.Function => SymbolType.Func,
                        ElfSharpSections.SymbolType.Object => SymbolType.Object,
                        _ => SymbolType.NoType,
                    };
                    symbols.Add(new SymbolInfo(symName, e.Value, e.Size, Code(e.PointedSectionIndex, e.Binding == ElfSharpSections.SymbolBinding.Local, headers),
                        e.PointedSectionIndex, type, index));
                }
            }
            return new ElfImage
            {
                Name = name, Bytes = bytes, IsRelocatable = elf.Type == FileType.Relocatable, Headers = headers,
                SectionNames = names, Symbols = symbols, SymbolNamesByIndex = byIndex.ToArray(), MappingSymbols = mapping,
            };
        }
        catch (UserError) { throw; }
        catch (Exception e) when (e is FormatException or ArgumentException or IOException or InvalidOperationException
                                      or IndexOutOfRangeException or OverflowException or NotSupportedException or InvalidCastException)
        {
            throw new UserError($"{name}: corrupt ELF file: {e.Message}");
        }
    }

    /// <summary>gc's nm letters: T text, R read-only data, D data, B bss, U undefined, C absolute; lower case when local.</summary>
    private static char Code(ushort shndx, bool local, ElfSectionHeader[] headers)
    {
        char c;
        if (shndx == SectionIndex.Undef) c = 'U';
        else if (shndx == SectionIndex.Common) c = 'B';
        else if (shndx == SectionIndex.Abs) c = 'C';
        else if (shndx >= headers.Length) c = '?';
        else
        {
            var h = headers[shndx];
            var f = h.Flags & (SectionFlags.Alloc | SectionFlags.Write | SectionFlags.ExecInstr);
            c = f switch
            {
                SectionFlags.Alloc | SectionFlags.ExecInstr => 'T',
                SectionFlags.Alloc => 'R',
                SectionFlags.Alloc | SectionFlags.Write => h.Type == SectionType.NoBits ? 'B' : 'D',
                _ => '?',
            };
        }
        return local && c != '?' && c != 'U' ? char.ToLowerInvariant(c) : c;
    }

    /// <summary>The AArch64 mapping symbols $x/$d (code/data markers), which nm does not list.</summary>
    public static bool IsMappingSymbol(string name) =>
        name.Length >= 2 && name[0] == '$' && (name[1] is 'x' or 'd') && (name.Length == 2 || name[2] == '.');

    public static byte[] ReadFile(string path)
    {
        try { return File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError($"open {path}: {(e is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : e.Message)}");
        }
    }
}
