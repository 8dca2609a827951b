using Gosharp.Linker.Input;

namespace Gosharp.Linker.Resolve;

/// <summary>
/// The symbols the linker defines for the runtime, as gc's does: the start and end of each output
/// section (<c>runtime.text</c>/<c>runtime.etext</c>, ...), <c>runtime.end</c>, the end of the image, and
/// <c>runtime.functab</c>/<c>runtime.efunctab</c>, the bounds of the function table, and
/// <c>runtime.gcdata</c>/<c>runtime.gcbss</c>, the collector's pointer bitmaps of .data and .bss.
/// </summary>
public static class LinkerSymbols
{
    public static readonly IReadOnlyList<(string Start, string End, OutputKind Kind)> SectionBounds =
    [
        ("runtime.text", "runtime.etext", OutputKind.Text),
        ("runtime.rodata", "runtime.erodata", OutputKind.RoData),
        ("runtime.noptrdata", "runtime.enoptrdata", OutputKind.NoPtrData),
        ("runtime.data", "runtime.edata", OutputKind.Data),
        ("runtime.bss", "runtime.ebss", OutputKind.Bss),
        ("runtime.noptrbss", "runtime.enoptrbss", OutputKind.NoPtrBss),
    ];

    public const string End = "runtime.end";

    /// <summary>The start and end of the runtime's function table (<see cref="Debug.FunctionTable"/>), in .rodata.</summary>
    public const string FuncTab = "runtime.functab", EndFuncTab = "runtime.efunctab";

    /// <summary>The collector's pointer bitmaps of .data and .bss (<see cref="Layout.GcMasks"/>), in .rodata.</summary>
    public const string GcData = "runtime.gcdata", GcBss = "runtime.gcbss";

    public static IEnumerable<string> Names =>
        SectionBounds.SelectMany(b => new[] { b.Start, b.End }).Append(End).Append(FuncTab).Append(EndFuncTab).Append(GcData).Append(GcBss);
}
