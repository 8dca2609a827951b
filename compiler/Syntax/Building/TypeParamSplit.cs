using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Syntax.Building;

/// <summary>
/// gc's rules for telling <c>type T[P C] ...</c> (a generic type) from <c>type T[N] E</c> (an
/// array type) once the bracket's first expression is parsed: the expression is split into a
/// type parameter name and a constraint when it reads as "name type-element" (<c>P *C|D</c>,
/// <c>P(E)</c>, <c>P ~int</c>); an ordinary expression (<c>N*M</c>) stays an array length unless
/// <paramref name="force"/> is set (a comma follows, which an array length cannot have).
/// </summary>
internal static class TypeParamSplit
{
    /// <summary>(name, null) for a bare name, (name, constraint) for a split, (null, x) otherwise.</summary>
    public static (Name? Name, Expr? Type) ExtractName(Expr x, bool force)
    {
        switch (x)
        {
            case Name n:
                return (n, null);
            case Operation { Y: not null } op when op.Op == Operator.Mul:
                if (op.X is Name name && (force || IsTypeElem(op.Y)))
                    return (name, new Operation(op.Pos, Operator.Mul, op.Y, null));   // name *Y
                break;
            case Operation { Y: not null } op when op.Op == Operator.Or:
                var (n2, lhs) = ExtractName(op.X, force || IsTypeElem(op.Y));
                if (n2 != null && lhs != null)
                    return (n2, op with { X = lhs });                                  // name lhs|Y
                break;
            case CallExpr call when call.Fun is Name fname:
                if (call.Args.Length == 1 && !call.HasDots && (force || IsTypeElem(call.Args[0])))
                    return (fname, call.Args[0]);                                      // name(T)
                break;
        }
        return (null, x);
    }

    /// <summary>Whether x can only be a type element (and not a value expression).</summary>
    public static bool IsTypeElem(Expr x) => x switch
    {
        ArrayType or StructType or FuncType or InterfaceType or SliceType or MapType or ChanType => true,
        Operation op => IsTypeElem(op.X) || (op.Y != null && IsTypeElem(op.Y)) || op.Op == Operator.Tilde,
        ParenExpr p => IsTypeElem(p.X),
        _ => false,
    };
}
