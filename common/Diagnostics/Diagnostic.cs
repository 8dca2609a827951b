namespace Gosharp.Common.Diagnostics;

/// <summary>A position in a source file: 1-based line and column (column 0 when unknown, as in gc's asm errors).</summary>
public readonly record struct SourcePos(string File, int Line, int Col = 0)
{
    public override string ToString() => Col > 0 ? $"{File}:{Line}:{Col}" : $"{File}:{Line}";
}

/// <summary>
/// One user-facing error, printed in the go tools' form: <c>file.go:3:5: undefined: x</c>, or just the
/// message when it has no position (a linker error such as <c>main.main: relocation target main.f not defined</c>).
/// </summary>
public sealed record Diagnostic(SourcePos? Pos, string Message)
{
    public override string ToString() => Pos is { } p ? $"{p}: {Message}" : Message;
}
