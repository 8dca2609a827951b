using System.Collections.Immutable;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Generics: type argument inference (unification) and constraint satisfaction.
public sealed partial class Checker
{
    /// <summary>
    /// Infers the type arguments of a generic function from explicit ones (a prefix), the call's
    /// arguments, the constraints' core types and the default types of untyped constant arguments.
    /// Returns null after reporting gc's error.
    /// </summary>
    private List<GoType>? Infer(SourcePos pos, string fname, ImmutableArray<TypeParamType> tparams, List<GoType> targs, TupleType? parameters, List<Operand> args, bool reverse = false)
    {
        var n = tparams.Length;
        if (targs.Count == n) return targs;
        // Inference works on copies of the type parameters: a generic function calling itself passes
        // arguments whose types mention its own type parameters.
        var renamed = tparams.Select(tp => new TypeParamType(tp.Obj, tp.Index)).ToImmutableArray();
        var rmap = Subst.Map(tparams, [.. renamed]);
        for (int i = 0; i < n; i++) renamed[i].Constraint = Subst.Apply(tparams[i].Constraint, rmap);
        if (parameters != null) parameters = (TupleType)Subst.Apply(parameters, rmap);
        tparams = renamed;
        var u = new Unifier(tparams);
        for (int i = 0; i < targs.Count; i++) u.Set(tparams[i], targs[i]);

        var untypedArgs = new List<int>();
        if (parameters != null)
        {
            for (int i = 0; i < args.Count && i < parameters.Count; i++)
            {
                var par = parameters[i];
                var arg = args[i];
                if (arg.Invalid) return null;
                if (!u.Mentions(par)) continue;
                // A generic function argument is instantiated once the parameter types are known.
                if (arg.Type is Signature { TypeParams.Length: > 0 }) continue;
                if (!Predicates.IsUntyped(arg.Type))
                {
                    if (!u.Unify(par, arg.Type, inexact: true))
                    {
                        InferError(tparams, u, par, arg, reverse);
                        return null;
                    }
                }
                else if (par is TypeParamType tp && u.IsParam(tp)) untypedArgs.Add(i);
            }
        }

        // Core types of constraints: a type parameter with a single underlying type in its type set.
        var changed = true;
        for (int round = 0; changed && round < 20; round++)
        {
            changed = false;
            foreach (var tp in tparams)
            {
                var core = CoreTerm(tp);
                if (core == null) continue;
                var bound = u.At(tp);
                if (bound != null)
                {
                    var tx = core.Value.Tilde && bound is not TypeParamType ? bound.Underlying : bound;
                    var before = u.BoundCount;
                    // Inexact, as for arguments: a defined type matches the literal (its constraint is
                    // checked later: "Map does not implement map[string]int"), chan E matches chan<- E.
                    if (!u.Unify(tx, core.Value.Type, inexact: true))
                    {
                        Error(pos, $"{T(tp)} (type {T(bound)}) does not satisfy {T(tp.Constraint)}");
                        return null;
                    }
                    if (u.BoundCount != before) changed = true;
                }
                // Unknown: only a single type without tilde is the argument (chan int | chan<- int is not).
                else if (!core.Value.Tilde && tp.Iface.TypeSet.Terms!.Value.Length == 1 && !ReachesItself(tp, core.Value.Type, u, tparams))
                {
                    u.Set(tp, core.Value.Type);
                    changed = true;
                }
            }
        }

        // Untyped constant arguments: the default type of the "largest" kind among them.
        var maxUntyped = new Dictionary<TypeParamType, GoType>(ReferenceEqualityComparer.Instance);
        var order = new List<TypeParamType>();
        foreach (var i in untypedArgs)
        {
            var tp = (TypeParamType)parameters![i];
            if (u.At(tp) != null) continue;
            var arg = args[i];
            if (!maxUntyped.TryGetValue(tp, out var max)) { maxUntyped[tp] = arg.Type; order.Add(tp); continue; }
            var m = MaxType(max, arg.Type);
            if (m == null)
            {
                Error(arg.Expr, $"mismatched types {T(max)} and {T(arg.Type)} (cannot infer {T(tp)})");
                return null;
            }
            maxUntyped[tp] = m;
        }
        foreach (var tp in order) u.Set(tp, Universe.Default(maxUntyped[tp]));

        // Bindings may mention other type parameters: substitute until none is left.
        var result = u.Resolve(tparams);
        for (int i = 0; i < n; i++)
        {
            if (result[i] == null || Predicates.Mentions(result[i]!, tp => tparams.Contains(tp)))
            {
                var obj = tparams[i].Obj;
                Error(pos, $"in call to {fname}, cannot infer {obj.Name} (declared at {obj.Pos})");
                return null;
            }
        }
        return result.Select(t => t!).ToList();
    }

    /// <summary>
    /// A generic function used where a function type is expected (Go 1.21): its type arguments are
    /// inferred from that type; x becomes the instance. False after reporting why not.
    /// </summary>
    private bool InstantiateByTarget(Operand x, Signature gsig, Signature target)
    {
        var plain = new Signature(null, gsig.Params, gsig.Results, gsig.Variadic);
        var param = new TupleType([new VarObj("", default, null, plain)]);
        var arg = new Operand(Mode.Value, x.Expr, target);
        var name = NameOf(x.Expr is Ast.IndexExpr ix ? ix.X : x.Expr);
        var targs = Infer(Ast.AstPositions.StartPos(x.Expr), S(x.Expr), gsig.TypeParams, [], param, [arg], reverse: true);
        if (targs == null) { x.SetInvalid(); return false; }
        var inst = Subst.InstantiateSignature(gsig, targs);
        if (name != null) info.Instances[name] = new Instance([.. targs], inst);
        var tps = gsig.TypeParams;
        var at = Ast.AstPositions.StartPos(x.Expr);
        later.Add(() =>
        {
            var (i, cause) = Verify(tps, targs);
            if (i >= 0) Error(at, cause!);
            else RecordInstantiation(at, tps, targs, []);
        });
        x.Type = inst;
        info.Types[x.Expr] = new TypeAndValue(Mode.Value, inst, null);
        return true;
    }

    /// <summary>An expression whose value goes to a place of type target: a generic function is instantiated from a function target type.</summary>
    private Operand ExprWithTarget(Ast.Expr e, GoType? target)
    {
        if (target == null || target is TypeParamType || target.Underlying is not Signature tsig) return Expr(e, target);
        var x = RawExpr(e, null, false, true);
        if (!x.Invalid && x.Mode == Mode.Value && x.Type is Signature { TypeParams.Length: > 0 } gsig && tsig.TypeParams.Length == 0)
            InstantiateByTarget(x, gsig, tsig);
        if (!x.Invalid) NonGeneric(x);
        Exclude(x, allowType: false);
        SingleValue(x);
        return x;
    }

    private void InferError(ImmutableArray<TypeParamType> tparams, Unifier u, GoType par, Operand arg, bool reverse)
    {
        var inferred = u.Resolve(tparams);
        if (inferred[0] == null && inferred.All(t => t == null))
        {
            Error(arg.Expr, $"type {T(arg.Type)} of {S(arg.Expr)} does not match {T(par)} (cannot infer {TypeParamsString(tparams)})");
            return;
        }
        var map = new Dictionary<TypeParamType, GoType>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < tparams.Length; i++) if (inferred[i] != null) map[tparams[i]] = inferred[i]!;
        var inf = Subst.Apply(par, map);
        if (!ReferenceEquals(inf, par))
            Error(arg.Expr, reverse
                ? $"inferred type {T(inf)} for {T(par)} does not match type {T(arg.Type)} of {S(arg.Expr)}"
                : $"type {T(arg.Type)} of {S(arg.Expr)} does not match inferred type {T(inf)} for {T(par)}");
        else
            Error(arg.Expr, $"type {T(arg.Type)} of {S(arg.Expr)} does not match {T(par)}");
    }

    private static string TypeParamsString(IReadOnlyList<TypeParamType> list) => list.Count switch
    {
        0 => "",
        1 => list[0].Obj.Name,
        2 => $"{list[0].Obj.Name} and {list[1].Obj.Name}",
        _ => string.Join(", ", list.Take(list.Count - 1).Select(t => t.Obj.Name)) + ", and " + list[^1].Obj.Name,
    };

    /// <summary>The larger of two untyped numeric kinds (int &lt; rune &lt; float &lt; complex); null when they cannot mix.</summary>
    private static GoType? MaxType(GoType x, GoType y)
    {
        if (Predicates.IsBasic(x, BasicInfo.IsNumeric) && Predicates.IsBasic(y, BasicInfo.IsNumeric))
            return ((BasicType)x).Kind >= ((BasicType)y).Kind ? x : y;
        return Predicates.Identical(x, y) ? x : null;
    }

    /// <summary>
    /// Whether binding tp to t would make a cycle (P to *P, or P to *Q with Q bound to func(P)):
    /// such a core type infers nothing, as in gc ("cannot infer P"), instead of growing without end.
    /// </summary>
    private static bool ReachesItself(TypeParamType tp, GoType t, Unifier u, ImmutableArray<TypeParamType> tparams)
    {
        var seen = new HashSet<TypeParamType>(ReferenceEqualityComparer.Instance);
        var work = new Stack<GoType>();
        work.Push(t);
        while (work.Count > 0)
        {
            var cur = work.Pop();
            foreach (var p in tparams)
            {
                if (!Predicates.Mentions(cur, x => ReferenceEquals(x, p))) continue;
                if (ReferenceEquals(p, tp)) return true;
                if (seen.Add(p) && u.At(p) is { } b) work.Push(b);
            }
        }
        return false;
    }

    /// <summary>
    /// A constraint's core term (go/types' coreTerm): its single term, or else its core type (channels
    /// of one element type but different directions have the directional one), with a tilde when any
    /// term has one; null when there is none.
    /// </summary>
    private static Term? CoreTerm(TypeParamType tp)
    {
        var terms = tp.Iface.TypeSet.Terms;
        if (terms == null || terms.Value.IsEmpty) return null;
        if (terms.Value.Length == 1) return terms.Value[0];
        if (Predicates.CoreType(tp) is not { } core) return null;
        return new Term(terms.Value.Any(t => t.Tilde), core);
    }

    /// <summary>Unification of types mentioning a set of type parameters, building their bindings.</summary>
    private sealed class Unifier(ImmutableArray<TypeParamType> tparams)
    {
        private readonly Dictionary<TypeParamType, GoType> bindings = new(ReferenceEqualityComparer.Instance);
        private readonly HashSet<TypeParamType> set = new(tparams, ReferenceEqualityComparer.Instance);

        public int BoundCount => bindings.Count;
        public bool IsParam(TypeParamType tp) => set.Contains(tp);
        public GoType? At(TypeParamType tp) => bindings.GetValueOrDefault(tp);
        public void Set(TypeParamType tp, GoType t) => bindings[tp] = t;
        public bool Mentions(GoType t) => Predicates.Mentions(t, set.Contains);

        public bool Unify(GoType x, GoType y, bool inexact) => Unify(x, y, inexact, 0);

        private bool Unify(GoType x, GoType y, bool inexact, int depth)
        {
            if (depth > 64) return true;
            if (ReferenceEquals(x, y)) return true;
            var px = x as TypeParamType is { } tx && set.Contains(tx) ? tx : null;
            var py = y as TypeParamType is { } ty && set.Contains(ty) ? ty : null;
            if (px != null && py != null)
            {
                var bx = At(px);
                var by = At(py);
                if (bx == null && by == null) { if (!ReferenceEquals(px, py)) Set(px, py); return true; }
                if (bx == null) { Set(px, by!); return true; }
                if (by == null) { Set(py, bx); return true; }
                return Unify(bx, by, inexact, depth + 1);
            }
            if (px != null) return Bind(px, y, inexact, depth);
            if (py != null) return Bind(py, x, inexact, depth);
            // A type parameter of an enclosing function stands for its core type against a type
            // literal (gc 1.19's core type unification, issue 50755): NumSlice ~[]T matches []U.
            if (x is TypeParamType ex && y is not (NamedType or BasicType or TypeParamType) && CoreTerm(ex) is { } corex)
                return Unify(corex.Type.Underlying, y, inexact, depth + 1);
            if (y is TypeParamType ey && x is not (NamedType or BasicType or TypeParamType) && CoreTerm(ey) is { } corey)
                return Unify(x, corey.Type.Underlying, inexact, depth + 1);
            if (inexact)
            {
                // A defined type matches a type literal with its underlying type (assignability).
                if (x is NamedType && y is not (NamedType or BasicType or TypeParamType) && !Predicates.IsInterface(x)) return Unify(x.Underlying, y, false, depth + 1);
                if (y is NamedType && x is not (NamedType or BasicType or TypeParamType) && !Predicates.IsInterface(y)) return Unify(x, y.Underlying, false, depth + 1);
                // A bidirectional channel matches a directional one.
                if (x is ChanType cx && y is ChanType cy && (cx.Dir == ChanDir.Both || cy.Dir == ChanDir.Both))
                    return Unify(cx.Elem, cy.Elem, false, depth + 1);
            }
            var d = depth + 1;
            switch (x)
            {
                case BasicType: return Predicates.Identical(x, y);
                case PointerType p: return y is PointerType q && Unify(p.Elem, q.Elem, false, d);
                case SliceType s: return y is SliceType s2 && Unify(s.Elem, s2.Elem, false, d);
                case ArrayType a: return y is ArrayType a2 && a.Len == a2.Len && Unify(a.Elem, a2.Elem, false, d);
                case MapType m: return y is MapType m2 && Unify(m.Key, m2.Key, false, d) && Unify(m.Elem, m2.Elem, false, d);
                case ChanType c: return y is ChanType c2 && c.Dir == c2.Dir && Unify(c.Elem, c2.Elem, false, d);
                case StructType st:
                    if (y is not StructType st2 || st.Fields.Length != st2.Fields.Length) return false;
                    for (int i = 0; i < st.Fields.Length; i++)
                    {
                        var (f, g) = (st.Fields[i], st2.Fields[i]);
                        if (f.Name != g.Name || f.Embedded != g.Embedded || st.Tag(i) != st2.Tag(i) || !Unify(f.Type, g.Type, false, d)) return false;
                    }
                    return true;
                case TupleType tt:
                    if (y is not TupleType tt2 || tt.Count != tt2.Count) return false;
                    for (int i = 0; i < tt.Count; i++) if (!Unify(tt[i], tt2[i], false, d)) return false;
                    return true;
                case Signature sx:
                    return y is Signature sy && sx.Variadic == sy.Variadic && sx.TypeParams.Length == 0 && sy.TypeParams.Length == 0 &&
                           Unify(sx.Params, sy.Params, false, d) && Unify(sx.Results, sy.Results, false, d);
                case InterfaceType ix:
                {
                    if (y is not InterfaceType iy) return false;
                    var (ma, mb) = (ix.AllMethods, iy.AllMethods);
                    if (ma.Length != mb.Length || ix.TypeSet.Terms != null || iy.TypeSet.Terms != null) return Predicates.Identical(x, y);
                    for (int i = 0; i < ma.Length; i++)
                        if (ma[i].Name != mb[i].Name || !Unify(StripRecv(ma[i].Signature), StripRecv(mb[i].Signature), false, d)) return false;
                    return true;
                }
                case NamedType nx:
                {
                    if (y is not NamedType ny) return false;
                    if (nx.TypeArgs.Length == 0 || ny.TypeArgs.Length == 0) return Predicates.Identical(x, y);
                    if (!ReferenceEquals(nx.OriginOrSelf, ny.OriginOrSelf) || nx.TypeArgs.Length != ny.TypeArgs.Length) return false;
                    for (int i = 0; i < nx.TypeArgs.Length; i++) if (!Unify(nx.TypeArgs[i], ny.TypeArgs[i], false, d)) return false;
                    return true;
                }
                case TypeParamType: return Predicates.Identical(x, y);
                default: return false;
            }
        }

        private bool Bind(TypeParamType p, GoType t, bool inexact, int depth)
        {
            var b = At(p);
            if (b == null) { Set(p, t); return true; }
            if (Unify(b, t, inexact, depth + 1))
            {
                // Prefer a defined type over a type literal it was matched with (inexact unification).
                if (inexact && t is NamedType && b is not NamedType && Predicates.Identical(b, t.Underlying)) Set(p, t);
                return true;
            }
            return false;
        }

        /// <summary>The bindings with type parameters substituted away (null where unknown).</summary>
        public List<GoType?> Resolve(ImmutableArray<TypeParamType> tps)
        {
            var map = new Dictionary<TypeParamType, GoType>(bindings, ReferenceEqualityComparer.Instance);
            for (int round = 0; round < 10; round++)
            {
                var any = false;
                foreach (var k in map.Keys.ToList())
                {
                    var v = map[k];
                    if (!Predicates.Mentions(v, set.Contains)) continue;
                    var nv = Subst.Apply(v, map);
                    if (!ReferenceEquals(nv, v)) { map[k] = nv; any = true; }
                }
                if (!any) break;
            }
            return tps.Select(tp => map.TryGetValue(tp, out var t) && !ReferenceEquals(t, tp) ? t : null).ToList();
        }
    }

    // ---- constraint satisfaction ----

    /// <summary>Checks that each type argument satisfies its (substituted) constraint: the index of the first failure and gc's message.</summary>
    private (int Index, string? Cause) Verify(IReadOnlyList<TypeParamType> tparams, IReadOnlyList<GoType> targs)
    {
        var map = Subst.Map(tparams, targs);
        for (int i = 0; i < tparams.Count && i < targs.Count; i++)
        {
            var bound = Subst.Apply(tparams[i].Constraint, map);
            if (!Implements(targs[i], bound, true, out var cause)) return (i, cause ?? $"{T(targs[i])} does not satisfy {T(bound)}");
        }
        return (-1, null);
    }

    /// <summary>Verifies an instantiation written with explicit type arguments, reporting at the failing argument.</summary>
    private void VerifyInstance(Gosharp.Common.Diagnostics.SourcePos pos, IReadOnlyList<TypeParamType> tparams, IReadOnlyList<GoType> targs, IReadOnlyList<Ast.Expr> argExprs)
    {
        var (i, cause) = Verify(tparams, targs);
        if (i < 0) { RecordInstantiation(pos, tparams, targs, argExprs); return; }
        var at = i < argExprs.Count ? Ast.AstPositions.StartPos(argExprs[i]) : default;
        Error(at, cause!);
    }
}
