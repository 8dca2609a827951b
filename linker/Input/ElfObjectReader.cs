using ELFSharp.ELF;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using ElfSharpSections = ELFSharp.ELF.Sections;

namespace Gosharp.Linker.Input;

/// <summary>
/// Reads an ELF64 AArch64 relocatable object into <see cref="ObjectFile"/>. ELFSharp reads the section
/// names and the symbol table; the section headers are read raw for sh_info/sh_link, which ELFSharp
/// does not expose, and the .rela sections are decoded with <see cref="ElfRela"/>.
/// </summary>
public static class ElfObjectReader
{
    public static bool IsElf(ReadOnlySpan<byte> data) => data.Length >= 4 && data[0] == 0x7f && data[1] == 'E' && data[2] == 'L' && data[3] == 'F';

    public static ObjectFile Read(byte[] data, string name)
    {
        try
        {
            return ReadUnchecked(data, name);
        }
        catch (UserError) { throw; }
        catch (Exception e) when (e is FormatException or ArgumentException or IOException or InvalidOperationException
                                      or IndexOutOfRangeException or OverflowException or NotSupportedException or InvalidCastException)
        {
            throw new UserError($"{name}: corrupt ELF object: {e.Message}");
        }
    }

    private static ObjectFile ReadUnchecked(byte[] data, string name)
    {
        if (!IsElf(data)) throw new UserError($"{name}: not an ELF object");
        if (data.Length < ElfWriter.HeaderSize || data[4] != 2 || data[5] != 1)
            throw new UserError($"{name}: not a little-endian ELF64 object");
        if (!ELFReader.TryLoad<ulong>(new MemoryStream(data, writable: false), true, out var elf))
            throw new UserError($"{name}: corrupt ELF object");
        using var _ = elf;
        if (elf.Machine != Machine.AArch64) throw new UserError($"{name}: not an arm64 object (machine {elf.Machine})");
        if (elf.Type != FileType.Relocatable) throw new UserError($"{name}: not a relocatable object (type {elf.Type})");

        var headers = ElfSectionHeader.ReadAll(data);
        if (headers.Length != elf.Sections.Count) throw new FormatException("section count mismatch");
        var obj = new ObjectFile { Name = name };
        var byIndex = new InputSection?[headers.Length];
        var debugByIndex = new DebugSection?[headers.Length];
        for (int i = 1; i < headers.Length; i++)
        {
            var h = headers[i];
            if (h.Type is SectionType.Rela or SectionType.Rel or SectionType.SymTab or SectionType.StrTab or SectionType.Group
                or SectionType.SymTabShndx or SectionType.Null)
                continue;
            var secName = elf.Sections[i].Name;
            var kind = SectionClassifier.Classify(secName, h.Type, h.Flags);
            if (kind == OutputKind.Discard)
            {
                if (IsMergedDebugSection(secName, h))
                {
                    var d = new DebugSection { File = obj, Index = i, Name = secName, Data = h.Contents(data).ToArray() };
                    debugByIndex[i] = d;
                    obj.DebugSections.Add(d);
                }
                continue;
            }
            if ((h.Flags & SectionFlags.Tls) != 0) throw new UserError($"{name}: thread-local section {secName} is not supported");
            var s = new InputSection
            {
                File = obj, Index = i, Name = secName, Kind = kind, Align = Math.Max(1, h.AddrAlign), Size = h.Size,
                Data = h.Type == SectionType.NoBits ? null : h.Contents(data).ToArray(),
            };
            byIndex[i] = s;
            obj.Sections.Add(s);
        }

        ReadSymbols(elf, obj, byIndex, headers.Length, name);

        for (int i = 1; i < headers.Length; i++)
        {
            var h = headers[i];
            if (h.Type == SectionType.Rel) throw new UserError($"{name}: REL relocations (section {elf.Sections[i].Name}) are not supported, only RELA");
            if (h.Type != SectionType.Rela) continue;
            if (h.Info >= byIndex.Length) throw new FormatException($"relocation section {elf.Sections[i].Name} patches section {h.Info}");
            var target = byIndex[h.Info];
            var debugTarget = debugByIndex[h.Info];
            if (target == null && debugTarget == null) continue; // relocations of a discarded section (.eh_frame, other debug info)
            if (target is { Data: null }) throw new UserError($"{name}: relocations for section {target.Name}, which has no contents");
            var relocs = target?.Relocs ?? debugTarget!.Relocs;
            var bytes = h.Contents(data);
            if (bytes.Length % ElfRela.Size != 0) throw new FormatException($"relocation section {elf.Sections[i].Name} size {bytes.Length}");
            for (int off = 0; off < bytes.Length; off += ElfRela.Size)
            {
                var r = ElfRela.Read(bytes[off..]);
                if (r.Symbol >= obj.Symbols.Count)
                    throw new UserError($"{name}: relocation at {target?.Name ?? debugTarget!.Name}+0x{r.Offset:x} names symbol {r.Symbol}, past the symbol table");
                relocs.Add(new InputReloc(r.Offset, r.Type, r.Addend, obj.Symbols[(int)r.Symbol]));
            }
        }
        return obj;
    }

    /// <summary>The debug sections the linker reads and merges into the executable's DWARF (not compressed ones).</summary>
    private static bool IsMergedDebugSection(string name, ElfSectionHeader h) =>
        name is DebugSectionNames.Line or DebugSectionNames.Frame && h.Type == SectionType.ProgBits && (h.Flags & CompressedFlag) == 0;

    private const SectionFlags CompressedFlag = (SectionFlags)0x800; // SHF_COMPRESSED

    private static void ReadSymbols(ELF<ulong> elf, ObjectFile obj, InputSection?[] byIndex, int sectionCount, string name)
    {
        var symtab = elf.Sections.OfType<ElfSharpSections.SymbolTable<ulong>>()
            .FirstOrDefault(s => s.Type == ElfSharpSections.SectionType.SymbolTable);
        if (symtab == null)
        {
            obj.Symbols.Add(NullSymbol(obj));
            return;
        }
        foreach (var e in symtab.Entries)
        {
            var shndx = e.PointedSectionIndex;
            if (shndx == SectionIndex.XIndex) throw new UserError($"{name}: extended section indexes (SHN_XINDEX) are not supported");
            var binding = e.Binding switch
            {
                ElfSharpSections.SymbolBinding.Local => SymbolBinding.Local,
                ElfSharpSections.SymbolBinding.Weak => SymbolBinding.Weak,
                _ => SymbolBinding.Global,
            };
            var type = e.Type switch
            {
                ElfSharpSections.SymbolType.Object => SymbolType.Object,
                ElfSharpSections.SymbolType.Function => SymbolType.Func,
                ElfSharpSections.SymbolType.Section => SymbolType.Section,
                ElfSharpSections.SymbolType.File => SymbolType.File,
                _ => SymbolType.NoType,
            };
            if (binding != SymbolBinding.Local && string.IsNullOrEmpty(e.Name))
                throw new UserError($"{name}: corrupt ELF object: global symbol {obj.Symbols.Count} has no name");
            bool common = shndx == SectionIndex.Common;
            var sym = new InputSymbol
            {
                File = obj, Name = e.Name ?? "", Binding = binding, Type = common ? SymbolType.Object : type, Shndx = shndx,
                Value = e.Value, Size = e.Size, IsCommon = common,
            };
            if (common)
            {
                // A tentative definition gets a bss section of its own; st_value is its alignment.
                var s = new InputSection
                {
                    File = obj, Index = sectionCount + obj.Sections.Count, Name = ".bss.common." + sym.Name, Kind = OutputKind.Bss,
                    Align = Math.Max(1, e.Value), Size = e.Size,
                };
                obj.Sections.Add(s);
                sym.Section = s;
                sym.Value = 0;
            }
            else if (shndx != SectionIndex.Undef && shndx < 0xff00)
            {
                if (shndx >= byIndex.Length) throw new FormatException($"symbol {sym.Name} in section {shndx}");
                sym.Section = byIndex[shndx];
            }
            obj.Symbols.Add(sym);
        }
        if (obj.Symbols.Count == 0) obj.Symbols.Add(NullSymbol(obj));
    }

    private static InputSymbol NullSymbol(ObjectFile obj) => new()
    {
        File = obj, Name = "", Binding = SymbolBinding.Local, Type = SymbolType.NoType, Shndx = 0, Value = 0,
    };
}
