using Gosharp.Common.Diagnostics;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>
/// gc 1.19 compiles no type declaration inside a generic function or a method of a generic type
/// (closures included): "type declarations inside generic functions are not currently supported".
/// Its noder says so after type checking succeeded, so these errors are reported only when the
/// package has no other errors.
/// </summary>
public sealed partial class Checker
{
    private readonly List<SourcePos> typeDeclsInGenerics = [];

    private void NoteTypeDeclInGeneric(SourcePos pos)
    {
        var top = fn;
        while (top?.Outer != null) top = top.Outer;
        if (top != null && (top.Sig.TypeParams.Length > 0 || top.Sig.RecvTypeParams.Length > 0)) typeDeclsInGenerics.Add(pos);
    }

    private void ReportTypeDeclsInGenerics()
    {
        if (errors.HasErrors) return;
        foreach (var pos in typeDeclsInGenerics) Error(pos, "type declarations inside generic functions are not currently supported");
    }
}
