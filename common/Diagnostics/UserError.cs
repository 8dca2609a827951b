namespace Gosharp.Common.Diagnostics;

/// <summary>
/// Thrown when a user's input (Go source, assembly, an object or archive, a flag) is wrong. It carries
/// diagnostics meant to be printed as they are; the CLI prints them and exits non-zero, never with a
/// .NET stack trace. Anything else that escapes a stage is an internal error.
/// </summary>
public sealed class UserError : Exception
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public UserError(IReadOnlyList<Diagnostic> diagnostics)
        : base(string.Join("\n", diagnostics))
        => Diagnostics = diagnostics;

    public UserError(Diagnostic diagnostic) : this([diagnostic]) { }

    public UserError(string message) : this(new Diagnostic(null, message)) { }

    public UserError(SourcePos pos, string message) : this(new Diagnostic(pos, message)) { }
}
