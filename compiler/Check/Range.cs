using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// for ... range statements (arrays, slices, strings, maps, channels, and integers as of Go 1.22).
public sealed partial class Checker
{
    private void RangeStmt(StmtContext inner, Ast.ForStmt s, Ast.RangeClause rc)
    {
        Ast.Expr? sKey = rc.Lhs.Length > 0 ? rc.Lhs[0] : null;
        Ast.Expr? sValue = rc.Lhs.Length > 1 ? rc.Lhs[1] : null;
        Ast.Expr? sExtra = rc.Lhs.Length > 2 ? rc.Lhs[2] : null;

        var x = Expr(rc.X);
        GoType? key = null, val = null;
        var rangeOverInt = false;
        if (!x.Invalid)
        {
            var (k, v, kind, cause, ok) = RangeKeyVal(x.Type);
            if (!ok && cause != null) Error(x.Expr, $"cannot range over {Describe(x)} ({(cause == "no core type" ? $"{T(x.Type)} has no core type" : cause)})");
            else if (!ok) Error(x.Expr, $"cannot range over {Describe(x)}");
            else if (sValue != null && v == null) Error(sValue, $"range over {Describe(x)} permits only one iteration variable");
            else if (sExtra != null) Error(sExtra, "range clause permits at most two iteration variables");
            if (ok)
            {
                key = k;
                val = v;
                rangeOverInt = kind == RangeKind.Int;
                // An untyped constant range over an integer gets its default type.
                var xType = x.Type;
                if (rangeOverInt && Predicates.IsUntyped(xType)) xType = Universe.Default(xType);
                info.Ranges[s] = new RangeInfo(xType, kind, rangeOverInt ? xType : k, v);
            }
        }

        OpenScope(s, "range");
        var lhs = new[] { sKey, sValue };
        var rhs = new[] { key, val };
        if (rc.IsDefine)
        {
            var vars = new List<VarObj>();
            var all = new List<VarObj>();
            for (int i = 0; i < 2; i++)
            {
                if (lhs[i] == null) continue;
                VarObj obj;
                if (lhs[i] is Ast.Name ident)
                {
                    obj = new VarObj(ident.Value, ident.Pos, pkg, Universe.Invalid);
                    info.Defs[ident] = obj;
                    if (ident.Value != "_") vars.Add(obj);
                }
                else
                {
                    Error(lhs[i]!, $"cannot declare {S(lhs[i]!)}");
                    obj = new VarObj("_", lhs[i]!.Pos, pkg, Universe.Invalid);
                }
                all.Add(obj);
                var typ = rhs[i];
                if (typ == null || typ == Universe.Invalid)
                {
                    obj.Used = true;
                    continue;
                }
                if (rangeOverInt)
                    InitVar(obj, x, "range clause", false);
                else
                    InitVar(obj, new Operand(Mode.Value, lhs[i]!, typ), "assignment", false);
            }
            if (vars.Count > 0) foreach (var v in vars) DeclareVar(v);
            else Error(s, "no new variables on left side of :=");
            info.LoopVars[s] = all.Where(v => v.Name != "_").ToList();
            if (rangeOverInt && info.Ranges.TryGetValue(s, out var ri) && all.Count > 0 && all[0].Type != Universe.Invalid)
                info.Ranges[s] = ri with { XType = all[0].Type, Key = all[0].Type };
        }
        else if (sKey != null)
        {
            for (int i = 0; i < 2; i++)
            {
                if (lhs[i] == null) continue;
                var typ = rhs[i];
                if (typ == null || typ == Universe.Invalid) continue;
                if (rangeOverInt)
                {
                    AssignVar(lhs[i]!, null, x, "range clause");
                    if (!x.Invalid && !Predicates.IsInteger(x.Type))
                        Error(lhs[i]!, $"cannot use iteration variable of type {T(x.Type)}");
                    else if (!x.Invalid && info.Ranges.TryGetValue(s, out var ri)) info.Ranges[s] = ri with { XType = x.Type, Key = x.Type };
                }
                else AssignVar(lhs[i]!, null, new Operand(Mode.Value, lhs[i]!, typ), "assignment");
            }
        }
        else if (rangeOverInt)
        {
            Assignment(x, null, "range clause");
        }
        Stmt(s.Body, inner);
        CloseScope();
    }

    /// <summary>The key and value types of ranging over type t (go/types' rangeKeyVal), or why it is not possible.</summary>
    private (GoType? Key, GoType? Val, RangeKind Kind, string? Cause, bool Ok) RangeKeyVal(GoType t)
    {
        var core = Predicates.CoreType(t);
        if (core == null) return (null, null, default, "no core type", false);
        if (core is PointerType { Elem: var pe } && pe.Underlying is ArrayType pa) return (Universe.Int, pa.Elem, RangeKind.ArrayPointer, null, true);
        switch (core)
        {
            case BasicType b when b.Is(BasicInfo.IsString):
                return (Universe.Int, Universe.Rune, RangeKind.String, null, true);
            case BasicType b when b.Is(BasicInfo.IsInteger):
                return (t, null, RangeKind.Int, null, true);
            case ArrayType a: return (Universe.Int, a.Elem, RangeKind.Array, null, true);
            case SliceType s: return (Universe.Int, s.Elem, RangeKind.Slice, null, true);
            case MapType m: return (m.Key, m.Elem, RangeKind.Map, null, true);
            case ChanType c:
                if (c.Dir == Types.ChanDir.SendOnly) return (null, null, default, "receive from send-only channel", false);
                return (c.Elem, null, RangeKind.Chan, null, true);
            case Signature:
                return (null, null, default, null, false); // range over functions is Go 1.23's; gc 1.19 gives no reason
        }
        return (null, null, default, null, false);
    }
}
