namespace Gosharp.Linker.Input;

/// <summary>One ELF relocatable object read from an archive member or a plain .o file.</summary>
public sealed class ObjectFile
{
    /// <summary>The name messages use: <c>lib.a(member.o)</c> or <c>file.o</c>.</summary>
    public required string Name { get; init; }
    /// <summary>The import path of the package whose archive held it (from its __.PKGDEF); null for plain objects.</summary>
    public string? Package { get; set; }
    /// <summary>Loadable sections, in section-header order (synthetic ones appended).</summary>
    public List<InputSection> Sections { get; } = [];
    /// <summary>The symbol table by index; index 0 is ELF's null symbol.</summary>
    public List<InputSymbol> Symbols { get; } = [];
    /// <summary>The debug sections the linker merges (<c>.debug_line</c>, <c>.debug_frame</c>), in section-header order.</summary>
    public List<DebugSection> DebugSections { get; } = [];

    public DebugSection? Debug(string name) => DebugSections.Find(d => d.Name == name);

    public override string ToString() => Name;
}
