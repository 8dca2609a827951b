using Gosharp.Asm.Arm64;
using Gosharp.Asm.Model;
using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Object;

/// <summary>
/// Writes the ELF64 relocatable object: one section per symbol (<c>.text.SYM</c>, <c>.rodata.SYM</c>,
/// <c>.noptrdata.SYM</c>, <c>.data.SYM</c>, <c>.noptrbss.SYM</c>, <c>.bss.SYM</c>), each followed by its
/// <c>.rela</c> section; <c>.note.GNU-stack</c>; <c>.debug_line</c>; <c>.debug_frame</c> (with its section
/// symbol, which its CIE pointers are relocated against); <c>.symtab</c> with an STT_FILE symbol,
/// STT_FUNC/STT_OBJECT definitions (local for <c>name&lt;&gt;</c>, weak for DUPOK) and the undefined
/// symbols referred to, in order of first reference.
/// </summary>
internal sealed class ObjectWriter
{
    private readonly ElfWriter elf = new() { Type = ElfType.Rel };
    private readonly SymbolTableBuilder symtab = new();
    private readonly Dictionary<SymRef, int> handles = [];
    private readonly List<(ElfSection Rela, List<(ulong Offset, SymRef Sym, RelocType Type, long Addend, SourcePos Pos)> Entries)> relas = [];
    private readonly DiagnosticBag diags;

    /// <summary>Stands for the section symbol of .debug_frame in relocations (no assembly symbol can contain a NUL).</summary>
    private static readonly SymRef DebugFrameSection = new("\0.debug_frame");

    public ObjectWriter(DiagnosticBag diags) => this.diags = diags;

    public byte[] Write(string fileName, IReadOnlyList<AssembledFunction> funcs, IReadOnlyList<DataImage> data, DebugLine? lines)
    {
        symtab.Add(new ElfSymbol(fileName, 0, 0, SymbolType.File, SymbolBinding.Local, SectionIndex.Abs));

        foreach (var f in funcs)
        {
            var sec = elf.Add(new ElfSection
            {
                Name = ".text." + f.Sym.ObjectName, Type = SectionType.ProgBits,
                Flags = SectionFlags.Alloc | SectionFlags.ExecInstr, AddrAlign = (ulong)f.Align, Data = f.Code,
            });
            Define(f.Sym, f.Flags, SymbolType.Func, sec.Index, (ulong)f.Code.Length);
            AddRela(sec, f.Relocs.Select(r => ((ulong)r.Offset, r.Sym, r.Type, r.Addend, r.Pos)));
        }
        foreach (var d in data)
        {
            var flags = d.Symbol.Flags;
            bool tls = flags.HasFlag(SymbolFlags.TLSBSS);
            bool hasData = d.Symbol.Inits.Count > 0;
            var (prefix, type, secFlags) =
                tls ? (".tbss.", SectionType.NoBits, SectionFlags.Alloc | SectionFlags.Write | SectionFlags.Tls)
                : flags.HasFlag(SymbolFlags.RODATA) ? (".rodata.", SectionType.ProgBits, SectionFlags.Alloc)
                : flags.HasFlag(SymbolFlags.NOPTR) ? hasData ? (".noptrdata.", SectionType.ProgBits, SectionFlags.Alloc | SectionFlags.Write)
                                                             : (".noptrbss.", SectionType.NoBits, SectionFlags.Alloc | SectionFlags.Write)
                : hasData ? (".data.", SectionType.ProgBits, SectionFlags.Alloc | SectionFlags.Write)
                          : (".bss.", SectionType.NoBits, SectionFlags.Alloc | SectionFlags.Write);
            var sec = elf.Add(new ElfSection
            {
                Name = prefix + d.Symbol.Sym.ObjectName, Type = type, Flags = secFlags, AddrAlign = (ulong)d.Align,
                Data = type == SectionType.NoBits ? [] : d.Bytes.Length == d.Symbol.Size ? d.Bytes : new byte[d.Symbol.Size],
                NoBitsSize = type == SectionType.NoBits ? (ulong)d.Symbol.Size : 0,
            });
            Define(d.Symbol.Sym, flags, tls ? SymbolType.Tls : SymbolType.Object, sec.Index, (ulong)d.Symbol.Size);
            AddRela(sec, d.Relocs.Select(r => ((ulong)r.Offset, r.Sym, RelocType.Abs64, r.Addend, r.Pos)));
        }
        elf.Add(new ElfSection { Name = ".note.GNU-stack", Type = SectionType.ProgBits });
        if (lines != null && funcs.Count > 0)
        {
            var (bytes, relocs) = lines.Build(funcs);
            var sec = elf.Add(new ElfSection { Name = ".debug_line", Type = SectionType.ProgBits, Data = bytes });
            AddRela(sec, relocs.Select(r => ((ulong)r.Offset, r.Sym, RelocType.Abs64, 0L, default(SourcePos))));
        }
        if (funcs.Count > 0)
        {
            var (bytes, cieRelocs, funcRelocs) = DebugFrame.Build(funcs);
            var sec = elf.Add(new ElfSection { Name = ".debug_frame", Type = SectionType.ProgBits, Data = bytes, AddrAlign = 8 });
            handles[DebugFrameSection] = symtab.Add(new ElfSymbol("", 0, 0, SymbolType.Section, SymbolBinding.Local, sec.Index));
            AddRela(sec, cieRelocs.Select(off => ((ulong)off, DebugFrameSection, RelocType.Abs32, 0L, default(SourcePos)))
                .Concat(funcRelocs.Select(r => ((ulong)r.Offset, r.Sym, RelocType.Abs64, 0L, default(SourcePos))))
                .OrderBy(e => e.Item1));
        }

        // Undefined symbols, in order of first reference.
        foreach (var (_, entries) in relas)
            foreach (var e in entries)
            {
                if (handles.ContainsKey(e.Sym)) continue;
                if (e.Sym.IsStatic) diags.Add(e.Pos, $"undefined file-local symbol {e.Sym.ObjectName}");
                handles[e.Sym] = symtab.Add(new ElfSymbol(e.Sym.ObjectName, 0, 0, SymbolType.NoType, SymbolBinding.Global, SectionIndex.Undef));
            }

        var (symBytes, strBytes, firstGlobal) = symtab.Build();
        var symSec = elf.Add(new ElfSection
        {
            Name = ".symtab", Type = SectionType.SymTab, Data = symBytes, AddrAlign = 8, EntSize = SymbolTableBuilder.EntrySize, Info = firstGlobal,
        });
        var strSec = elf.Add(new ElfSection { Name = ".strtab", Type = SectionType.StrTab, Data = strBytes });
        symSec.Link = strSec.Index;
        foreach (var (rela, entries) in relas)
        {
            rela.Link = symSec.Index;
            rela.Data = ElfRela.Encode(entries.Select(e => new ElfRela(e.Offset, symtab.IndexOf(handles[e.Sym]), e.Type, e.Addend)).ToList());
        }
        return elf.Write();
    }

    private void Define(SymRef sym, SymbolFlags flags, SymbolType type, ushort section, ulong size)
    {
        var binding = sym.IsStatic ? SymbolBinding.Local : flags.HasFlag(SymbolFlags.DUPOK) ? SymbolBinding.Weak : SymbolBinding.Global;
        handles[sym] = symtab.Add(new ElfSymbol(sym.ObjectName, 0, size, type, binding, section));
    }

    private void AddRela(ElfSection target, IEnumerable<(ulong, SymRef, RelocType, long, SourcePos)> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0) return;
        var rela = elf.Add(new ElfSection
        {
            Name = ".rela" + target.Name, Type = SectionType.Rela, Flags = SectionFlags.InfoLink,
            AddrAlign = 8, EntSize = ElfRela.Size, Info = target.Index,
        });
        relas.Add((rela, list));
    }
}
