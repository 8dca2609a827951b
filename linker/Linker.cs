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
    /// <summary>-T: address of the text segment.</summary>
    public ulong? TextAddress { get; init; }
    /// <summary>-v: where to print the phases and their times (null: silent).</summary>
    public TextWriter? Verbose { get; init; }
    public string EntrySymbol { get; init; } = "_rt0_arm64_linux";
}

/// <summary>The linker: archives and objects in, a static ELF64 arm64 executable out.</summary>
public static class Linker
{
    /// <summary>Links; a problem in the inputs is a <see cref="Gosharp.Common.Diagnostics.UserError"/>.</summary>
    public static byte[] Link(LinkOptions options)
        => throw new NotImplementedException("linker not written yet");
}
