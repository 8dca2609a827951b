using Gosharp.Common.Elf;
using Gosharp.Linker.Input;
using Gosharp.Linker.Layout;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker.Output;

/// <summary>
/// The executable's .symtab: every kept function and data symbol with its address, size and output
/// section (locals first, in input order, keeping the $x/$d mapping symbols disassemblers use), then
/// the global definitions in the order they were first seen, then the linker-defined symbols.
/// </summary>
public static class SymbolTableContents
{
    public static SymbolTableBuilder Build(ImageLayout layout, IReadOnlyList<ObjectFile> objects, SymbolResolver symbols,
        IReadOnlyDictionary<OutputKind, ushort> elfIndex)
    {
        var b = new SymbolTableBuilder();
        ushort IndexOf(InputSection s) => elfIndex[s.Kind];

        foreach (var obj in objects)
            foreach (var s in obj.Symbols)
            {
                if (!s.IsLocal || s.Name.Length == 0 || s.Section is not { Live: true } sec) continue;
                if (s.Type is not (SymbolType.Func or SymbolType.Object) && !SymbolNaming.IsMappingSymbol(s.Name)) continue;
                b.Add(new ElfSymbol(s.Name, sec.Addr + s.Value, s.Size, s.Type, SymbolBinding.Local, IndexOf(sec)));
            }

        foreach (var g in symbols.Ordered)
        {
            if (g.Definition is not { } d) continue;
            var binding = d.Binding == SymbolBinding.Weak ? SymbolBinding.Weak : SymbolBinding.Global;
            var type = d.Type == SymbolType.Func ? SymbolType.Func : d.Type == SymbolType.Object ? SymbolType.Object : SymbolType.NoType;
            if (d.Section is { Live: true } sec)
                b.Add(new ElfSymbol(g.Name, sec.Addr + d.Value, d.Size, type, binding, IndexOf(sec)));
            else if (d.IsAbsolute)
                b.Add(new ElfSymbol(g.Name, d.Value, d.Size, type, binding, SectionIndex.Abs));
        }

        foreach (var (start, end, kind) in LinkerSymbols.SectionBounds)
        {
            var idx = elfIndex.TryGetValue(kind, out var i) ? i : SectionIndex.Abs;
            b.Add(new ElfSymbol(start, layout[kind].Addr, 0, SymbolType.NoType, SymbolBinding.Global, idx));
            b.Add(new ElfSymbol(end, layout[kind].End, 0, SymbolType.NoType, SymbolBinding.Global, idx));
        }
        b.Add(new ElfSymbol(LinkerSymbols.End, symbols.Find(LinkerSymbols.End)!.LinkerValue, 0, SymbolType.NoType, SymbolBinding.Global, SectionIndex.Abs));
        var rodata = elfIndex.TryGetValue(OutputKind.RoData, out var ro) ? ro : SectionIndex.Abs;
        foreach (var name in new[] { LinkerSymbols.FuncTab, LinkerSymbols.EndFuncTab, LinkerSymbols.GcData, LinkerSymbols.GcBss })
            b.Add(new ElfSymbol(name, symbols.Find(name)!.LinkerValue, 0, SymbolType.NoType, SymbolBinding.Global, rodata));
        return b;
    }
}
