namespace Gosharp.Compiler.Types;

/// <summary>The type relations of the Go spec: identity, assignability, convertibility, comparability.</summary>
public static class Predicates
{
    public static bool Identical(GoType x, GoType y)
    {
        if (ReferenceEquals(x, y)) return true;
        switch (x)
        {
            case BasicType bx: return y is BasicType by && bx.Kind == by.Kind;
            case PointerType px: return y is PointerType py && Identical(px.Elem, py.Elem);
            case SliceType sx: return y is SliceType sy && Identical(sx.Elem, sy.Elem);
            case ArrayType ax: return y is ArrayType ay && ax.Len == ay.Len && Identical(ax.Elem, ay.Elem);
            case MapType mx: return y is MapType my && Identical(mx.Key, my.Key) && Identical(mx.Elem, my.Elem);
            case ChanType cx: return y is ChanType cy && cx.Dir == cy.Dir && Identical(cx.Elem, cy.Elem);
            case StructType stx:
                if (y is not StructType sty || stx.Fields.Length != sty.Fields.Length) return false;
                for (int i = 0; i < stx.Fields.Length; i++)
                {
                    var (f, g) = (stx.Fields[i], sty.Fields[i]);
                    if (f.Name != g.Name || f.Embedded != g.Embedded || stx.Tag(i) != sty.Tag(i) || !Identical(f.Type, g.Type)) return false;
                    if (!f.Exported && f.Pkg != g.Pkg) return false;
                }
                return true;
            case TupleType tx:
                if (y is not TupleType ty || tx.Count != ty.Count) return false;
                for (int i = 0; i < tx.Count; i++) if (!Identical(tx[i], ty[i])) return false;
                return true;
            case Signature fx:
                return y is Signature fy && fx.Variadic == fy.Variadic && fx.TypeParams.Length == fy.TypeParams.Length &&
                       Identical(fx.Params, fy.Params) && Identical(fx.Results, fy.Results);
            case InterfaceType ix:
                if (y is not InterfaceType iy) return false;
                var (ma, mb) = (ix.AllMethods, iy.AllMethods);
                if (ma.Length != mb.Length) return false;
                for (int i = 0; i < ma.Length; i++)
                    if (ma[i].Name != mb[i].Name || (!ma[i].Exported && ma[i].Pkg != mb[i].Pkg) || !Identical(ma[i].Type, mb[i].Type)) return false;
                var (ea, eb) = (ix.Embedded.Where(e => e.Underlying is not InterfaceType).ToList(), iy.Embedded.Where(e => e.Underlying is not InterfaceType).ToList());
                if (ea.Count != eb.Count) return false;
                for (int i = 0; i < ea.Count; i++) if (!Identical(ea[i], eb[i])) return false;
                return true;
            case NamedType nx:
                if (y is not NamedType ny || nx.Obj != ny.Obj || nx.TypeArgs.Length != ny.TypeArgs.Length) return false;
                for (int i = 0; i < nx.TypeArgs.Length; i++) if (!Identical(nx.TypeArgs[i], ny.TypeArgs[i])) return false;
                return nx.TypeArgs.Length > 0;
            default: return false;
        }
    }

    public static bool IsNamed(GoType t) => t is NamedType or BasicType or TypeParamType;
    public static bool IsInterface(GoType t) => t.Underlying is InterfaceType && t is not TypeParamType;
    public static bool IsUntyped(GoType t) => t is BasicType b && b.Is(BasicInfo.IsUntyped);
    public static bool IsBasic(GoType t, BasicInfo info) => t.Underlying is BasicType b && b.Is(info);
    public static bool IsInteger(GoType t) => IsBasic(t, BasicInfo.IsInteger);
    public static bool IsUnsigned(GoType t) => IsBasic(t, BasicInfo.IsUnsigned);
    public static bool IsFloat(GoType t) => IsBasic(t, BasicInfo.IsFloat);
    public static bool IsComplex(GoType t) => IsBasic(t, BasicInfo.IsComplex);
    public static bool IsNumeric(GoType t) => IsBasic(t, BasicInfo.IsNumeric);
    public static bool IsString(GoType t) => IsBasic(t, BasicInfo.IsString);
    public static bool IsBoolean(GoType t) => IsBasic(t, BasicInfo.IsBoolean);
    public static bool IsOrdered(GoType t) => IsBasic(t, BasicInfo.IsOrdered);
    public static bool IsConstType(GoType t) => IsBasic(t, BasicInfo.IsConstType);

    /// <summary>Values of the type can be compared with == (the spec's "comparable").</summary>
    public static bool Comparable(GoType t) => Comparable(t, 0);

    private static bool Comparable(GoType t, int depth)
    {
        if (depth > 100) return true;
        return t.Underlying switch
        {
            BasicType b => b.Kind != BasicKind.UntypedNil,
            PointerType or ChanType or InterfaceType => true,
            StructType s => s.Fields.All(f => Comparable(f.Type, depth + 1)),
            ArrayType a => Comparable(a.Elem, depth + 1),
            _ => false,
        };
    }

    /// <summary>Slices, maps and funcs can only be compared with nil.</summary>
    public static bool HasNil(GoType t) => t.Underlying switch
    {
        PointerType or SliceType or MapType or ChanType or Signature or InterfaceType => true,
        BasicType { Kind: BasicKind.UnsafePointer } => true,
        _ => false,
    };
}
