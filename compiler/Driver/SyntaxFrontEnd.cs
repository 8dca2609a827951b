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
        return (r.Checkable ? r.File : null, r.Diagnostics);
    }
}
