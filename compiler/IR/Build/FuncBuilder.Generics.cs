using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Generic functions in code being built: an explicit instantiation F[int] or pkg.F[int, string] names
// the instance the Info refers to (Generics.cs rewrote the name's use to it).
public sealed partial class FuncBuilder
{
    /// <summary>The instance an expression F[...] (or pkg.F[...]) names; null for other index expressions.</summary>
    private FuncObj? InstanceFuncOf(Ast.Expr e)
    {
        if (Unparen(e) is not Ast.IndexExpr ix) return null;
        var name = Unparen(ix.X) switch
        {
            Ast.Name n => n,
            Ast.SelectorExpr s when !info.Selections.ContainsKey(s) => s.Sel,
            _ => null,
        };
        return name != null && info.Uses.GetValueOrDefault(name) is FuncObj { Origin: not null, Signature.TypeParams.Length: 0, Signature.Recv: null } f ? f : null;
    }
}
