namespace Gosharp.Asm;

/// <summary>Flags of <c>gosharp tool asm</c>, as gc's asm names them.</summary>
public sealed record AsmOptions
{
    /// <summary>-p: the package path that <c>·name</c> symbols belong to.</summary>
    public string PackagePath { get; init; } = "main";
    /// <summary>-I: folders searched by <c>#include</c>, after the source file's own folder.</summary>
    public IReadOnlyList<string> IncludeDirs { get; init; } = [];
    /// <summary>-D: predefined macros, <c>NAME</c> or <c>NAME=VALUE</c>.</summary>
    public IReadOnlyList<string> Defines { get; init; } = [];
    /// <summary>-trimpath: <c>prefix=>replacement;...</c> rewrites of file names recorded in the object.</summary>
    public string? TrimPath { get; init; }
}

/// <summary>The Plan 9 arm64 assembler: assembly text in, ELF64 relocatable object out.</summary>
public static class Assembler
{
    /// <summary>
    /// Assembles one source file. Errors in the source are a <see cref="Gosharp.Common.Diagnostics.UserError"/>
    /// listing every problem found (<c>file.s:12: message</c>).
    /// </summary>
    public static byte[] Assemble(string fileName, string source, AsmOptions options)
        => throw new NotImplementedException("assembler not written yet");
}
