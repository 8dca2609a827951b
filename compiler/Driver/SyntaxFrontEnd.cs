using Gosharp.Common.Diagnostics;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Driver;

/// <summary>The compiler's entry into the syntax layer (compiler/Syntax).</summary>
internal static class SyntaxFrontEnd
{
    /// <summary>
    /// Parses a file's bytes; <paramref name="noErrorLimit"/> is gc's -e (all errors, not the
    /// first 10). The file is null when its errors stop gc before type checking.
    /// </summary>
    public static (Ast.File? File, IReadOnlyList<Diagnostic> Errors) Parse(string fileName, byte[] source, bool noErrorLimit)
    {
        var r = Gosharp.Compiler.Syntax.GoParser.ParseFile(fileName, source, noErrorLimit);
        if (r.Checkable) return (r.File, r.Diagnostics);
        return (null, WithBranchErrors(r));
    }

    // gc checks labels and branches (its parser's checkBranches) in every function whose body
    // had no syntax error, in a file that has some; its errors are sorted with the others.
    private static IReadOnlyList<Diagnostic> WithBranchErrors(Gosharp.Compiler.Syntax.SyntaxResult r)
    {
        var syntax = r.Diagnostics.Where(d => d.Pos != null && d.Message.StartsWith("syntax error", StringComparison.Ordinal)).ToList();
        if (syntax.Count == 0 || r.Diagnostics.Any(d => d.Message == "too many errors")) return r.Diagnostics;
        static bool Before(SourcePos a, SourcePos b) => a.Line < b.Line || (a.Line == b.Line && a.Col <= b.Col);
        var clean = r.File.Decls.OfType<Ast.FuncDecl>()
            .Where(f => f.Body is { } b && !syntax.Any(d => d.Pos!.Value.File == b.Pos.File && Before(b.Pos, d.Pos.Value) && Before(d.Pos.Value, b.Rbrace)))
            .Select(f => f.Body!)
            .ToList();
        if (clean.Count == 0) return r.Diagnostics;
        var branch = Gosharp.Compiler.Check.Checker.BranchErrors(clean);
        if (branch.Count == 0) return r.Diagnostics;
        return r.Diagnostics.Concat(branch)
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Pos?.Line ?? int.MaxValue).ThenBy(x => x.d.Pos?.Col ?? 0).ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
    }
}
