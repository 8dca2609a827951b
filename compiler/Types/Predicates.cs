namespace Gosharp.Compiler.Types;

/// <summary>The type relations of the Go spec: identity, comparability, core types, and the "all types in the type set" predicates.</summary>
public static class Predicates
{
    public static bool Identical(GoType x, GoType y) => Identical(x, y, false, null);

    /// <summary>Identity ignoring struct tags (for conversions).</summary>
    public static bool IdenticalIgnoreTags(GoType x, GoType y) => Identical(x, y, true, null);

    private sealed record Pair(GoType X, GoType Y, Pair? Next);

    private static bool Identical(GoType x, GoType y, bool ignoreTags, Pair? seen)
    {
        if (ReferenceEquals(x, y)) return true;
        switch (x)
        {
            case BasicType bx: return y is BasicType by && bx.Kind == by.Kind;
            case PointerType px: return y is PointerType py && Identical(px.Elem, py.Elem, ignoreTags, seen);
            case SliceType sx: return y is SliceType sy && Identical(sx.Elem, sy.Elem, ignoreTags, seen);
            case ArrayType ax: return y is ArrayType ay && ax.Len == ay.Len && Identical(ax.Elem, ay.Elem, ignoreTags, seen);
            case MapType mx: return y is MapType my && Identical(mx.Key, my.Key, ignoreTags, seen) && Identical(mx.Elem, my.Elem, ignoreTags, seen);
            case ChanType cx: return y is ChanType cy && cx.Dir == cy.Dir && Identical(cx.Elem, cy.Elem, ignoreTags, seen);
            case StructType stx:
                if (y is not StructType sty || stx.Fields.Length != sty.Fields.Length) return false;
                for (int i = 0; i < stx.Fields.Length; i++)
                {
                    var (f, g) = (stx.Fields[i], sty.Fields[i]);
                    if (f.Name != g.Name || f.Embedded != g.Embedded || (!ignoreTags && stx.Tag(i) != sty.Tag(i))) return false;
                    if (!f.Exported && f.Pkg != g.Pkg) return false;
                    if (!Identical(f.Type, g.Type, ignoreTags, seen)) return false;
                }
                return true;
            case TupleType tx:
                if (y is not TupleType ty || tx.Count != ty.Count) return false;
                for (int i = 0; i < tx.Count; i++) if (!Identical(tx[i], ty[i], ignoreTags, seen)) return false;
                return true;
            case Signature fx:
            {
                if (y is not Signature fy || fx.Variadic != fy.Variadic || fx.TypeParams.Length != fy.TypeParams.Length) return false;
                if (fx.TypeParams.Length > 0)
                {
                    // Generic signatures: identical after renaming y's type parameters to x's.
                    var map = Subst.Map(fy.TypeParams, [.. fx.TypeParams]);
                    for (int i = 0; i < fx.TypeParams.Length; i++)
                        if (!Identical(fx.TypeParams[i].Constraint, Subst.Apply(fy.TypeParams[i].Constraint, map), ignoreTags, seen)) return false;
                    fy = (Signature)Subst.Apply(new Signature(null, fy.Params, fy.Results, fy.Variadic), map);
                }
                return Identical(fx.Params, fy.Params, ignoreTags, seen) && Identical(fx.Results, fy.Results, ignoreTags, seen);
            }
            case UnionType ux:
                return y is UnionType uy && ux.Terms.Length == uy.Terms.Length &&
                       ux.Terms.All(t => uy.Terms.Any(u => t.Tilde == u.Tilde && Identical(t.Type, u.Type, ignoreTags, seen)));
            case InterfaceType ix:
            {
                if (y is not InterfaceType iy) return false;
                for (var p = seen; p != null; p = p.Next)
                    if (ReferenceEquals(p.X, ix) && ReferenceEquals(p.Y, iy) || ReferenceEquals(p.X, iy) && ReferenceEquals(p.Y, ix)) return true;
                var inner = new Pair(ix, iy, seen);
                var (sa, sb) = (ix.TypeSet, iy.TypeSet);
                if (sa.Comparable != sb.Comparable) return false;
                if ((sa.Terms == null) != (sb.Terms == null)) return false;
                if (sa.Terms != null && !(TermSets.SubsetOf(sa.Terms, sb.Terms) && TermSets.SubsetOf(sb.Terms, sa.Terms))) return false;
                var (ma, mb) = (sa.Methods, sb.Methods);
                if (ma.Length != mb.Length) return false;
                for (int i = 0; i < ma.Length; i++)
                    if (ma[i].Name != mb[i].Name || (!ma[i].Exported && ma[i].Pkg != mb[i].Pkg) || !Identical(ma[i].Type, mb[i].Type, ignoreTags, inner)) return false;
                return true;
            }
            case NamedType nx:
            {
                if (y is not NamedType ny) return false;
                if (nx.Origin == null || ny.Origin == null || !ReferenceEquals(nx.Origin, ny.Origin)) return false;
                if (nx.TypeArgs.Length != ny.TypeArgs.Length) return false;
                for (int i = 0; i < nx.TypeArgs.Length; i++) if (!Identical(nx.TypeArgs[i], ny.TypeArgs[i], ignoreTags, seen)) return false;
                return true;
            }
            default: return false;
        }
    }

    public static bool IsNamed(GoType t) => t is NamedType or BasicType or TypeParamType;
    public static bool IsTypeParam(GoType t) => t is TypeParamType;
    /// <summary>An interface type that is not a type parameter.</summary>
    public static bool IsInterface(GoType t) => t is not TypeParamType && t.Underlying is InterfaceType;
    public static bool IsUntyped(GoType t) => t is BasicType b && b.Is(BasicInfo.IsUntyped);
    public static bool IsBasic(GoType t, BasicInfo info) => t is not TypeParamType && t.Underlying is BasicType b && b.Is(info);
    public static bool IsInteger(GoType t) => IsBasic(t, BasicInfo.IsInteger);
    public static bool IsUnsigned(GoType t) => IsBasic(t, BasicInfo.IsUnsigned);
    public static bool IsFloat(GoType t) => IsBasic(t, BasicInfo.IsFloat);
    public static bool IsComplex(GoType t) => IsBasic(t, BasicInfo.IsComplex);
    public static bool IsNumeric(GoType t) => IsBasic(t, BasicInfo.IsNumeric);
    public static bool IsString(GoType t) => IsBasic(t, BasicInfo.IsString);
    public static bool IsBoolean(GoType t) => IsBasic(t, BasicInfo.IsBoolean);
    public static bool IsOrdered(GoType t) => IsBasic(t, BasicInfo.IsOrdered);
    public static bool IsConstType(GoType t) => IsBasic(t, BasicInfo.IsConstType);
    public static bool IsUnsafePointer(GoType t) => t is not TypeParamType && t.Underlying is BasicType { Kind: BasicKind.UnsafePointer };

    // ---- "all types in the type set" (a type parameter's, or the type itself) ----

    /// <summary>
    /// Calls pred with the underlying type of every type in t's type set (t's own underlying type
    /// for a non-type-parameter; null once for a type parameter without terms or with an empty type set). All must hold.
    /// </summary>
    public static bool UnderIs(GoType t, Func<GoType?, bool> pred)
    {
        if (t is not TypeParamType tp) return pred(t.Underlying);
        var terms = tp.Iface.TypeSet.Terms;
        // An empty type set has no specific types either (as gc: `a + b` on a T constrained by int and float64 is an error).
        if (terms == null || terms.Value.IsEmpty) return pred(null);
        foreach (var term in terms.Value)
            if (!pred(term.Type.Underlying)) return false;
        return true;
    }

    private static bool AllBasic(GoType t, BasicInfo info) =>
        t is TypeParamType ? UnderIs(t, u => u is BasicType b && b.Is(info)) : IsBasic(t, info);

    public static bool AllBoolean(GoType t) => AllBasic(t, BasicInfo.IsBoolean);
    public static bool AllInteger(GoType t) => AllBasic(t, BasicInfo.IsInteger);
    public static bool AllUnsigned(GoType t) => AllBasic(t, BasicInfo.IsUnsigned);
    public static bool AllNumeric(GoType t) => AllBasic(t, BasicInfo.IsNumeric);
    public static bool AllString(GoType t) => AllBasic(t, BasicInfo.IsString);
    public static bool AllOrdered(GoType t) => AllBasic(t, BasicInfo.IsOrdered);
    public static bool AllNumericOrString(GoType t) => AllBasic(t, BasicInfo.IsNumeric | BasicInfo.IsString);

    /// <summary>The single underlying type of all types in t's type set, or null (go/types' core type).</summary>
    public static GoType? CoreType(GoType t)
    {
        if (t is not TypeParamType) return t.Underlying;
        GoType? su = null;
        var ok = UnderIs(t, u =>
        {
            if (u == null) return false;
            if (su != null)
            {
                u = MatchCore(su, u);
                if (u == null) return false;
            }
            su = u;
            return true;
        });
        return ok ? su : null;
    }

    /// <summary>The core type for string operations: []byte and string count as one ("bytestring").</summary>
    public static GoType? CoreString(GoType t)
    {
        if (t is not TypeParamType) return t.Underlying;
        GoType? su = null;
        var hasString = false;
        var ok = UnderIs(t, u =>
        {
            if (u == null) return false;
            if (IsString(u)) { u = new SliceType(Universe.Byte); hasString = true; }
            if (su != null)
            {
                u = MatchCore(su, u);
                if (u == null) return false;
            }
            su = u;
            return true;
        });
        if (!ok) return null;
        return hasString && su is SliceType ? Universe.String : su;
    }

    private static GoType? MatchCore(GoType x, GoType y)
    {
        if (Identical(x, y)) return x;
        if (x is ChanType cx && y is ChanType cy && Identical(cx.Elem, cy.Elem))
        {
            if (cx.Dir == ChanDir.Both) return cy;
            if (cy.Dir == ChanDir.Both || cx.Dir == cy.Dir) return cx;
        }
        return null;
    }

    /// <summary>Values of the type can be compared with == (the spec's "comparable"; interfaces are).</summary>
    public static bool Comparable(GoType t) => Comparable(t, 0, false);

    /// <summary>Comparable without run-time panics: no interfaces anywhere (for comparable's type set).</summary>
    public static bool StrictlyComparable(GoType t) => Comparable(t, 0, true);

    private static bool Comparable(GoType t, int depth, bool strict)
    {
        if (depth > 100) return true;
        if (t is TypeParamType tp)
        {
            var ts = tp.Iface.TypeSet;
            if (ts.Comparable) return true;
            // An empty type set holds no comparable type.
            return ts.Terms is { IsEmpty: false } terms && terms.All(x => Comparable(x.Type, depth + 1, strict));
        }
        return t.Underlying switch
        {
            BasicType b => b.Kind != BasicKind.UntypedNil,
            PointerType or ChanType => true,
            InterfaceType => !strict,
            StructType s => s.Fields.All(f => Comparable(f.Type, depth + 1, strict)),
            ArrayType a => Comparable(a.Elem, depth + 1, strict),
            _ => false,
        };
    }

    /// <summary>The type has nil as a value: pointers, slices, maps, channels, functions, interfaces, unsafe.Pointer.</summary>
    public static bool HasNil(GoType t)
    {
        if (t is TypeParamType) return UnderIs(t, u => u != null && HasNilUnder(u));
        return HasNilUnder(t.Underlying);
    }

    private static bool HasNilUnder(GoType u) => u switch
    {
        PointerType or SliceType or MapType or ChanType or Signature or InterfaceType => true,
        BasicType { Kind: BasicKind.UnsafePointer } => true,
        _ => false,
    };

    /// <summary>Whether t mentions one of the given type parameters (or any type parameter when null).</summary>
    public static bool Mentions(GoType t, Func<TypeParamType, bool> isParam) => Mentions(t, isParam, 0);

    private static bool Mentions(GoType t, Func<TypeParamType, bool> p, int depth)
    {
        if (depth > 64) return false;
        var d = depth + 1;
        return t switch
        {
            TypeParamType tp => p(tp),
            PointerType pt => Mentions(pt.Elem, p, d),
            SliceType s => Mentions(s.Elem, p, d),
            ArrayType a => Mentions(a.Elem, p, d),
            MapType m => Mentions(m.Key, p, d) || Mentions(m.Elem, p, d),
            ChanType c => Mentions(c.Elem, p, d),
            StructType st => st.Fields.Any(f => Mentions(f.Type, p, d)),
            TupleType tt => tt.Vars.Any(v => Mentions(v.Type, p, d)),
            Signature sig => Mentions(sig.Params, p, d) || Mentions(sig.Results, p, d),
            UnionType u => u.Terms.Any(x => Mentions(x.Type, p, d)),
            InterfaceType it => it.Methods.Any(m => Mentions(m.Type, p, d)) || it.Embedded.Any(e => Mentions(e, p, d)),
            NamedType n => n.TypeArgs.Any(a => Mentions(a, p, d)),
            _ => false,
        };
    }
}
