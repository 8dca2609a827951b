using Gosharp.Common.Elf;

namespace Gosharp.Linker.Input;

/// <summary>A loadable section of an input object, the unit of dead-code elimination and layout.</summary>
public sealed class InputSection
{
    public required ObjectFile File { get; init; }
    /// <summary>Its index in the object's section header table (synthetic sections use indexes past the table).</summary>
    public required int Index { get; init; }
    public required string Name { get; init; }
    public required OutputKind Kind { get; set; }
    public ulong Align { get; init; } = 1;
    /// <summary>The contents; null for a NOBITS section (all zero, <see cref="Size"/> bytes).</summary>
    public byte[]? Data { get; set; }
    public required ulong Size { get; init; }
    public List<InputReloc> Relocs { get; } = [];

    /// <summary>Set by the liveness pass when the entry point reaches this section.</summary>
    public bool Live { get; set; }
    /// <summary>Virtual address, set by layout.</summary>
    public ulong Addr { get; set; }
    /// <summary>Offset inside its output section, set by layout.</summary>
    public ulong OutOffset { get; set; }

    public override string ToString() => $"{File.Name}:{Name}";
}

/// <summary>A relocation of an input section; the target is the symbol of the same object it names.</summary>
public sealed record InputReloc(ulong Offset, RelocType Type, long Addend, InputSymbol Target);
