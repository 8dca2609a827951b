using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Gosharp.Compiler.Types;

/// <summary>
/// Substitution of type arguments for type parameters, and instantiation of generic types and
/// functions. Instances of a generic type with identical arguments are one NamedType object (each
/// generic type keeps its instances), so identity by reference works for them too.
/// </summary>
public static class Subst
{
    public static Dictionary<TypeParamType, GoType> Map(IReadOnlyList<TypeParamType> tparams, IReadOnlyList<GoType> args)
    {
        var m = new Dictionary<TypeParamType, GoType>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < tparams.Count && i < args.Count; i++) m[tparams[i]] = args[i];
        return m;
    }

    private static readonly ConditionalWeakTable<NamedType, List<NamedType>> instances = new();

    /// <summary>The instance origin[args] (one object per distinct argument list).</summary>
    public static NamedType Instantiate(NamedType origin, IReadOnlyList<GoType> args)
    {
        origin = origin.OriginOrSelf;
        var list = instances.GetOrCreateValue(origin);
        lock (list)
        {
            foreach (var inst in list)
            {
                var same = inst.TypeArgs.Length == args.Count;
                for (int i = 0; i < args.Count && same; i++) same = Predicates.Identical(inst.TypeArgs[i], args[i]);
                if (same) return inst;
            }
            var n = new NamedType(origin.Obj) { Origin = origin, TypeArgs = [.. args] };
            list.Add(n);
            return n;
        }
    }

    /// <summary>The signature of a generic function instantiated with args (no type parameters left).</summary>
    public static Signature InstantiateSignature(Signature sig, IReadOnlyList<GoType> args)
    {
        var map = Map(sig.TypeParams, args);
        var plain = new Signature(sig.Recv, sig.Params, sig.Results, sig.Variadic) { RecvTypeParams = sig.RecvTypeParams };
        return (Signature)Apply(plain, map);
    }

    /// <summary>A method of a generic type as seen on one of its instances: the receiver's type parameters replaced by the instance's arguments.</summary>
    public static FuncObj InstanceMethod(NamedType inst, FuncObj m)
    {
        var sig = m.Signature;
        var tparams = sig.RecvTypeParams.Length > 0 ? sig.RecvTypeParams : inst.OriginOrSelf.TypeParams;
        var map = Map(tparams, inst.TypeArgs);
        var plain = new Signature(sig.Recv, sig.Params, sig.Results, sig.Variadic);
        var s = (Signature)Apply(plain, map);
        return new FuncObj(m.Name, m.Pos, m.Pkg, s)
        {
            Origin = m.Origin ?? m, Abi = m.Abi, HasBody = m.HasBody, NoInline = m.NoInline, NoSplit = m.NoSplit, LinkName = m.LinkName,
        };
    }

    /// <summary>Whether t mentions a type parameter anywhere (then it is not a run-time type yet).</summary>
    public static bool HasTypeParams(GoType t) => t switch
    {
        TypeParamType => true,
        BasicType => false,
        PointerType p => HasTypeParams(p.Elem),
        SliceType s => HasTypeParams(s.Elem),
        ArrayType a => HasTypeParams(a.Elem),
        ChanType c => HasTypeParams(c.Elem),
        MapType m => HasTypeParams(m.Key) || HasTypeParams(m.Elem),
        StructType st => st.Fields.Any(f => HasTypeParams(f.Type)),
        TupleType tt => tt.Vars.Any(v => HasTypeParams(v.Type)),
        Signature sig => HasTypeParams(sig.Params) || HasTypeParams(sig.Results),
        UnionType u => u.Terms.Any(x => HasTypeParams(x.Type)),
        InterfaceType it => it.Methods.Any(m => HasTypeParams(m.Type)) || it.Embedded.Any(HasTypeParams),
        NamedType n => n.TypeArgs.Any(HasTypeParams),
        _ => false,
    };

    [ThreadStatic] private static int depth;

    /// <summary>t with the type parameters of map replaced; the same object when nothing changes.</summary>
    public static GoType Apply(GoType t, IReadOnlyDictionary<TypeParamType, GoType> map)
    {
        if (map.Count == 0) return t;
        if (depth > 200) return t;
        depth++;
        try { return ApplyInner(t, map); }
        finally { depth--; }
    }

    private static GoType ApplyInner(GoType t, IReadOnlyDictionary<TypeParamType, GoType> map)
    {
        switch (t)
        {
            case TypeParamType tp: return map.TryGetValue(tp, out var r) ? r : t;
            case BasicType: return t;
            case PointerType p: { var e = Apply(p.Elem, map); return ReferenceEquals(e, p.Elem) ? t : new PointerType(e); }
            case SliceType s: { var e = Apply(s.Elem, map); return ReferenceEquals(e, s.Elem) ? t : new SliceType(e); }
            case ArrayType a: { var e = Apply(a.Elem, map); return ReferenceEquals(e, a.Elem) ? t : new ArrayType(e, a.Len); }
            case ChanType c: { var e = Apply(c.Elem, map); return ReferenceEquals(e, c.Elem) ? t : new ChanType(c.Dir, e); }
            case MapType m:
            {
                var k = Apply(m.Key, map);
                var e = Apply(m.Elem, map);
                return ReferenceEquals(k, m.Key) && ReferenceEquals(e, m.Elem) ? t : new MapType(k, e);
            }
            case StructType st:
            {
                var fields = Vars(st.Fields, map);
                return fields == null ? t : new StructType(fields.Value, st.Tags);
            }
            case TupleType tt:
            {
                var vars = Vars(tt.Vars, map);
                return vars == null ? t : new TupleType(vars.Value);
            }
            case Signature sig:
            {
                var ps = Apply(sig.Params, map);
                var rs = Apply(sig.Results, map);
                var recv = sig.Recv == null ? null : Var(sig.Recv, map);
                if (ReferenceEquals(ps, sig.Params) && ReferenceEquals(rs, sig.Results) && ReferenceEquals(recv, sig.Recv)) return t;
                return new Signature(recv, (TupleType)ps, (TupleType)rs, sig.Variadic) { TypeParams = sig.TypeParams, RecvTypeParams = sig.RecvTypeParams };
            }
            case UnionType u:
            {
                var changed = false;
                var terms = u.Terms.Select(x =>
                {
                    var nt = Apply(x.Type, map);
                    changed |= !ReferenceEquals(nt, x.Type);
                    return new Term(x.Tilde, nt);
                }).ToImmutableArray();
                return changed ? new UnionType(terms) : t;
            }
            case InterfaceType it:
            {
                var changed = false;
                var methods = it.Methods.Select(m =>
                {
                    // Not through the method's receiver: that is this interface again, and substituting
                    // it would recurse once per method at every level (exponential, issue50690a.go).
                    var s = m.Type is Signature { Recv: not null } ms ? ApplyNoRecv(ms, map) : Apply(m.Type, map);
                    if (ReferenceEquals(s, m.Type)) return m;
                    changed = true;
                    return new FuncObj(m.Name, m.Pos, m.Pkg, (Signature)s) { Origin = m };
                }).ToImmutableArray();
                var embedded = it.Embedded.Select(e =>
                {
                    var s = Apply(e, map);
                    changed |= !ReferenceEquals(s, e);
                    return s;
                }).ToImmutableArray();
                return changed ? new InterfaceType(methods, embedded) { IsImplicit = it.IsImplicit, IsComparableMarker = it.IsComparableMarker } : t;
            }
            case NamedType n when n.TypeArgs.Length > 0:
            {
                var changed = false;
                var args = n.TypeArgs.Select(a =>
                {
                    var s = Apply(a, map);
                    changed |= !ReferenceEquals(s, a);
                    return s;
                }).ToList();
                return changed ? Instantiate(n.OriginOrSelf, args) : t;
            }
            default: return t;
        }
    }

    private static GoType ApplyNoRecv(Signature sig, IReadOnlyDictionary<TypeParamType, GoType> map)
    {
        var ps = Apply(sig.Params, map);
        var rs = Apply(sig.Results, map);
        if (ReferenceEquals(ps, sig.Params) && ReferenceEquals(rs, sig.Results)) return sig;
        return new Signature(sig.Recv, (TupleType)ps, (TupleType)rs, sig.Variadic) { TypeParams = sig.TypeParams, RecvTypeParams = sig.RecvTypeParams };
    }

    private static ImmutableArray<VarObj>? Vars(ImmutableArray<VarObj> vars, IReadOnlyDictionary<TypeParamType, GoType> map)
    {
        ImmutableArray<VarObj>.Builder? b = null;
        for (int i = 0; i < vars.Length; i++)
        {
            var v = Var(vars[i], map);
            if (b == null && !ReferenceEquals(v, vars[i]))
            {
                b = ImmutableArray.CreateBuilder<VarObj>(vars.Length);
                for (int j = 0; j < i; j++) b.Add(vars[j]);
            }
            b?.Add(v);
        }
        return b?.MoveToImmutable();
    }

    private static VarObj Var(VarObj v, IReadOnlyDictionary<TypeParamType, GoType> map)
    {
        var t = Apply(v.Type, map);
        if (ReferenceEquals(t, v.Type)) return v;
        return new VarObj(v.Name, v.Pos, v.Pkg, t)
        {
            IsField = v.IsField, Embedded = v.Embedded, IsParam = v.IsParam, IsGlobal = v.IsGlobal, Origin = v.Origin ?? v, Used = true,
        };
    }
}
