using Gosharp.Linker.Debug;
using Gosharp.Linker.Input;
using Gosharp.Linker.Layout;
using Gosharp.Linker.Output;
using Gosharp.Linker.Relocate;
using Gosharp.Linker.Resolve;

namespace Gosharp.Linker;

/// <summary>Flags of <c>gosharp tool link</c>, as gc's link names them.</summary>
public sealed record LinkOptions
{
    /// <summary>The main package's archive (the positional argument).</summary>
    public required string MainArchive { get; init; }
    /// <summary>-importcfg: <c>packagefile path=file</c> lines naming every other archive.</summary>
    public string? ImportCfg { get; init; }
    /// <summary>-L: folders searched for <c>PATH.a</c> when a package is not in the importcfg.</summary>
    public IReadOnlyList<string> LibDirs { get; init; } = [];
    /// <summary>Plain ELF objects to link too (for example ones made by gcc).</summary>
    public IReadOnlyList<string> ExtraObjects { get; init; } = [];
    /// <summary>-s: omit the symbol table (and DWARF).</summary>
    public bool StripSymbols { get; init; }
    /// <summary>-w: omit DWARF.</summary>
    public bool NoDwarf { get; init; }
    /// <summary>-X importpath.name=value: set a string variable.</summary>
    public IReadOnlyList<string> XDefs { get; init; } = [];
    /// <summary>-buildid: recorded in a .note.go.buildid note.</summary>
    public string? BuildId { get; init; }
    /// <summary>-T: address of the text segment (where the ELF header is mapped; a multiple of 64 KiB). Default 0x10000.</summary>
    public ulong? TextAddress { get; init; }
    /// <summary>-v: where to print the phases and their times (null: silent).</summary>
    public TextWriter? Verbose { get; init; }
    public string EntrySymbol { get; init; } = "_rt0_arm64_linux";
    /// <summary>The folder relative <c>packagefile</c> paths of the importcfg are resolved against (null: the process's current folder).</summary>
    public string? WorkDir { get; init; }
}

/// <summary>The linker: archives and objects in, a static ELF64 arm64 executable out.</summary>
public static class Linker
{
    /// <summary>Links; a problem in the inputs is a <see cref="Gosharp.Common.Diagnostics.UserError"/>.</summary>
    public static byte[] Link(LinkOptions options)
    {
        var timer = new PhaseTimer(options.Verbose);
        bool dwarf = !options.NoDwarf && !options.StripSymbols;
        var objects = timer.Run("read inputs", () => InputLoader.Load(options),
            objs => $"{objs.Count} objects, {objs.Sum(o => o.Sections.Count)} sections");
        var symbols = timer.Run("resolve symbols", () =>
        {
            var r = SymbolResolver.Resolve(objects);
            if (StringDefinitions.Apply(options.XDefs, r) is { } xobj) objects.Add(xobj);
            return r;
        }, r => $"{r.Ordered.Count} global names");
        var entry = timer.Run("mark live sections", () => Liveness.Mark(options.EntrySymbol, symbols),
            _ => $"{objects.Sum(o => o.Sections.Count(s => s.Live))} of {objects.Sum(o => o.Sections.Count)} sections live");
        timer.Run("insert trampolines", () => Trampolines.Insert(objects, symbols), n => $"{n} veneers");
        var debug = timer.Run("read debug info", () => DebugInputs.Read(objects, symbols, frames: dwarf),
            d => $"{d.Sum(o => o.Units.Sum(u => u.Sequences.Count))} line sequences, {d.Sum(o => o.Frames?.Fdes.Count ?? 0)} FDEs");
        // The collector's bitmaps, then the function table: the table stays at the end of .rodata.
        var gcMasks = GcMasks.Add(objects);
        var (functions, functab, functabSection) = timer.Run("plan function table", () =>
        {
            var funcs = LiveFunctions.Collect(objects);
            var table = FunctionTable.Plan(funcs, debug);
            var section = AddFunctionTable(objects, table.Size);
            return (funcs, table, section);
        }, p => $"{p.funcs.Count} functions, {p.table.Size} bytes");
        var layout = timer.Run("create output sections", () =>
        {
            var l = ImageLayout.Build(objects, options.TextAddress ?? ImageLayout.DefaultTextAddress, options.BuildId);
            DefineLinkerSymbols(l, symbols, functabSection);
            symbols.Find(LinkerSymbols.GcData)!.LinkerValue = gcMasks.Data.Addr;
            symbols.Find(LinkerSymbols.GcBss)!.LinkerValue = gcMasks.Bss.Addr;
            functabSection.Data = functab.Write();
            gcMasks.Fill(l, objects, symbols);
            return l;
        }, l => $"{l.Loads.Count} segments");
        timer.Run("apply relocations", () => Relocator.Apply(layout, symbols), n => $"{n} relocations");
        var dwarfSections = timer.Run("write DWARF", () => dwarf ? DwarfOutput.Build(functions, debug) : [],
            d => $"{d.Sum(s => s.Data.Length)} bytes");
        var bytes = timer.Run("write executable", () => ExecutableWriter.Write(layout, objects, symbols,
            entry.Section!.Addr + entry.Value, options.StripSymbols, dwarfSections), b => $"{b.Length} bytes");
        timer.Report();
        return bytes;
    }

    /// <summary>The function table's section, in an object of its own after the inputs (so at the end of .rodata).</summary>
    private static InputSection AddFunctionTable(List<ObjectFile> objects, ulong size)
    {
        var obj = new ObjectFile { Name = "<linker>" };
        obj.Symbols.Add(new InputSymbol { File = obj, Name = "", Binding = Common.Elf.SymbolBinding.Local, Type = Common.Elf.SymbolType.NoType, Shndx = 0, Value = 0 });
        var s = new InputSection
        {
            File = obj, Index = 1, Name = FunctionTable.SectionName, Kind = OutputKind.RoData, Align = 8, Size = size, Live = true,
        };
        obj.Sections.Add(s);
        objects.Add(obj);
        return s;
    }

    private static void DefineLinkerSymbols(ImageLayout layout, SymbolResolver symbols, InputSection functab)
    {
        symbols.Find(LinkerSymbols.FuncTab)!.LinkerValue = functab.Addr;
        symbols.Find(LinkerSymbols.EndFuncTab)!.LinkerValue = functab.Addr + functab.Size;
        foreach (var (start, end, kind) in LinkerSymbols.SectionBounds)
        {
            symbols.Find(start)!.LinkerValue = layout[kind].Addr;
            symbols.Find(end)!.LinkerValue = layout[kind].End;
        }
        symbols.Find(LinkerSymbols.End)!.LinkerValue = layout.Sections.Max(s => s.End);
    }
}
