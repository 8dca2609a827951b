using Gosharp.Common.Diagnostics;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Driver;

/// <summary>The compiler's entry into the syntax layer (compiler/Syntax).</summary>
internal static class SyntaxFrontEnd
{
    public static (Ast.File? File, IReadOnlyList<Diagnostic> Errors) Parse(string fileName, string source)
    {
        var r = Gosharp.Compiler.Syntax.GoParser.ParseFile(fileName, source);
        return (r.File, r.Diagnostics);
    }
}
