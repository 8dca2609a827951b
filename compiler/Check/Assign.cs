using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Assignability, implicit conversion of untyped values, and variable initialization.
public sealed partial class Checker
{
    /// <summary>The spec's assignability of a value x to type t (untyped constants: representability).</summary>
    private bool AssignableTo(Operand x, GoType t)
    {
        var v = x.Type;
        if (v == Universe.Invalid || t == Universe.Invalid) return true;
        if (Predicates.Identical(v, t)) return true;
        var (vu, tu) = (v.Underlying, t.Underlying);
        if (Predicates.IsUntyped(v))
        {
            if (tu is BasicType tb)
            {
                if (x.Mode == Mode.Constant) return ConstOps.Representable(x.Value!, tb, out _) == ConstOps.Fit.Ok;
                if (v == Universe.UntypedNil) return tb.Kind == BasicKind.UnsafePointer;
                return CompatibleUntyped(v, tb);
            }
            if (v == Universe.UntypedNil) return Predicates.HasNil(t);
            if (tu is InterfaceType it) return it.IsEmpty || ImplementsInterface(Universe.Default(v), it, out _);
            return false;
        }
        // Identical underlying types and at least one is not a named type.
        if (Predicates.Identical(vu, tu) && (!Predicates.IsNamed(v) || !Predicates.IsNamed(t)) && vu is not TypeParamType)
            return true;
        // t is an interface and v implements it.
        if (tu is InterfaceType iface && t is not TypeParamType) return ImplementsInterface(v, iface, out _);
        // Bidirectional channel to a directional one with identical element types.
        if (vu is ChanType vc && vc.Dir == Types.ChanDir.Both && tu is ChanType tc && Predicates.Identical(vc.Elem, tc.Elem))
            return !Predicates.IsNamed(v) || !Predicates.IsNamed(t);
        return false;
    }

    /// <summary>Whether t has all methods of iface; <paramref name="missing"/> names the first that is not.</summary>
    private bool ImplementsInterface(GoType t, InterfaceType iface, out string? missing)
    {
        missing = null;
        foreach (var m in iface.AllMethods)
        {
            var found = LookupMethod(t, m.Name, m.Pkg);
            if (found == null || !Predicates.Identical(found.Value.Method.Type, m.Type))
            {
                missing = m.Name;
                return false;
            }
            if (t.Underlying is not InterfaceType && found.Value.PointerRecv && t is not PointerType)
            {
                missing = m.Name;
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Checks that x can be assigned to a variable of type t and converts untyped x to t. Reports gc's
    /// "cannot use x (...) as T value in CONTEXT" on failure and makes x invalid.
    /// </summary>
    private void Assignment(Operand x, GoType t, string context)
    {
        if (x.Invalid) return;
        if (x.Mode is Mode.TypeExpr or Mode.Builtin or Mode.NoValue)
        {
            Error(x.Expr, $"{S(x.Expr)} ({(x.Mode == Mode.TypeExpr ? "type" : x.Mode == Mode.Builtin ? "built-in" : "no value")}) is not an expression");
            x.SetInvalid();
            return;
        }
        if (t == Universe.Invalid) { x.SetInvalid(); return; }
        if (Predicates.IsUntyped(x.Type))
        {
            var target = t.Underlying is InterfaceType || Predicates.IsUntyped(t) ? Universe.Default(x.Type) : t;
            if (x.Type == Universe.UntypedNil)
            {
                if (!Predicates.HasNil(t))
                {
                    Error(x.Expr, $"cannot use nil as {T(t)} value in {context}");
                    x.SetInvalid();
                    return;
                }
                x.Type = t;
                UpdateExprType(x.Expr, t);
                return;
            }
            if (x.Mode == Mode.Constant && target.Underlying is BasicType tb)
            {
                var fit = ConstOps.Representable(x.Value!, tb, out var rounded);
                if (fit != ConstOps.Fit.Ok)
                {
                    if (fit == ConstOps.Fit.Mismatch || (fit == ConstOps.Fit.Truncated && !Predicates.IsNumeric(target)))
                        Error(x.Expr, $"cannot use {Describe(x)} as {T(t)} value in {context}");
                    else
                        Error(x.Expr, $"cannot use {Describe(x)} as {T(t)} value in {context} ({(fit == ConstOps.Fit.Truncated ? "truncated" : "overflows")})");
                    x.SetInvalid();
                    return;
                }
                x.Value = rounded;
            }
            else if (target.Underlying is BasicType tb2 && !CompatibleUntyped(x.Type, tb2))
            {
                Error(x.Expr, $"cannot use {Describe(x)} as {T(t)} value in {context}");
                x.SetInvalid();
                return;
            }
            x.Type = target;
            UpdateExprType(x.Expr, target);
            if (Predicates.Identical(target, t)) return;
        }
        if (!AssignableTo(x, t))
        {
            var why = "";
            if (t.Underlying is InterfaceType iface && !ImplementsInterface(x.Type, iface, out var missing) && missing != null)
                why = $":\n\t{T(x.Type)} does not implement {T(t)} (missing method {missing})";
            Error(x.Expr, $"cannot use {Describe(x)} as {T(t)} value in {context}{why}");
            x.SetInvalid();
        }
    }

    /// <summary>Initializes variable v (declared with or without a type) from x.</summary>
    private void InitVar(VarObj v, Operand x, string context)
    {
        if (x.Invalid)
        {
            if (v.Type == Universe.Invalid) v.Type = Universe.Invalid;
            return;
        }
        if (v.Type == Universe.Invalid || v.Type == null!)
        {
            var t = x.Type;
            if (Predicates.IsUntyped(t))
            {
                if (t == Universe.UntypedNil)
                {
                    Error(x.Expr, $"use of untyped nil in {context}");
                    v.Type = Universe.Invalid;
                    return;
                }
                t = Universe.Default(t);
            }
            v.Type = t;
        }
        Assignment(x, v.Type, context);
    }

    /// <summary>var a, b = x, y / var a, b = f(): checks counts, then each initialization.</summary>
    private void InitVars(IReadOnlyList<VarObj> lhs, IReadOnlyList<Ast.Expr> rhs, SourcePos pos)
    {
        var context = "assignment";
        context = "variable declaration";
        if (rhs.Count == 1 && lhs.Count > 1)
        {
            var x = MultiExpr(rhs[0]);
            if (x.Invalid) { foreach (var v in lhs) if (v.Type == Universe.Invalid) v.Type = Universe.Invalid; return; }
            if (x.Type is TupleType tt && x.Mode == Mode.Value)
            {
                if (tt.Count != lhs.Count)
                {
                    Error(rhs[0], $"assignment mismatch: {lhs.Count} variable{(lhs.Count > 1 ? "s" : "")} but {S(rhs[0])} returns {tt.Count} value{(tt.Count != 1 ? "s" : "")}");
                    return;
                }
                for (int i = 0; i < lhs.Count; i++)
                    InitVar(lhs[i], new Operand(Mode.Value, rhs[0], tt[i]), context);
                return;
            }
            if (x.Mode is Mode.CommaOk or Mode.MapIndex && lhs.Count == 2)
            {
                InitVar(lhs[0], x, context);
                InitVar(lhs[1], new Operand(Mode.Value, rhs[0], Universe.UntypedBool), context);
                RecordCommaOk(rhs[0], x.Type);
                return;
            }
            Error(rhs[0], $"assignment mismatch: {lhs.Count} variables but {(x.Type is TupleType ? "" : "")}1 value");
            return;
        }
        if (rhs.Count != lhs.Count)
        {
            AssignError(rhs.Count, lhs.Count, pos, rhs.Count > 0 ? rhs[0] : null);
            foreach (var r in rhs) Expr(r, null);
            return;
        }
        for (int i = 0; i < lhs.Count; i++)
            InitVar(lhs[i], Expr(rhs[i], lhs[i].Type == Universe.Invalid ? null : lhs[i].Type), context);
    }

    /// <summary>A comma-ok expression used with two results: its recorded type becomes (T, bool).</summary>
    private void RecordCommaOk(Ast.Expr e, GoType t)
    {
        if (info.Types.TryGetValue(e, out var tv))
            info.Types[e] = tv with
            {
                Mode = Mode.CommaOk,
                Type = new TupleType([new VarObj("", default, null, t), new VarObj("", default, null, Universe.Bool)]),
            };
    }

    private void AssignError(int nrhs, int nlhs, SourcePos pos, Ast.Expr? rhs0)
    {
        var vars = $"{nlhs} variable{(nlhs != 1 ? "s" : "")}";
        if (rhs0 is Ast.CallExpr && nrhs == 1 && info.TypeOf(rhs0) is { } tv)
        {
            var n = tv.Type is TupleType t ? t.Count : tv.IsVoid ? 0 : 1;
            Error(rhs0, $"assignment mismatch: {vars} but {S(rhs0)} returns {n} value{(n != 1 ? "s" : "")}");
            return;
        }
        Error(pos, $"assignment mismatch: {vars} but {nrhs} value{(nrhs != 1 ? "s" : "")}");
    }
}
