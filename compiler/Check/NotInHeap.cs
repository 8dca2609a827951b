using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>
/// gc 1.19's conversion rules for //go:notinheap types, which its typecheck applies once types2 has
/// accepted the package (so only a package without type errors gets them): a conversion may not make
/// a pointer to an ordinary type point to a not-in-heap one, nor a string a slice of not-in-heap
/// bytes or runes. A type is not in heap when declared with the directive, or when it is a struct
/// or array holding such a type.
/// </summary>
public static class NotInHeap
{
    public static void Check(IReadOnlyList<Ast.File> files, PackageInfo pkg, Info info, DiagnosticBag errors)
    {
        var marked = new HashSet<GoObject>(ReferenceEqualityComparer.Instance);
        var calls = new List<Ast.CallExpr>();
        foreach (var file in files)
        {
            var stack = new Stack<Ast.Node>([file]);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (n is Ast.TypeDecl { IsAlias: false } td && td.Pragmas.Any(p => p.Verb == "go:notinheap") && info.Defs.TryGetValue(td.Name, out var obj))
                    marked.Add(obj);
                if (n is Ast.CallExpr { Args.Length: 1 } c) calls.Add(c);
                foreach (var child in Checker.Children(n)) stack.Push(child);
            }
        }
        if (marked.Count == 0) return;
        bool Marked(GoType t, int depth) => depth < 100 && (t is NamedType nt && marked.Contains(nt.Obj) || t.Underlying switch
        {
            StructType s => s.Fields.Any(f => Marked(f.Type, depth + 1)),
            ArrayType a => Marked(a.Elem, depth + 1),
            _ => false,
        });
        string T(GoType t) => TypeString.Relative(t, pkg);
        foreach (var c in calls.OrderBy(c => c.Pos.Line).ThenBy(c => c.Pos.Col))
        {
            if (info.TypeOf(c.Fun) is not { IsType: true } conv || info.TypeOf(c.Args[0]) is not { } arg) continue;
            var (dst, src) = (conv.Type, arg.Type);
            string? why = null;
            if (dst.Underlying is PointerType dp && src.Underlying is PointerType sp && Marked(dp.Elem, 0) && !Marked(sp.Elem, 0))
                why = $"{T(dp.Elem)} is incomplete (or unallocatable), but {T(sp.Elem)} is not";
            else if (Predicates.IsString(src) && dst.Underlying is SliceType ds && Marked(ds.Elem, 0) &&
                     ds.Elem.Underlying is BasicType { Kind: BasicKind.Uint8 or BasicKind.Int32 })
                why = $"{T(ds.Elem)} is incomplete (or unallocatable)";
            if (why != null)
                errors.Add(c.Pos, $"cannot convert {ExprString.Of(c.Args[0])} (type {T(src)}) to type {T(dst)}:\n\t{why}");
        }
    }
}
