using Gosharp.Linker.Input;

namespace Gosharp.Linker.Resolve;

/// <summary>A name in the link's global namespace and the definition it resolved to.</summary>
public sealed class GlobalSymbol
{
    public required string Name { get; init; }
    /// <summary>The chosen definition from an input object; null when undefined or linker-defined.</summary>
    public InputSymbol? Definition { get; set; }
    /// <summary>Defined by the linker itself (runtime.text, runtime.end, ...); its address is set by layout.</summary>
    public bool IsLinkerDefined { get; init; }
    /// <summary>The address of a linker-defined symbol, set by layout.</summary>
    public ulong LinkerValue { get; set; }

    public bool IsDefined => IsLinkerDefined || Definition != null;

    public override string ToString() => Name;
}
