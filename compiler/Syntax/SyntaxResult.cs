using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax;

/// <summary>
/// A parsed file and its errors (lexical and syntax errors, in gc's form and order). With errors
/// the File may be partial: constructs that failed to parse are missing or BadExpr.
/// </summary>
public sealed record SyntaxResult(Ast.File File, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Count > 0;

    /// <summary>
    /// Whether gc would go on to type-check the file despite its errors: it does after lexical
    /// errors and the parser's complaints that are not syntax errors, not after a syntax error
    /// or an error in the package clause.
    /// </summary>
    public bool Checkable { get; init; } = true;

    /// <summary>The File, or a UserError with the diagnostics if there are any.</summary>
    public Ast.File FileOrThrow() => HasErrors ? throw new UserError(Diagnostics) : File;
}
