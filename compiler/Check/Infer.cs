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
                if (CoreTerm(tp) is not var (core, single)) continue;
                var bound = u.At(tp);
                if (bound != null)
                {
                    // Inexact, as gc: a defined type matches a core type (always an underlying type, or
                    // a single term's type) through its underlying type, channels whatever their direction;
                    // whether the type argument is in the type set is for instantiation to say.
                    var tx = bound is NamedType && core.Type is not NamedType ? bound.Underlying : bound;
                    var before = u.BoundCount;
                    if (!u.Unify(tx, core.Type, inexact: true))
                    {
                        Error(pos, $"{T(tp)} (type {T(bound)}) does not satisfy {T(tp.Constraint)}");
                        return null;
                    }
                    if (u.BoundCount != before) changed = true;
                }
                else if (single && !core.Tilde && !ReachesItself(tp, core.Type, u, tparams))
                {
                    u.Set(tp, core.Type);
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
    /// go/types' core term: the single term of a constraint's type set (Single), or else its core
    /// type (channels differing only in direction have the directed one), with a tilde if any term
    /// has one; null when there is neither.
    /// </summary>
    private static (Term Term, bool Single)? CoreTerm(TypeParamType tp)
    {
        var terms = tp.Iface.TypeSet.Terms;
        if (terms == null || terms.Value.IsEmpty) return null;
        if (terms.Value.Length == 1) return (terms.Value[0], true);
        if (Predicates.CoreType(tp) is not { } core) return null;
        return (new Term(terms.Value.Any(t => t.Tilde), core), false);
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
            if (x is TypeParamType ex && y is not (NamedType or BasicType or TypeParamType) && Predicates.CoreType(ex) is { } corex)
                return Unify(corex, y, inexact, depth + 1);
            if (y is TypeParamType ey && x is not (NamedType or BasicType or TypeParamType) && Predicates.CoreType(ey) is { } corey)
                return Unify(x, corey, inexact, depth + 1);
            if (inexact)
            {
                // A defined type matches a type literal with its underlying type (assignability).
                if (x is NamedType && y is not (NamedType or BasicType or TypeParamType) && !Predicates.IsInterface(x)) return Unify(x.Underlying, y, false, depth + 1);
                if (y is NamedType && x is not (NamedType or BasicType or TypeParamType) && !Predicates.IsInterface(y)) return Unify(x, y.Underlying, false, depth + 1);
                // Two interfaces, at least one a literal (go1.21's interface inference): the same terms and
                // comparability, and the methods of the smaller method set unify with the other's.
                // (Two defined ones unify by name and type arguments below: Value[T] with Value[string].)
                if (!(x is NamedType && y is NamedType) && AsInterface(x) is { } xi && AsInterface(y) is { } yi)
                {
                    var (xs, ys) = (xi.TypeSet, yi.TypeSet);
                    if (xs.Comparable != ys.Comparable || !TermSets.SubsetOf(xs.Terms, ys.Terms) || !TermSets.SubsetOf(ys.Terms, xs.Terms)) return false;
                    var (few, many) = xs.Methods.Length <= ys.Methods.Length ? (xs.Methods, ys.Methods) : (ys.Methods, xs.Methods);
                    foreach (var m in few)
                        if (many.FirstOrDefault(o => o.Name == m.Name && o.SamePackageScope(m)) is not { } o
                            || !Unify(StripRecv(m.Signature), StripRecv(o.Signature), false, depth + 1)) return false;
                    return true;
                }
                // Channels match whatever their directions (assignment or instantiation checks those).
                if (x is ChanType cx && y is ChanType cy)
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
            if (!Unify(b, t, inexact, depth + 1)) return false;
            if (AsInterface(b) is { } bi && AsInterface(t) is { } ti)
            {
                // Two defined interfaces must be the same (which name would be right?); otherwise
                // the method sets must be equal, so that neither order of the arguments wins.
                if (b is NamedType && t is NamedType) return Predicates.Identical(b, t);
                if (bi.AllMethods.Length != ti.AllMethods.Length) return false;
            }
            // Prefer a defined type over a type literal it was matched with (inexact unification).
            if (inexact && t is NamedType && b is not NamedType) Set(p, t);
            return true;
        }

        /// <summary>The interface a type is (under its name), not looking through type parameters.</summary>
        private static InterfaceType? AsInterface(GoType t) => t is TypeParamType ? null : t.Underlying as InterfaceType;

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
