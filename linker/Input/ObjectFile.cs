namespace Gosharp.Linker.Input;

/// <summary>One ELF relocatable object read from an archive member or a plain .o file.</summary>
public sealed class ObjectFile
{
    /// <summary>The name messages use: <c>lib.a(member.o)</c> or <c>file.o</c>.</summary>
    public required string Name { get; init; }
    /// <summary>Loadable sections, in section-header order (synthetic ones appended).</summary>
    public List<InputSection> Sections { get; } = [];
    /// <summary>The symbol table by index; index 0 is ELF's null symbol.</summary>
    public List<InputSymbol> Symbols { get; } = [];

    public override string ToString() => Name;
}
