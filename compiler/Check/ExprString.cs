using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>An expression as gc's messages print it (syntax.String's short form: "{…}" for bodies and literal elements).</summary>
public static class ExprString
{
    public static string Of(Expr e) => GoSyntaxPrinter.String(e);
}
