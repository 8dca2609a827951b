namespace Gosharp.Compiler.Driver;

/// <summary>Flags of <c>gosharp tool compile</c>, named as gc's compile names them.</summary>
public sealed record CompileOptions
{
    /// <summary>-p: the import path of the package being compiled.</summary>
    public string PackagePath { get; init; } = "main";
    /// <summary>-importcfg: <c>packagefile path=archive</c> lines naming the imported packages.</summary>
    public string? ImportCfg { get; init; }
    /// <summary>-D: the prefix local imports ("./a") are joined to (gc's "relative path for local imports"); default the working directory.</summary>
    public string? LocalImportPrefix { get; init; }
    /// <summary>-I: folders searched for PATH.a when the importcfg does not name PATH (or there is none).</summary>
    public IReadOnlyList<string> ImportDirs { get; init; } = [];
    /// <summary>-trimpath: <c>prefix=>replacement;...</c> rewrites of recorded file names.</summary>
    public string? TrimPath { get; init; }
    /// <summary>-std: compiling a standard-library (runtime-stubs) package.</summary>
    public bool Std { get; init; }
    /// <summary>-symabis: the ABIs of the package's assembly functions (asm -gensymabis output).</summary>
    public string? SymAbis { get; init; }
    /// <summary>-complete: the package has no assembly, so every function must have a body.</summary>
    public bool Complete { get; init; }
    /// <summary>-syntax-only: stop after parsing, report syntax errors only.</summary>
    public bool SyntaxOnly { get; init; }
    /// <summary>-asmhdr: write struct offsets and constants for the package's assembly to this file.</summary>
    public string? AsmHdr { get; init; }
    /// <summary>-e: no limit on the number of errors reported.</summary>
    public bool NoErrorLimit { get; init; }
    /// <summary>-m: report the escape analysis decisions (what moves to the heap).</summary>
    public bool EscapeReport { get; init; }
    /// <summary>-lang: the Go version the source is written for ("go1.17"); null: the newest (go1.19).</summary>
    public string? Lang { get; init; }
    /// <summary>-C: no columns in error positions.</summary>
    public bool NoColumns { get; init; }
    /// <summary>The folder relative file names are resolved against (the tool's working directory).</summary>
    public string Cwd { get; init; } = Environment.CurrentDirectory;
}

/// <summary>What compiling one package produces: assembly text for the assembler, export data for importers.</summary>
public sealed record CompileResult(string Assembly, byte[] ExportData)
{
    /// <summary>-m: the escape analysis decisions, one "file:line:col: message" per line, by position.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>An import in a file's header: the path and where it is written.</summary>
public sealed record ImportRef(string Path, Gosharp.Common.Diagnostics.SourcePos Pos);

/// <summary>The package clause, imports and //go:build line of a Go file, for the build planner.</summary>
public sealed record FileHeader(string File, string PackageName, IReadOnlyList<ImportRef> Imports, string? GoBuild);

/// <summary>The Go compiler: Go source files of one package in, Plan 9 arm64 assembly and export data out.</summary>
public static class GoCompiler
{
    /// <summary>Compiles one package. Errors in the source are a UserError with gc-style positioned diagnostics.</summary>
    public static CompileResult Compile(IReadOnlyList<string> files, CompileOptions options)
        => new CompileDriver(options).Run(files);

    /// <summary>Reads just the package clause and the imports of a file (the go command's package loading).</summary>
    public static FileHeader ReadHeader(string file, string displayName)
        => HeaderReader.Read(file, displayName);
}
