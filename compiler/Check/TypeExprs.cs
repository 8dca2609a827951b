using System.Collections.Immutable;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Type expressions: AST → GoType; type declarations, type parameters, signatures, structs, interfaces.
public sealed partial class Checker
{
    /// <summary>
    /// The type an expression denotes (generic types must be instantiated). <paramref name="def"/> is
    /// the named type being declared, if any (interface methods use it as their receiver).
    /// </summary>
    private GoType TypeExpr(Ast.Expr e, NamedType? def = null)
    {
        var t = TypeExprInternal(e, def, false);
        info.Types[e] = new TypeAndValue(Mode.TypeExpr, t, null);
        return t;
    }

    /// <summary>A type expression that may denote a generic type (the X of an instantiation X[A]).</summary>
    private GoType GenericTypeExpr(Ast.Expr e)
    {
        var t = TypeExprInternal(e, null, true);
        info.Types[e] = new TypeAndValue(Mode.TypeExpr, t, null);
        return t;
    }

    private GoType TypeExprInternal(Ast.Expr e, NamedType? def, bool allowGeneric)
    {
        switch (e)
        {
            case Ast.Name or Ast.SelectorExpr:
            {
                var x = RawExpr(e, null, true, true);
                if (x.Invalid) return Universe.Invalid;
                if (x.Mode != Mode.TypeExpr)
                {
                    ErrorAt(e, $"{Describe(x)} is not a type");
                    return Universe.Invalid;
                }
                if (!allowGeneric && x.Type is NamedType { IsGeneric: true } gn)
                {
                    ErrorAt(e, $"cannot use generic type {T(gn)} without instantiation");
                    return Universe.Invalid;
                }
                return x.Type;
            }
            case Ast.ParenExpr p: return TypeExpr(p.X, def);
            case Ast.IndexExpr ix: return InstantiatedType(ix);
            case Ast.Operation { Op: Ast.Operator.Mul, Y: null } star:
                return new PointerType(VarType(star.X));
            case Ast.ArrayType at:
            {
                if (at.Len == null)
                {
                    Error(at, "invalid use of [...] array (outside a composite literal)");
                    TypeExpr(at.Elem);
                    return Universe.Invalid;
                }
                var len = ArrayLength(at.Len);
                var elem = VarType(at.Elem);
                return len < 0 ? Universe.Invalid : new ArrayType(elem, len);
            }
            case Ast.SliceType st: return new SliceType(VarType(st.Elem));
            case Ast.MapType mt:
            {
                var key = VarType(mt.Key);
                var val = VarType(mt.Value);
                var keyExpr = mt.Key;
                later.Add(() =>
                {
                    if (key is TypeParamType tp)
                    {
                        if (!Predicates.Comparable(tp)) ErrorAt(keyExpr, $"invalid map key type {T(key)} (missing comparable constraint)");
                    }
                    else if (key != Universe.Invalid && !Predicates.Comparable(key))
                        ErrorAt(keyExpr, $"invalid map key type {T(key)}");
                });
                return new MapType(key, val);
            }
            case Ast.ChanType ct:
                return new ChanType(ct.Dir switch { Ast.ChanDir.Send => Types.ChanDir.SendOnly, Ast.ChanDir.Recv => Types.ChanDir.RecvOnly, _ => Types.ChanDir.Both }, VarType(ct.Elem));
            case Ast.FuncType ft:
            {
                var fscope = new Scope(scope, "function");
                var saved = scope;
                scope = fscope;
                try { return FuncType(ft, null, fscope); }
                finally { scope = saved; }
            }
            case Ast.StructType st: return StructTypeExpr(st);
            case Ast.InterfaceType it: return InterfaceTypeExpr(it, def);
            case Ast.DotsType dt:
                Error(dt, "invalid use of '...'");
                return Universe.Invalid;
            case Ast.Operation { Op: Ast.Operator.Tilde or Ast.Operator.Or }:
                // ~T and A|B outside a constraint: checked as the implicit interface they would be.
                return ImplicitConstraint(e);
            case Ast.BadExpr: return Universe.Invalid;
            default:
            {
                var x = RawExpr(e, null, true, false);
                if (!x.Invalid) ErrorAt(e, $"{S(e)} is not a type"); // gc 1.19: the expression, not the operand
                return Universe.Invalid;
            }
        }
    }

    /// <summary>The constant length of an array type, or -1 after reporting why not.</summary>
    private long ArrayLength(Ast.Expr e)
    {
        if (e is Ast.Name name)
        {
            var obj = scope.Lookup(name.Value);
            if (obj == null) { Error(name, $"undeclared name {name.Value} for array length"); return -1; } // gc 1.19's wording
            if (obj is not ConstObj) { Error(name, $"invalid array length {name.Value}"); return -1; }
        }
        var x = Expr(e);
        if (x.Invalid) return -1;
        if (x.Mode != Mode.Constant)
        {
            ErrorAt(e, $"array length {Describe(x)} must be constant");
            return -1;
        }
        if (Predicates.IsUntyped(x.Type) || Predicates.IsInteger(x.Type))
        {
            var i = x.Value!.ToInt();
            if (i != null)
            {
                // Only a length representable as an int is "invalid" when negative; larger ones "must be integer" (gc 1.19).
                if (i.Int >= long.MinValue && i.Int <= long.MaxValue)
                {
                    if (i.Int.Sign >= 0) return (long)i.Int;
                    ErrorAt(e, $"invalid array length {Describe(x)}");
                    return -1;
                }
            }
        }
        ErrorAt(e, $"array length {Describe(x)} must be integer");
        return -1;
    }

    /// <summary>A signature; parameters are declared in <paramref name="paramScope"/> (the function's scope).</summary>
    private Signature FuncType(Ast.FuncType ft, VarObj? recv, Scope paramScope)
    {
        // Parameter names are not in scope in the parameter types (func f(url string, v url.Values)).
        var variadic = false;
        var ps = Params(ft.Params, true, ref variadic);
        var dummy = false;
        var rs = Params(ft.Results, false, ref dummy);
        foreach (var (fields, tuple) in new[] { (ft.Params, ps), (ft.Results, rs) })
            for (int i = 0; i < fields.Length; i++)
                if (fields[i].Name is { } name && paramScope.Insert(tuple.Vars[i]) is { } prev)
                    Error(name, $"{name.Value} redeclared in this block\n\t{prev.Pos}: other declaration of {name.Value}");
        return new Signature(recv, ps, rs, variadic);
    }

    private TupleType Params(ImmutableArray<Ast.Field> fields, bool variadicOk, ref bool variadic)
    {
        if (fields.IsEmpty) return TupleType.Empty;
        var vars = ImmutableArray.CreateBuilder<VarObj>();
        Ast.Expr? prevExpr = null;
        GoType prevType = Universe.Invalid;
        for (int i = 0; i < fields.Length; i++)
        {
            var f = fields[i];
            GoType t;
            if (ReferenceEquals(f.Type, prevExpr)) t = prevType;
            else if (f.Type is Ast.DotsType dots)
            {
                var elem = VarType(dots.Elem);
                if (variadicOk && i == fields.Length - 1)
                {
                    variadic = true;
                    t = new SliceType(elem);
                }
                else
                {
                    Error(dots, variadicOk ? "can only use ... with final parameter in list" : "can only use ... with final parameter in list");
                    t = new SliceType(elem);
                }
                info.Types[f.Type] = new TypeAndValue(Mode.TypeExpr, t, null);
            }
            else t = VarType(f.Type);
            prevExpr = f.Type;
            prevType = t;
            var v = new VarObj(f.Name?.Value ?? "", f.Name?.Pos ?? f.Pos, pkg, t) { IsParam = true, Used = true };
            if (f.Name != null) info.Defs[f.Name] = v;
            vars.Add(v);
        }
        return new TupleType(vars.ToImmutable());
    }

    private StructType StructTypeExpr(Ast.StructType st)
    {
        var fields = ImmutableArray.CreateBuilder<VarObj>();
        var tags = ImmutableArray.CreateBuilder<string>();
        var seen = new Dictionary<string, VarObj>(StringComparer.Ordinal);
        Ast.Expr? prevExpr = null;
        GoType prevType = Universe.Invalid;
        for (int i = 0; i < st.Fields.Length; i++)
        {
            var f = st.Fields[i];
            GoType t;
            if (ReferenceEquals(f.Type, prevExpr)) t = prevType;
            else t = VarType(f.Type);
            prevExpr = f.Type;
            prevType = t;
            string name;
            var embedded = f.Name == null;
            SourcePos pos;
            if (embedded)
            {
                pos = Ast.AstPositions.StartPos(f.Type);
                var en = EmbeddedName(f.Type);
                if (en == null)
                {
                    Error(pos, $"invalid embedded field type {S(f.Type)}");
                    name = "_";
                    t = Universe.Invalid;
                }
                else
                {
                    name = en;
                    var embeddedType = t;
                    later.Add(() => CheckEmbeddedField(embeddedType, pos));
                }
            }
            else
            {
                name = f.Name!.Value;
                pos = f.Name.Pos;
            }
            var v = new VarObj(name, pos, pkg, t) { IsField = true, Embedded = embedded };
            if (f.Name != null) info.Defs[f.Name] = v;
            if (name != "_" && seen.TryGetValue(name, out var prev))
            {
                // As gc 1.19: the duplicate is not a field (no "ambiguous selector" afterwards).
                Error(pos, $"{name} redeclared\n\t{prev.Pos}: other declaration of {name}");
                continue;
            }
            seen[name] = v;
            fields.Add(v);
            string tag = "";
            if (i < st.Tags.Length && st.Tags[i] is { Bad: false } lit && Literals.String(lit.Value) is { } tv)
                tag = ByteString.ToDisplay(tv.Str);
            tags.Add(tag);
        }
        return new StructType(fields.ToImmutable(), tags.ToImmutable());
    }

    private void CheckEmbeddedField(GoType t, SourcePos pos)
    {
        var (bt, isPtr) = t is PointerType p ? (p.Elem, true) : (t, false);
        if (bt == Universe.Invalid) return;
        switch (bt.Underlying)
        {
            case BasicType { Kind: BasicKind.UnsafePointer }: Error(pos, "embedded field type cannot be unsafe.Pointer"); break;
            case PointerType: Error(pos, "embedded field type cannot be a pointer"); break;
            case InterfaceType:
                if (bt is TypeParamType) Error(pos, "embedded field type cannot be a (pointer to a) type parameter");
                else if (isPtr) Error(pos, "embedded field type cannot be a pointer to an interface");
                break;
        }
    }

    /// <summary>The implicit name of an embedded field: T in T, *T, pkg.T, T[A]; null when the type is not of that form.</summary>
    private static string? EmbeddedName(Ast.Expr e) => e switch
    {
        Ast.Name n => n.Value,
        Ast.SelectorExpr s => s.Sel.Value,
        Ast.Operation { Op: Ast.Operator.Mul, Y: null, X: var x } when x is not Ast.Operation { Op: Ast.Operator.Mul, Y: null } => EmbeddedName(x),
        Ast.IndexExpr ix => EmbeddedName(ix.X),
        _ => null,
    };

    /// <summary>Named types whose interface literal is being checked (their methods are not known yet).</summary>
    private readonly HashSet<NamedType> interfacesInProgress = new(ReferenceEqualityComparer.Instance);

    private InterfaceType InterfaceTypeExpr(Ast.InterfaceType it, NamedType? def)
    {
        if (def == null || !interfacesInProgress.Add(def)) return InterfaceTypeExprInner(it, def);
        try { return InterfaceTypeExprInner(it, def); }
        finally { interfacesInProgress.Remove(def); }
    }

    private InterfaceType InterfaceTypeExprInner(Ast.InterfaceType it, NamedType? def)
    {
        var methods = new List<(Ast.Name Name, Signature Sig)>();
        var embedded = ImmutableArray.CreateBuilder<GoType>();
        var embeddedExprs = new List<Ast.Expr>();
        foreach (var f in it.Methods)
        {
            if (f.Name == null)
            {
                var et = Union(f.Type);
                if (et == Universe.Invalid) continue;
                // Before go1.18 only interfaces embed: other elements are reported (CheckInterface)
                // and left out of the type set, as gc leaves them.
                if (!AllowVersion(18) && (et is UnionType || et is not NamedType { IsComplete: false } && et.Underlying is not InterfaceType))
                {
                    var elem = f.Type;
                    var elemType = et;
                    later.Add(() => ReportEmbeddingVersion(elemType, elem));
                    continue;
                }
                embedded.Add(et);
                embeddedExprs.Add(f.Type);
                continue;
            }
            if (f.Name.Value == "_") { Error(f.Name, "methods must have a unique non-blank name"); continue; }
            if (f.Type is not Ast.FuncType ft) { TypeExpr(f.Type); continue; }
            var fscope = new Scope(scope, "function");
            var saved = scope;
            scope = fscope;
            Signature sig;
            try { sig = FuncType(ft, null, fscope); }
            finally { scope = saved; }
            info.Types[f.Type] = new TypeAndValue(Mode.TypeExpr, sig, null);
            if (methods.FirstOrDefault(x => x.Name.Value == f.Name.Value) is { Name: not null } prevM)
            {
                Error(f.Name, $"duplicate method {f.Name.Value}\n\t{prevM.Name.Pos}: other declaration of {f.Name.Value}");
                continue;
            }
            methods.Add((f.Name, sig));
        }
        methods.Sort((a, b) => string.CompareOrdinal(a.Name.Value, b.Name.Value));
        var iface = new InterfaceType(self => methods.Select(m =>
        {
            var recv = new VarObj("", m.Name.Pos, pkg, (GoType?)def ?? self);
            var fo = new FuncObj(m.Name.Value, m.Name.Pos, pkg, new Signature(recv, m.Sig.Params, m.Sig.Results, m.Sig.Variadic));
            info.Defs[m.Name] = fo;
            return fo;
        }).ToImmutableArray(), embedded.ToImmutable());
        var embeddedCopy = embeddedExprs.ToList();
        var final = iface;
        later.Add(() => CheckInterface(final, embeddedCopy));
        return iface;
    }

    /// <summary>Reports conflicting methods of embedded interfaces and embedded elements that are not interfaces outside constraints.</summary>
    private void CheckInterface(InterfaceType it, List<Ast.Expr> embeddedExprs)
    {
        // Each method with where it came in: its declaration, or the embedding that brought it.
        var seen = new Dictionary<string, (FuncObj M, SourcePos Pos)>(StringComparer.Ordinal);
        foreach (var m in it.Methods) seen[m.Name] = (m, m.Pos);
        for (int i = 0; i < it.Embedded.Length; i++)
        {
            var e = it.Embedded[i];
            var at = Ast.AstPositions.StartPos(embeddedExprs[i]);
            if (e is TypeParamType) { ErrorAt(embeddedExprs[i], "cannot embed a type parameter"); continue; }
            if (e is UnionType u && TypeSet.TooManyTerms(u)) { Error(at, $"cannot handle more than {TypeSet.MaxTermCount} union terms (implementation limitation)"); continue; }
            if (e.Underlying is not InterfaceType ei)
            {
                if (!AllowVersion(18)) ReportEmbeddingVersion(e, embeddedExprs[i]);
                continue;
            }
            foreach (var m in ei.AllMethods)
            {
                if (!seen.TryGetValue(m.Name, out var other)) { seen[m.Name] = (m, at); continue; }
                // Identical methods of overlapping interfaces are one method since go1.14.
                if (!AllowVersion(14) || !Predicates.Identical(StripRecv(m.Signature), StripRecv(other.M.Signature)))
                    Error(at, $"duplicate method {m.Name}\n\t{other.Pos}: other declaration of {m.Name}");
            }
        }
    }

    private static Signature StripRecv(Signature s) => new(null, s.Params, s.Results, s.Variadic);

    /// <summary>An interface element other than an interface under -lang before go1.18.</summary>
    private void ReportEmbeddingVersion(GoType e, Ast.Expr expr)
    {
        var at = Ast.AstPositions.StartPos(expr);
        // The element as a type (gc's union type string: "~int|string").
        if (e is UnionType u) Error(at, VersionMessage($"embedding interface element {string.Join("|", u.Terms.Select(TermString))}", 18));
        else if (e.Underlying != Universe.Invalid) Error(at, VersionMessage($"embedding non-interface type {T(e)}", 18));
    }

    /// <summary>An interface element: a type, ~T, or a union A | ~B (a UnionType), as in go/types' parseUnion.</summary>
    private GoType Union(Ast.Expr e)
    {
        var list = new List<Ast.Expr>();
        void Flatten(Ast.Expr x)
        {
            if (x is Ast.Operation { Op: Ast.Operator.Or, Y: not null } o) { Flatten(o.X); Flatten(o.Y); }
            else list.Add(x);
        }
        Flatten(e);
        var terms = new List<Term>();
        var tooMany = false;
        foreach (var x in list)
        {
            var (tilde, te) = x is Ast.Operation { Op: Ast.Operator.Tilde, Y: null } t ? (true, t.X) : (false, x);
            var typ = TypeExpr(te);
            if (typ is TypeParamType)
            {
                ErrorAt(te, tilde ? $"type in term {S(x)} cannot be a type parameter" : "term cannot be a type parameter");
                typ = Universe.Invalid;
            }
            if (list.Count == 1 && !tilde) return typ;
            if (terms.Count == TypeSet.MaxTermCount)
            {
                // The whole union is invalid, reported once at the first term past the limit (the rest are still checked).
                if (!tooMany) ErrorAt(x, $"cannot handle more than {TypeSet.MaxTermCount} union terms (implementation limitation)");
                tooMany = true;
                continue;
            }
            terms.Add(new Term(tilde, typ));
        }
        if (tooMany) return Universe.Invalid;
        var u = new UnionType([.. terms]);
        info.Types[e] = new TypeAndValue(Mode.TypeExpr, u, null);
        later.Add(() =>
        {
            for (int i = 0; i < terms.Count; i++)
            {
                var t = terms[i];
                if (t.Type == Universe.Invalid) continue;
                var under = t.Type.Underlying;
                var f = under as InterfaceType;
                if (t.Tilde)
                {
                    if (f != null) { ErrorAt(list[i], $"invalid use of ~ ({T(t.Type)} is an interface)"); continue; }
                    if (!Predicates.Identical(under, t.Type)) { ErrorAt(list[i], $"invalid use of ~ (underlying type of {T(t.Type)} is {T(under)})"); continue; }
                }
                if (f != null)
                {
                    var ts = f.TypeSet;
                    var ttext = TermString(t);
                    if (ts.Methods.Length != 0) ErrorAt(list[i], $"cannot use {ttext} in union ({ttext} contains methods)");
                    else if (t.Type == Universe.Comparable) ErrorAt(list[i], "cannot use comparable in union");
                    else if (ts.Comparable) ErrorAt(list[i], $"cannot use {ttext} in union ({ttext} embeds comparable)");
                    continue;
                }
                for (int j = 0; j < i; j++)
                {
                    var o = terms[j];
                    if (o.Type == Universe.Invalid || o.Type.Underlying is InterfaceType) continue;
                    if (!TermSets.Disjoint(t, o)) { ErrorAt(list[i], $"overlapping terms {TermString(t)} and {TermString(o)}"); break; }
                }
            }
        });
        return u;
    }

    private string TermString(Term t) => (t.Tilde ? "~" : "") + T(t.Type);

    /// <summary>A constraint written as ~T or A|B outside "interface{...}": its implicit interface.</summary>
    private GoType ImplicitConstraint(Ast.Expr e)
    {
        var u = Union(e);
        if (u == Universe.Invalid) return u;
        return new InterfaceType([], [u]) { IsImplicit = true };
    }

    /// <summary>A type parameter's constraint: an interface, or a type (set) wrapped in an implicit interface.</summary>
    private GoType Bound(Ast.Expr e)
    {
        if (e is Ast.Operation { Op: Ast.Operator.Tilde or Ast.Operator.Or })
        {
            var t = ImplicitConstraint(e);
            info.Types[e] = new TypeAndValue(Mode.TypeExpr, t, null);
            return t;
        }
        return TypeExpr(e);
    }

    /// <summary>Declares a type parameter list in scope s (names first, so constraints can refer to them).</summary>
    /// <summary>
    /// Declares a type parameter list and checks its constraints. A generic type's own type parameters
    /// are set (<paramref name="owner"/>) before its constraints are checked: a constraint may lead back
    /// to the type, instantiated (type I[D C] ...; type C interface{ M }; type M struct{ *I[[]byte] }).
    /// </summary>
    private ImmutableArray<TypeParamType> DeclareTypeParams(ImmutableArray<Ast.Field> fields, Scope s, NamedType? owner = null)
    {
        if (fields.Length > 0) CheckVersion(fields[0].Name!.Pos, "type parameter", 18);
        var tps = new TypeParamType[fields.Length];
        for (int i = 0; i < fields.Length; i++) tps[i] = DeclareTypeParam(fields[i].Name!, s, i);
        if (owner != null) owner.TypeParams = [.. tps];
        var saved = scope;
        var savedIn = inTypeParamList;
        scope = s;
        inTypeParamList = true;
        try
        {
            GoType bound = Universe.Invalid;
            for (int i = 0; i < fields.Length; i++)
            {
                if (i == 0 || !ReferenceEquals(fields[i].Type, fields[i - 1].Type))
                {
                    bound = Bound(fields[i].Type);
                    if (bound is TypeParamType)
                    {
                        ErrorAt(fields[i].Type, "cannot use a type parameter as constraint");
                        bound = Universe.Invalid;
                    }
                    else if (bound != Universe.Invalid && bound.Underlying is not InterfaceType)
                        bound = new InterfaceType([], [bound]) { IsImplicit = true };
                }
                tps[i].Constraint = bound == Universe.Invalid ? Universe.Any : bound;
            }
        }
        finally { scope = saved; inTypeParamList = savedIn; }
        return [.. tps];
    }

    private TypeParamType DeclareTypeParam(Ast.Name name, Scope s, int index)
    {
        var tn = new TypeNameObj(name.Value, name.Pos, pkg, Universe.Invalid);
        var tp = new TypeParamType(tn, index);
        tn.Type = tp;
        info.Defs[name] = tn;
        if (name.Value != "_" && s.Insert(tn) is { } prev)
            Error(name, $"{name.Value} redeclared in this block\n\t{prev.Pos}: other declaration of {name.Value}");
        return tp;
    }

    // ---- instantiation of generic types in type expressions ----

    /// <summary>X[A, B] in a type context: the instance of generic type X (constraints checked later).</summary>
    private GoType InstantiatedType(Ast.IndexExpr ix)
    {
        CheckVersion(ix.Pos, "type instantiation", 18);
        var gt = GenericTypeExpr(ix.X);
        var argExprs = ix.Index is Ast.ListExpr l ? l.Elems : [ix.Index];
        var args = argExprs.Select(a => VarType(a)).ToList();
        if (gt == Universe.Invalid) return Universe.Invalid;
        if (gt is not NamedType { IsGeneric: true } g)
        {
            ErrorAt(ix.X, $"{T(gt)} is not a generic type");
            return Universe.Invalid;
        }
        if (args.Any(a => a == Universe.Invalid)) return Universe.Invalid;
        if (args.Count != g.TypeParams.Length)
        {
            Error(ix.X.Pos, $"got {args.Count} arguments but {g.TypeParams.Length} type parameters"); // gc 1.19's wording
            // Still an instance, as in gc (its messages name it: "as type F[RCT]"), of no underlying type.
            var bad = new NamedType(g.Obj) { Origin = g, TypeArgs = [.. args] };
            bad.SetUnderlying(Universe.Invalid);
            return bad;
        }
        var inst = Subst.Instantiate(g, args);
        instancePos.TryAdd(inst, ix.X.Pos);
        if (NameOf(ix.X) is { } n) info.Instances[n] = new Instance([.. args], inst);
        later.Add(() => VerifyInstance(ix.Pos, g.TypeParams, args, argExprs));
        return inst;
    }

    /// <summary>The name a generic function or type is referred to by: F, pkg.F.</summary>
    private static Ast.Name? NameOf(Ast.Expr e) => e switch
    {
        Ast.Name n => n,
        Ast.SelectorExpr s => s.Sel,
        Ast.ParenExpr p => NameOf(p.X),
        _ => null,
    };

    // ---- type declarations ----

    /// <summary>
    /// Aliases whose right-hand side is being checked: their type is not known yet, so a use of one
    /// reached through a type definition (which makes the cycle valid) is an error of its own, as in
    /// gc 1.19 ("invalid use of type alias SR in recursive type").
    /// </summary>
    private readonly HashSet<TypeNameObj> brokenAliases = new(ReferenceEqualityComparer.Instance);

    /// <summary>Type declarations being checked whose right-hand side is a type name (type T2 T1).</summary>
    private readonly HashSet<GoObject> directTypeDecls = new(ReferenceEqualityComparer.Instance);

    /// <summary>The right-hand side of each type declaration being checked (its underlying type is not known yet).</summary>
    private readonly Dictionary<NamedType, Ast.Expr> typeRhsInProgress = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether t is a type still being declared as a struct, array, slice or map type: a composite
    /// literal of it inside its own declaration (unsafe.Sizeof(T{}) in an array length) has no
    /// element or field types to check against yet (gc: "illegal cycle in type declaration").
    /// </summary>
    private bool IsLiteralTypeInProgress(GoType t)
    {
        if (t is not NamedType { IsComplete: false } n || !typeRhsInProgress.TryGetValue(n.UnderlyingSource, out var rhs)) return false;
        while (rhs is Ast.ParenExpr p) rhs = p.X;
        return rhs is Ast.StructType or Ast.ArrayType or Ast.SliceType or Ast.MapType;
    }

    /// <summary>Whether a type expression is a (qualified, parenthesized or instantiated) type name.</summary>
    private static bool IsTypeName(Ast.Expr e) => e switch
    {
        Ast.Name or Ast.SelectorExpr => true,
        Ast.ParenExpr p => IsTypeName(p.X),
        Ast.IndexExpr ix => IsTypeName(ix.X),
        _ => false,
    };

    /// <summary>type T U, type T = U, type T[P C] U (local types too).</summary>
    private void TypeDecl(TypeNameObj obj, Ast.TypeDecl td, Scope? local)
    {
        if (td.IsAlias)
        {
            if (td.TypeParams.Length > 0) Error(td, "generic type cannot be alias");
            obj.Type = Universe.Invalid;
            brokenAliases.Add(obj);
            var t = TypeExpr(td.Type);
            brokenAliases.Remove(obj);
            obj.Type = t;
            return;
        }
        var named = new NamedType(obj);
        obj.Type = named;
        var saved = scope;
        if (td.TypeParams.Length > 0)
        {
            var tscope = new Scope(scope, "type parameters");
            scope = tscope;
            named.TypeParams = DeclareTypeParams(td.TypeParams, tscope, named);
        }
        var direct = IsTypeName(td.Type);
        if (direct) directTypeDecls.Add(obj);
        typeRhsInProgress[named] = td.Type;
        try
        {
            var rhs = TypeExpr(td.Type, named);
            named.FromRhs = rhs;
            GoType? under;
            if (rhs is TypeParamType)
            {
                ErrorAt(td.Type, "cannot use a type parameter as RHS in type declaration");
                under = Universe.Invalid;
            }
            else if (rhs is NamedType rn && !rn.IsComplete)
            {
                var start = objPath.IndexOf(rn.UnderlyingSource.Obj);
                var cycle = start >= 0 ? objPath.Skip(start).ToList() : [];
                // type T1 struct{ F *T2 }; type T2 T1: T1's underlying type is its struct, known
                // once T1's declaration is done.
                if (cycle.Count > 0 && cycle.All(o => o is TypeNameObj) && !cycle.All(o => directTypeDecls.Contains(o)))
                {
                    named.SetUnderlyingOf(rn);
                    under = null;
                }
                // type A B; type B A: a cycle of type names without a type literal.
                else
                {
                    if (start >= 0) CycleError(cycle);
                    else Error(obj.Pos, $"invalid recursive type {obj.Name}");
                    under = Universe.Invalid;
                }
            }
            else under = rhs.Underlying;
            if (under != null) named.SetUnderlying(under);
        }
        finally
        {
            scope = saved;
            directTypeDecls.Remove(obj);
            typeRhsInProgress.Remove(named);
        }
        if (local == null) CollectMethods(named);
    }

    /// <summary>Attaches the methods declared for a package-level type (go/types' collectMethods).</summary>
    private void CollectMethods(NamedType named)
    {
        if (!methodsByBase.TryGetValue(named.Obj.Name, out var list)) return;
        foreach (var m in list)
        {
            if (named.Methods.FirstOrDefault(x => x.Name == m.Name) is { } alt)
            {
                Error(m.Pos, $"{named.Obj.Name}.{m.Name} redeclared in this block\n\t{alt.Pos}: other declaration of {m.Name}");
                continue;
            }
            named.AddMethod(m);
        }
        later.Add(() =>
        {
            if (named.Underlying is not StructType st) return;
            foreach (var f in st.Fields)
                if (f.Name != "_" && named.Methods.FirstOrDefault(m => m.Name == f.Name) is { } m)
                    Error(m.Pos, $"field and method with the same name {f.Name}\n\t{f.Pos}: other declaration of {f.Name}");
        });
    }

    /// <summary>A method's signature: receiver (with its type parameters for a generic base type), parameters, results.</summary>
    private Signature MethodSignature(FuncObj f, Ast.FuncDecl fd, out Scope paramScope)
    {
        paramScope = new Scope(scope, "function");
        var recvField = fd.Recv!;
        var saved = scope;
        scope = paramScope;
        try
        {
            var (baseExpr, rparams) = UnpackReceiver(recvField.Type);
            var recvTParams = ImmutableArray<TypeParamType>.Empty;
            if (rparams.Count > 0)
            {
                var tps = new List<TypeParamType>();
                for (int i = 0; i < rparams.Count; i++)
                {
                    if (rparams[i] is Ast.Name rn)
                    {
                        var tp = DeclareTypeParam(rn, paramScope, i);
                        // A blank receiver type parameter is not declared but stands for its type parameter.
                        if (rn.Value == "_") blankRecvTypeParams[rn] = tp;
                        tps.Add(tp);
                    }
                    else
                    {
                        ErrorAt(rparams[i], $"receiver type parameter {S(rparams[i])} must be an identifier");
                        tps.Add(new TypeParamType(new TypeNameObj("_", rparams[i].Pos, pkg, Universe.Invalid), i));
                    }
                }
                recvTParams = [.. tps];
                // The constraints are the base type's, with its type parameters renamed to the receiver's.
                if (baseExpr is Ast.Name bn && saved.Lookup(bn.Value) is TypeNameObj { Type: NamedType { IsGeneric: true } gbase } bobj)
                {
                    ObjDecl(bobj);
                    var btps = gbase.TypeParams;
                    if (btps.Length == tps.Count)
                    {
                        var map = Subst.Map(btps, tps);
                        for (int i = 0; i < tps.Count; i++)
                        {
                            tps[i].Constraint = Subst.Apply(btps[i].Constraint, map);
                            RecordCanonicalTypeParam(tps[i], btps[i]);
                        }
                    }
                    else if (tps.Count < btps.Length)
                        Error(recvField.Pos, $"got {tps.Count} type parameter{(tps.Count == 1 ? "" : "s")}, but receiver base type declares {btps.Length}");
                }
            }
            var recvType = ReceiverType(recvField.Type, rparams.Count > 0);
            var recv = new VarObj(recvField.Name?.Value ?? "", recvField.Name?.Pos ?? recvField.Pos, pkg, recvType) { IsParam = true, Used = true };
            if (recvField.Name != null) info.Defs[recvField.Name] = recv;
            var sig = FuncType(fd.Type, recv, paramScope);
            if (recvField.Name is { Value: not "_" } rname && paramScope.LookupLocal(rname.Value) is { } dup && dup != recv)
                Error(dup.Pos, $"{rname.Value} redeclared in this block\n\t{recv.Pos}: other declaration of {rname.Value}");
            else if (recvField.Name is { Value: not "_" }) paramScope.Insert(recv);
            later.Add(() => ValidateReceiver(recvType, recv.Pos, recvTParams.Length > 0));
            return new Signature(recv, sig.Params, sig.Results, sig.Variadic) { RecvTypeParams = recvTParams };
        }
        finally { scope = saved; }
    }

    private readonly Dictionary<Ast.Name, TypeParamType> blankRecvTypeParams = new(ReferenceEqualityComparer.Instance);

    /// <summary>The receiver type; for a generic base type written T[P], the instance T[P] of the method's own type parameters.</summary>
    private GoType ReceiverType(Ast.Expr e, bool generic)
    {
        if (!generic) return TypeExpr(e);
        return TypeExpr(e);
    }

    private static (Ast.Expr Base, List<Ast.Expr> TypeParams) UnpackReceiver(Ast.Expr e)
    {
        while (true)
        {
            switch (e)
            {
                case Ast.ParenExpr p: e = p.X; continue;
                case Ast.Operation { Op: Ast.Operator.Mul, Y: null } o: e = o.X; continue;
            }
            break;
        }
        if (e is Ast.IndexExpr ix)
        {
            var args = ix.Index is Ast.ListExpr l ? l.Elems.ToList() : [ix.Index];
            var b = ix.X;
            while (b is Ast.ParenExpr pp) b = pp.X;
            return (b, args);
        }
        return (e, []);
    }

    private void ValidateReceiver(GoType recvType, SourcePos at, bool generic)
    {
        var rt = recvType is PointerType p ? p.Elem : recvType;
        if (rt == Universe.Invalid) return;
        switch (rt)
        {
            case NamedType n:
                if (n.TypeArgs.Length > 0 && !generic) { Error(at, $"cannot define new methods on instantiated type {T(rt)}"); break; }
                if (n.Obj.Pkg != pkg) { Error(at, $"cannot define new methods on non-local type {T(rt)}"); break; }
                var cause = n.Underlying switch
                {
                    BasicType { Kind: BasicKind.UnsafePointer } => "unsafe.Pointer",
                    PointerType or InterfaceType => "pointer or interface type",
                    _ => null,
                };
                if (cause != null) Error(at, $"invalid receiver type {T(rt)} ({cause})");
                break;
            case BasicType:
                Error(at, $"cannot define new methods on non-local type {T(rt)}");
                break;
            default:
                Error(at, $"invalid receiver type {T(recvType)}");
                break;
        }
    }

    // ---- invalid recursive types (a type containing itself by value) ----

    /// <summary>Named types (instances included) found not to contain themselves.</summary>
    private readonly HashSet<NamedType> validTypes = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Where each instance was first written in this package (the generic type's name, or the '.' of
    /// a.T): a cycle through an instance names it there, as gc does ("b.go:9:9: a.T refers to").
    /// </summary>
    private readonly Dictionary<NamedType, SourcePos> instancePos = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Reports a type that contains itself by value through struct fields, array elements, embedded
    /// interfaces or union terms, following instances of generic types (local or imported): the
    /// "nest" is the chain of named types whose memory holds the type being looked at; a type
    /// parameter stands for its argument in the innermost instance, which is checked in the nest
    /// that instance was written in. A type found in its own nest is an invalid recursive type.
    /// </summary>
    private void ValidType(NamedType root) => ValidType(root, [], []);

    private bool ValidType(GoType t, ImmutableList<NamedType> nest, ImmutableList<NamedType> path)
    {
        // Instances made anew at each level (T[P] holding a T[[]P]) are caught by the nest check;
        // this only bounds a runaway walk.
        if (path.Count > 200) return true;
        switch (t)
        {
            case ArrayType a: return ValidType(a.Elem, nest, path);
            case StructType s:
                foreach (var f in s.Fields) if (!ValidType(f.Type, nest, path)) return false;
                return true;
            case InterfaceType it:
                foreach (var e in it.Embedded) if (!ValidType(e, nest, path)) return false;
                return true;
            case UnionType u:
                foreach (var term in u.Terms) if (!ValidType(term.Type, nest, path)) return false;
                return true;
            case NamedType n:
            {
                if (validTypes.Contains(n)) return true;
                // Made invalid before (a cycle reported already): no second report.
                if (n.IsComplete && n.Underlying == Universe.Invalid) return false;
                if (!n.IsComplete) return true;
                if (nest.Contains(n))
                {
                    n.SetUnderlying(Universe.Invalid);
                    var start = path.IndexOf(n);
                    CycleError([.. path.Skip(start).Select(CycleObj)]);
                    return false;
                }
                var origin = n.OriginOrSelf;
                if (!ValidType(origin.FromRhs ?? origin.Underlying, nest.Add(n), path.Add(n))) return false;
                validTypes.Add(n);
                return true;
            }
            case TypeParamType tp:
            {
                // A type parameter of the innermost instance stands for its argument, which lives
                // where the instance was written: one level out. Others (a generic function's, or
                // the generic type's own when it is checked as declared) hold no named type.
                if (nest.Count == 0) return true;
                var inst = nest[^1];
                var tps = inst.OriginOrSelf.TypeParams;
                for (int i = 0; i < tps.Length && i < inst.TypeArgs.Length; i++)
                    if (ReferenceEquals(tps[i], tp)) return ValidType(inst.TypeArgs[i], nest.RemoveAt(nest.Count - 1), path);
                return true;
            }
            default: return true;
        }
    }

    /// <summary>A named type as a cycle report names it: an instance by its generic type's name where it was written.</summary>
    private GoObject CycleObj(NamedType n)
    {
        if (!n.IsInstance) return n.Obj;
        var o = n.OriginOrSelf.Obj;
        return new TypeNameObj(o.Name, instancePos.TryGetValue(n, out var p) ? p : o.Pos, o.Pkg, n);
    }
}
