using Gosharp.Common.Elf;

namespace Gosharp.Linker.Input;

/// <summary>An entry of an input object's symbol table.</summary>
public sealed class InputSymbol
{
    public required ObjectFile File { get; init; }
    public required string Name { get; init; }
    public required SymbolBinding Binding { get; init; }
    public required SymbolType Type { get; init; }
    /// <summary>The raw st_shndx (ELFSharp mislabels the special values, so it is kept as read).</summary>
    public required ushort Shndx { get; init; }
    public required ulong Value { get; set; }
    public ulong Size { get; init; }
    /// <summary>The section defining it; null when undefined, absolute, or in a discarded section.</summary>
    public InputSection? Section { get; set; }
    /// <summary>A common symbol (SHN_COMMON) given its own bss section: a tentative, weak-like definition.</summary>
    public bool IsCommon { get; init; }

    public bool IsUndefined => Shndx == SectionIndex.Undef && !IsCommon;
    public bool IsAbsolute => Shndx == SectionIndex.Abs;
    public bool IsLocal => Binding == SymbolBinding.Local;
    /// <summary>Defined in a section the link drops (debug info, .eh_frame, .comment).</summary>
    public bool InDiscardedSection => !IsCommon && Shndx != SectionIndex.Undef && Shndx < 0xff00 && Section == null;

    /// <summary>The name for messages: section symbols have none, so they go by their section's.</summary>
    public string DisplayName => Name.Length > 0 ? Name : Type == SymbolType.Section && Section != null ? Section.Name : Name;

    public override string ToString() => $"{File.Name}:{DisplayName}";
}
