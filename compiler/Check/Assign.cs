using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Assignability, implicit conversion of untyped values, variable initialization and assignments.
public sealed partial class Checker
{
    /// <summary>The spec's assignability of a value x to type t; <paramref name="cause"/> explains a failure when there is more to say.</summary>
    private bool AssignableTo(Operand x, GoType t, out string? cause)
    {
        cause = null;
        var v = x.Type;
        if (x.Invalid || v == Universe.Invalid || t == Universe.Invalid) return true;
        if (Predicates.Identical(v, t)) return true;
        var (vu, tu) = (v.Underlying, t.Underlying);
        // A declared type already reported as invalid (a recursive type) assigns to anything, and
        // anything to it: gc reports the type once, not each use (bug251.go). An instance with the
        // wrong number of type arguments is invalid too, but gc goes on naming it (issue51232.go).
        if (vu == Universe.Invalid && v is NamedType { TypeArgs.Length: 0 } || tu == Universe.Invalid && t is NamedType { TypeArgs.Length: 0 }) return true;
        var vp = v as TypeParamType;
        var tp = t as TypeParamType;
        if (Predicates.IsUntyped(v))
        {
            if (tp != null)
                return Predicates.UnderIs(tp, u => u != null && ImplicitTypeAndValue(x, TermTypeFor(tp, u)).Type != null) &&
                       tp.Iface.TypeSet.Terms != null;
            return ImplicitTypeAndValue(x, t).Type != null;
        }
        // Identical underlying types and at least one is not a named type (and neither is a type parameter).
        if (Predicates.Identical(vu, tu) && (!HasName(v) || !HasName(t)) && vp == null && tp == null) return true;
        // t is an interface (not a type parameter) and v implements it.
        if (tu is InterfaceType && tp == null || IsInterfacePtr(tu))
        {
            if (Implements(v, t, false, out cause)) return true;
            if (vp == null) return false;
            cause = null;
        }
        // v is an interface that t implements: the assignment needs a type assertion.
        if (vu is InterfaceType && vp == null && Implements(t, v, false, out _))
        {
            cause = "need type assertion";
            return false;
        }
        // A bidirectional channel to a channel type with the same element type.
        if (vu is ChanType vc && vc.Dir == Types.ChanDir.Both && tu is ChanType tc && Predicates.Identical(vc.Elem, tc.Elem))
            return !HasName(v) || !HasName(t);
        if (vp == null && tp == null) return false;
        // v unnamed, t a type parameter: assignable to each type in t's type set.
        if (!HasName(v) && tp != null)
        {
            var terms = tp.Iface.TypeSet.Terms;
            if (terms == null) return false;
            foreach (var term in terms.Value)
                if (!AssignableTo(x, term.Type, out _)) { cause = $"cannot assign {T(v)} to {T(term.Type)} (in {T(tp)})"; return false; }
            return true;
        }
        // v a type parameter, t unnamed: each type in v's type set assignable to t.
        if (vp != null && !HasName(t))
        {
            var terms = vp.Iface.TypeSet.Terms;
            if (terms == null) return false;
            foreach (var term in terms.Value)
            {
                var y = new Operand(x.Mode, x.Expr, term.Type);
                if (!AssignableTo(y, t, out _)) { cause = $"cannot assign {T(term.Type)} (in {T(vp)}) to {T(t)}"; return false; }
            }
            return true;
        }
        return false;
    }

    /// <summary>The type an untyped value takes for a term of a type parameter's type set.</summary>
    private static GoType TermTypeFor(TypeParamType tp, GoType under) => under;

    private bool AssignableTo(Operand x, GoType t) => AssignableTo(x, t, out _);

    private static bool HasName(GoType t) => t is BasicType or NamedType or TypeParamType;

    private static bool IsInterfacePtr(GoType t) => t.Underlying is PointerType p && Predicates.IsInterface(p.Elem) || t.Underlying is PointerType { Elem: TypeParamType };

    /// <summary>
    /// Checks that x can be assigned to a variable of type t and converts untyped x to t (t null:
    /// the blank identifier). Reports gc's "cannot use x (...) as T value in CONTEXT" and makes x
    /// invalid on failure.
    /// </summary>
    private void Assignment(Operand x, GoType? t, string context)
    {
        SingleValue(x);
        if (x.Invalid) return;
        if (x.Mode is Mode.TypeExpr or Mode.Builtin or Mode.NoValue)
        {
            Error(x.Expr, $"cannot assign {Describe(x)} to {(t == null ? "_" : T(t))} in {context}");
            x.SetInvalid();
            return;
        }
        if (Predicates.IsUntyped(x.Type))
        {
            GoType? target = t;
            if (x.IsNil)
            {
                if (t == null)
                {
                    Error(x.Expr, $"use of untyped nil in {context}");
                    x.SetInvalid();
                    return;
                }
            }
            else if (t == null || Predicates.IsInterface(t)) target = Universe.Default(x.Type);
            var (nt, v, fit) = ImplicitTypeAndValue(x, target!);
            if (nt == null)
            {
                var msg = $"cannot use {Describe(x)} as {T(target!)} value in {context}";
                if (fit == Types.Constants.ConstOps.Fit.Truncated) msg += " (truncated)";
                else if (fit == Types.Constants.ConstOps.Fit.Overflows) msg += " (overflows)";
                Error(x.Expr, msg);
                x.SetInvalid();
                return;
            }
            if (v != null) { x.Value = v; UpdateExprValue(x.Expr, v); }
            if (!ReferenceEquals(nt, x.Type))
            {
                x.Type = nt;
                UpdateExprType(x.Expr, nt, false);
            }
        }
        if (x.Type is Signature { TypeParams.Length: > 0 })
        {
            Error(x.Expr, $"cannot use generic function {S(x.Expr)} without instantiation in {context}");
            x.SetInvalid();
            return;
        }
        if (t == null) return;
        if (!AssignableTo(x, t, out var cause))
        {
            // gc 1.19's wording for typed operands ("as type T"; untyped ones, above, say "as T value").
            Error(x.Expr, string.IsNullOrEmpty(cause)
                ? $"cannot use {Describe(x)} as type {T(t)} in {context}"
                : $"cannot use {Describe(x)} as type {T(t)} in {context}:\n\t{cause}");
            x.SetInvalid();
        }
    }

    /// <summary>Initializes variable v from x; <paramref name="hasType"/> false: v takes x's (default) type. False when it fails (v is then marked used, as gc avoids follow-on errors).</summary>
    private bool InitVar(VarObj v, Operand x, string context, bool hasType)
    {
        if (x.Invalid || x.Type == Universe.Invalid || hasType && v.Type == Universe.Invalid)
        {
            if (!hasType) v.Type = Universe.Invalid;
            v.Used = true;
            return false;
        }
        if (!hasType)
        {
            var t = x.Type;
            if (Predicates.IsUntyped(t))
            {
                if (x.IsNil)
                {
                    Error(x.Expr, $"use of untyped nil in {context}");
                    v.Type = Universe.Invalid;
                    v.Used = true;
                    return false;
                }
                t = Universe.Default(t);
            }
            v.Type = t;
        }
        Assignment(x, v.Type, context);
        if (x.Invalid) { v.Used = true; return false; }
        return true;
    }

    private bool InitVar(VarObj v, Operand x, string context) => InitVar(v, x, context, v.Type != Universe.Invalid);

    /// <summary>var a, b = x, y / var a, b = f() / a, b := ...: checks counts, then each initialization.</summary>
    private void InitVars(IReadOnlyList<VarObj> lhs, IReadOnlyList<Ast.Expr> rhs, Ast.Expr? at, IReadOnlyList<bool>? hasTypes = null)
    {
        var typed = hasTypes ?? lhs.Select(v => v.Type != Universe.Invalid).ToList();
        const string context = "assignment";
        int l = lhs.Count, r = rhs.Count;
        void Invalidate()
        {
            for (int i = 0; i < l; i++)
            {
                lhs[i].Used = true;
                if (!typed[i]) lhs[i].Type = Universe.Invalid;
            }
        }
        var isCall = r == 1 && Unparen(rhs[0]) is Ast.CallExpr;
        if (l == r && !isCall)
        {
            var ok = true;
            for (int i = 0; i < l; i++)
                ok &= InitVar(lhs[i], ExprWithTarget(rhs[i], typed[i] ? lhs[i].Type : null), context, typed[i]);
            if (!ok) foreach (var v in lhs) v.Used = true;
            return;
        }
        if (r != 1)
        {
            var ok = true;
            foreach (var e in rhs) ok &= !Expr(e).Invalid;
            Invalidate();
            if (ok) AssignError(rhs, l, r);
            return;
        }
        var (xs, commaOk) = MultiValues(rhs[0], l == 2);
        if (l == xs.Count)
        {
            var ok = true;
            for (int i = 0; i < l; i++) ok &= InitVar(lhs[i], xs[i], context, typed[i]);
            if (commaOk && ok) RecordCommaOk(rhs[0], xs[0].Type, xs[1].Type);
            if (!ok) foreach (var v in lhs) v.Used = true;
            return;
        }
        Invalidate();
        if (xs.Count > 0 && !xs[0].Invalid || xs.Count == 0) AssignError(rhs, l, xs.Count);
    }

    /// <summary>
    /// The values of a single expression on the right of a multi-assignment: a call's results, or
    /// (when <paramref name="allowCommaOk"/>) a comma-ok expression's value and ok.
    /// </summary>
    private (List<Operand> Values, bool CommaOk) MultiValues(Ast.Expr e, bool allowCommaOk, bool allowGeneric = false)
    {
        var x = RawExpr(e, null, false, allowGeneric);
        Exclude(x, allowType: false);
        if (x.Invalid) return ([x], false);
        if (x.Mode == Mode.Value && x.Type is TupleType tt)
            return (tt.Vars.Select(v => new Operand(Mode.Value, e, v.Type)).ToList(), false);
        if (allowCommaOk && x.Mode is Mode.CommaOk or Mode.MapIndex)
        {
            var x2 = new Operand(Mode.Value, e, Universe.UntypedBool);
            var x1 = x.Copy();
            if (x1.Mode == Mode.CommaOk) x1.Mode = Mode.Value;
            return ([x1, x2], true);
        }
        if (x.Mode == Mode.CommaOk) x.Mode = Mode.Value;
        return ([x], false);
    }

    /// <summary>A comma-ok expression used with two results: its recorded type becomes (T, bool).</summary>
    private void RecordCommaOk(Ast.Expr e, GoType t, GoType okType)
    {
        var tuple = new TupleType([new VarObj("", default, null, t), new VarObj("", default, null, Predicates.IsUntyped(okType) ? Universe.Bool : okType)]);
        while (true)
        {
            if (info.Types.TryGetValue(e, out var tv)) info.Types[e] = tv with { Mode = Mode.CommaOk, Type = tuple };
            untyped.Remove(e);
            if (e is Ast.ParenExpr p) { e = p.X; continue; }
            break;
        }
    }

    private void AssignError(IReadOnlyList<Ast.Expr> rhs, int l, int r)
    {
        var vars = Measure(l, "variable");
        var vals = Measure(r, "value");
        var rhs0 = rhs[0];
        if (rhs.Count == 1 && Unparen(rhs0) is Ast.CallExpr call)
        {
            Error(rhs0, $"assignment mismatch: {vars} but {S(call.Fun)} returns {vals}");
            return;
        }
        Error(rhs0, $"assignment mismatch: {vars} but {vals}");
    }

    private static string Measure(int n, string unit) => $"{n} {unit}{(n != 1 ? "s" : "")}";

    /// <summary>"(int, string)", with "number" for untyped numeric constants (gc's typesSummary).</summary>
    private string TypesSummary(IEnumerable<GoType> types, bool variadic = false)
    {
        var list = types.ToList();
        var parts = new List<string>();
        for (int i = 0; i < list.Count; i++)
        {
            var t = list[i];
            string s;
            if (t == Universe.Invalid) s = "unknown type";
            else if (Predicates.IsUntyped(t)) s = Predicates.IsBasic(t, BasicInfo.IsNumeric) ? "number" : ((BasicType)t).Name.Replace("untyped ", "");
            else if (variadic && i == list.Count - 1 && t is SliceType st) s = "..." + T(st.Elem);
            else s = T(t);
            parts.Add(s);
        }
        return "(" + string.Join(", ", parts) + ")";
    }

    // ---- assignments ----

    /// <summary>The type of an assignment's left side (null for _), checking it is addressable or a map index.</summary>
    private GoType? LhsVar(Ast.Expr lhs)
    {
        var ident = Unparen(lhs) as Ast.Name;
        if (ident is { Value: "_" }) return null;
        // Assigning to a variable is not a use of it.
        VarObj? v = null;
        var vUsed = false;
        if (ident != null && scope.Lookup(ident.Value) is VarObj w && w.Pkg == pkg) { v = w; vUsed = w.Used; }
        var x = Expr(lhs);
        if (v != null) v.Used = vUsed;
        if (x.Invalid) return Universe.Invalid;
        switch (x.Mode)
        {
            case Mode.Variable or Mode.MapIndex: break;
            default:
                if (Unparen(x.Expr) is Ast.SelectorExpr sel && info.TypeOf(sel.X) is { Mode: Mode.MapIndex })
                {
                    Error(x.Expr, $"cannot assign to struct field {S(x.Expr)} in map");
                    return Universe.Invalid;
                }
                Error(x.Expr, $"cannot assign to {Describe(x)}"); // gc 1.19: the operand, "x (value of type T)"
                return Universe.Invalid;
        }
        return x.Type;
    }

    /// <summary>lhs = rhs (or the already checked value x); false when it fails.</summary>
    private bool AssignVar(Ast.Expr lhs, Ast.Expr? rhs, Operand? x, string context)
    {
        var t = LhsVar(lhs);
        if (t == Universe.Invalid)
        {
            if (x != null) x.SetInvalid();
            else Expr(rhs!);
            return false;
        }
        x ??= ExprWithTarget(rhs!, t);
        if (x.Invalid) return false;
        if (t == null && context == "assignment") context = "assignment to _ identifier";
        Assignment(x, t, context);
        return !x.Invalid;
    }

    private void AssignVars(IReadOnlyList<Ast.Expr> lhs, IReadOnlyList<Ast.Expr> rhs)
    {
        int l = lhs.Count, r = rhs.Count;
        var isCall = r == 1 && Unparen(rhs[0]) is Ast.CallExpr;
        if (l == r && !isCall)
        {
            var ok = true;
            for (int i = 0; i < l; i++) ok &= AssignVar(lhs[i], rhs[i], null, "assignment");
            if (!ok) MarkLhsUsed(lhs);
            return;
        }
        if (r != 1)
        {
            var okR = true;
            foreach (var e in rhs) okR &= !Expr(e).Invalid;
            var okL = true;
            foreach (var e in lhs) if (Unparen(e) is not Ast.Name { Value: "_" }) okL &= !RawExpr(e, null, false, false).Invalid;
            if (okL && okR) AssignError(rhs, l, r);
            return;
        }
        var (xs, commaOk) = MultiValues(rhs[0], l == 2);
        if (l == xs.Count)
        {
            var ok = true;
            for (int i = 0; i < l; i++) ok &= AssignVar(lhs[i], null, xs[i], "assignment");
            if (commaOk && ok) RecordCommaOk(rhs[0], xs[0].Type, xs[1].Type);
            if (!ok) MarkLhsUsed(lhs);
            return;
        }
        foreach (var e in lhs) if (Unparen(e) is not Ast.Name { Value: "_" }) RawExpr(e, null, false, false);
        if (xs.Count > 0 && !xs[0].Invalid || xs.Count == 0) AssignError(rhs, l, xs.Count);
    }

    /// <summary>After a failed assignment, the variables assigned count as used (gc avoids follow-on "declared and not used").</summary>
    private void MarkLhsUsed(IReadOnlyList<Ast.Expr> lhs)
    {
        foreach (var e in lhs)
            if (Unparen(e) is Ast.Name n && scope.Lookup(n.Value) is VarObj v && v.Pkg == pkg) v.Used = true;
    }

    /// <summary>Evaluates left sides after an error without marking variables used; false if any is invalid.</summary>
    private bool UseLhs(IReadOnlyList<Ast.Expr> lhs)
    {
        var ok = true;
        foreach (var e in lhs)
        {
            if (Unparen(e) is Ast.Name { Value: "_" }) continue;
            VarObj? v = null;
            var used = false;
            if (Unparen(e) is Ast.Name n && scope.Lookup(n.Value) is VarObj w && w.Pkg == pkg) { v = w; used = w.Used; }
            ok &= !RawExpr(e, null, false, false).Invalid;
            if (v != null) v.Used = used;
        }
        return ok;
    }

    private void ShortVarDecl(Ast.AssignStmt a)
    {
        var newVars = new List<VarObj>();
        var lhsVars = new VarObj[a.Lhs.Length];
        var typed = new bool[a.Lhs.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hasErr = false;
        for (int i = 0; i < a.Lhs.Length; i++)
        {
            var l = a.Lhs[i];
            if (l is not Ast.Name n)
            {
                UseLhs([l]);
                Error(l, $"non-name {S(l)} on left side of :=");
                hasErr = true;
                continue;
            }
            if (n.Value != "_")
            {
                if (!seen.Add(n.Value))
                {
                    Error(n, $"{n.Value} repeated on left side of :=");
                    hasErr = true;
                    continue;
                }
                if (scope.LookupLocal(n.Value) is { } alt)
                {
                    info.Uses[n] = alt;
                    if (alt is VarObj existing) { lhsVars[i] = existing; typed[i] = true; }
                    else { Error(n, $"cannot assign to {S(n)}"); hasErr = true; }
                    continue;
                }
            }
            var v = new VarObj(n.Value, n.Pos, pkg, Universe.Invalid);
            lhsVars[i] = v;
            if (n.Value != "_") newVars.Add(v);
            info.Defs[n] = v;
        }
        for (int i = 0; i < lhsVars.Length; i++)
            lhsVars[i] ??= new VarObj("_", a.Lhs[i].Pos, pkg, Universe.Invalid);
        InitVars(lhsVars, a.Rhs, null, typed);
        if (newVars.Count == 0 && !hasErr)
        {
            Error(a.Pos, "no new variables on left side of :=");
            return;
        }
        foreach (var v in newVars) DeclareVar(v);
    }

    /// <summary>Declares a local variable in the current scope (after its initializer was checked).</summary>
    private void DeclareVar(VarObj v)
    {
        if (v.Name == "_") return;
        if (scope.Insert(v) is { } prev)
        {
            Error(v.Pos, $"{v.Name} redeclared in this block\n\t{prev.Pos}: other declaration of {v.Name}");
            return;
        }
        fn?.DeclareLocal(v);
        if (fn != null) varOwner[v] = fn; // closures capture locals of enclosing functions (NoteCapture)
    }
}
