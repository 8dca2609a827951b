using System.Numerics;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Expressions.
public sealed partial class Checker
{
    /// <summary>
    /// Checks a single-valued expression (or a type, with <paramref name="allowType"/>). <paramref name="hint"/>
    /// is the type the context expects (composite literal element types), not a conversion.
    /// </summary>
    private Operand Expr(Ast.Expr e, GoType? hint, bool allowType = false)
    {
        var x = RawExpr(e, hint, allowType);
        SingleValue(x);
        if (!allowType && x.Mode == Mode.TypeExpr)
        {
            Error(e, $"{S(e)} (type) is not an expression");
            x.SetInvalid();
        }
        return x;
    }

    private void SingleValue(Operand x)
    {
        if (x.Mode == Mode.NoValue)
        {
            Error(x.Expr, $"{S(x.Expr)} (no value) used as value");
            x.SetInvalid();
        }
        else if (x.Type is TupleType t && x.Mode == Mode.Value)
        {
            Error(x.Expr, $"multiple-value {S(x.Expr)} (value of type {T(t)}) in single-value context");
            x.SetInvalid();
        }
        else if (x.Mode == Mode.Builtin)
        {
            Error(x.Expr, $"{S(x.Expr)} (built-in) must be called");
            x.SetInvalid();
        }
    }

    /// <summary>Checks an expression that may have several values (a call) or none.</summary>
    private Operand MultiExpr(Ast.Expr e) => RawExpr(e, null, false);

    private Operand RawExpr(Ast.Expr e, GoType? hint, bool allowType)
    {
        var x = ExprInternal(e, hint);
        if (x.Expr != e) x.Expr = e;
        Record(x);
        return x;
    }

    private void Record(Operand x)
    {
        if (x.Mode == Mode.Invalid) { info.Types[x.Expr] = new TypeAndValue(Mode.Invalid, Universe.Invalid, null); return; }
        info.Types[x.Expr] = new TypeAndValue(x.Mode, x.Type, x.Mode == Mode.Constant ? x.Value : null);
    }

    private Operand ExprInternal(Ast.Expr e, GoType? hint)
    {
        switch (e)
        {
            case Ast.BadExpr: return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.Name n: return Ident(n);
            case Ast.BasicLit lit: return BasicLit(lit);
            case Ast.ParenExpr p:
            {
                var x = RawExpr(p.X, hint, true);
                return new Operand(x.Mode, e, x.Type, x.Value) { Builtin = x.Builtin };
            }
            case Ast.Operation op when op.Y == null: return Unary(op);
            case Ast.Operation op: return Binary(op, op.X, op.Y!, op.Op);
            case Ast.CallExpr call: return Call(call);
            case Ast.SelectorExpr sel: return Selector(sel);
            case Ast.IndexExpr ix: return Index(ix);
            case Ast.SliceExpr sx: return SliceExpr(sx);
            case Ast.CompositeLit cl: return CompositeLit(cl, hint);
            case Ast.FuncLit fl: return FuncLit(fl);
            case Ast.AssertExpr ae: return Assert(ae);
            case Ast.KeyValueExpr kv:
                Error(kv, "unexpected key:value expression");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.TypeSwitchGuard g:
                Error(g, $"use of .(type) outside type switch");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.ArrayType or Ast.SliceType or Ast.MapType or Ast.ChanType or Ast.FuncType or Ast.StructType or Ast.InterfaceType:
                return new Operand(Mode.TypeExpr, e, TypeExpr(e));
            default:
                Error(e, $"{S(e)} is not an expression");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
    }

    private Operand Ident(Ast.Name n)
    {
        if (n.Value == "_")
        {
            Error(n, "cannot use _ as value");
            return new Operand(Mode.Invalid, n, Universe.Invalid);
        }
        var obj = scope.Lookup(n.Value);
        if (obj == null)
        {
            Error(n, $"undefined: {n.Value}");
            return new Operand(Mode.Invalid, n, Universe.Invalid);
        }
        info.Uses[n] = obj;
        switch (obj)
        {
            case PkgNameObj pn:
                Error(n, $"use of package {pn.Name} without selector");
                pn.Used = true;
                return new Operand(Mode.Invalid, n, Universe.Invalid);
            case ConstObj c:
                ObjDecl(c);
                RecordDependency(c);
                if (c.Name == "iota" && c.Parent == Universe.Scope)
                {
                    if (iota == null) { Error(n, "cannot use iota outside constant declaration"); return new Operand(Mode.Invalid, n, Universe.Invalid); }
                    return new Operand(Mode.Constant, n, Universe.UntypedInt, iota);
                }
                if (c.Type == Universe.Invalid) return new Operand(Mode.Invalid, n, Universe.Invalid);
                return new Operand(Mode.Constant, n, c.Type, c.Value);
            case TypeNameObj tn:
                ObjDecl(tn);
                return new Operand(Mode.TypeExpr, n, tn.Type);
            case VarObj v:
                if (v.Pkg == pkg && v.IsGlobal) { ObjDecl(v); RecordDependency(v); }
                if (fn != null && v.Parent != null && !v.IsGlobal && fn.IsOuterVar(v)) { v.AddressTaken = true; fn.Captures(v); }
                v.Used = true;
                if (v.Type == Universe.Invalid) return new Operand(Mode.Invalid, n, Universe.Invalid);
                return new Operand(Mode.Variable, n, v.Type);
            case FuncObj f:
                ObjDecl(f);
                RecordDependency(f);
                return new Operand(Mode.Value, n, f.Type);
            case BuiltinObj b:
                return new Operand(Mode.Builtin, n, Universe.Invalid) { Builtin = b.Id };
            case NilObj:
                return new Operand(Mode.Value, n, Universe.UntypedNil);
            default:
                Error(n, $"undefined: {n.Value}");
                return new Operand(Mode.Invalid, n, Universe.Invalid);
        }
    }

    private Operand BasicLit(Ast.BasicLit lit)
    {
        if (lit.Bad) return new Operand(Mode.Invalid, lit, Universe.Invalid);
        ConstValue? v;
        GoType t;
        switch (lit.Kind)
        {
            case Ast.LitKind.Int: v = Literals.Int(lit.Value); t = Universe.UntypedInt; break;
            case Ast.LitKind.Float: v = Literals.Float(lit.Value); t = Universe.UntypedFloat; break;
            case Ast.LitKind.Imag: v = Literals.Imag(lit.Value); t = Universe.UntypedComplex; break;
            case Ast.LitKind.Rune: v = Literals.Rune(lit.Value); t = Universe.UntypedRune; break;
            default: v = Literals.String(lit.Value); t = Universe.UntypedString; break;
        }
        if (v == null)
        {
            Error(lit, lit.Kind == Ast.LitKind.Float && (lit.Value.Contains('e') || lit.Value.Contains('E'))
                ? $"constant too large: {lit.Value}" : $"malformed constant: {lit.Value}");
            return new Operand(Mode.Invalid, lit, Universe.Invalid);
        }
        return new Operand(Mode.Constant, lit, t, v);
    }

    // ---- unary and binary operators ----

    private Operand Unary(Ast.Operation op)
    {
        switch (op.Op)
        {
            case Ast.Operator.Mul:
            {
                // *x: a dereference, or a pointer type.
                var x = RawExpr(op.X, null, true);
                SingleValue(x);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                if (x.Mode == Mode.TypeExpr) return new Operand(Mode.TypeExpr, op, new PointerType(x.Type));
                if (x.Type == Universe.UntypedNil) { Error(op, "invalid operation: cannot indirect nil"); return new Operand(Mode.Invalid, op, Universe.Invalid); }
                if (x.Type.Underlying is not PointerType p)
                {
                    Error(op, $"invalid operation: cannot indirect {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                return new Operand(Mode.Variable, op, p.Elem);
            }
            case Ast.Operator.And:
            {
                // &x: x must be addressable, or a composite literal.
                var inner = Unparen(op.X);
                if (inner is Ast.CompositeLit cl)
                {
                    var lit = Expr(op.X, null);
                    if (lit.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                    return new Operand(Mode.Value, op, new PointerType(lit.Type));
                }
                var x = Expr(op.X, null);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                if (x.Mode != Mode.Variable)
                {
                    Error(op, $"invalid operation: cannot take address of {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                MarkAddressTaken(op.X);
                return new Operand(Mode.Value, op, new PointerType(x.Type));
            }
            case Ast.Operator.Recv:
            {
                var x = Expr(op.X, null);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                if (x.Type.Underlying is not ChanType ch)
                {
                    Error(op, $"invalid operation: cannot receive from non-channel {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                if (ch.Dir == Types.ChanDir.SendOnly)
                {
                    Error(op, $"invalid operation: cannot receive from send-only channel {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                return new Operand(Mode.CommaOk, op, ch.Elem);
            }
            default:
            {
                var x = Expr(op.X, null);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                var ok = op.Op switch
                {
                    Ast.Operator.Add or Ast.Operator.Sub => Predicates.IsNumeric(x.Type),
                    Ast.Operator.Xor => Predicates.IsInteger(x.Type),
                    Ast.Operator.Not => Predicates.IsBoolean(x.Type),
                    _ => false,
                };
                if (!ok)
                {
                    Error(op, $"invalid operation: operator {op.Op.Text()} not defined on {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                if (x.Mode == Mode.Constant)
                {
                    var bits = Predicates.IsUnsigned(x.Type) && !Predicates.IsUntyped(x.Type) ? (int)Layout.Sizeof(x.Type) * 8 : 0;
                    var v = ConstOps.Unary(op.Op.Text(), x.Value!, bits);
                    var r = new Operand(Mode.Constant, op, x.Type, v);
                    Overflow(r, op.Pos);
                    return r;
                }
                return new Operand(Mode.Value, op, x.Type);
            }
        }
    }

    private static Ast.Expr Unparen(Ast.Expr e) => e is Ast.ParenExpr p ? Unparen(p.X) : e;

    /// <summary>&amp;x makes x (and any variable it is a field or element of) live in memory.</summary>
    private void MarkAddressTaken(Ast.Expr e)
    {
        switch (Unparen(e))
        {
            case Ast.Name n when info.Uses.GetValueOrDefault(n) is VarObj v: v.AddressTaken = true; break;
            case Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is { Indirect: false } sel && sel.Kind == SelectionKind.FieldVal:
                MarkAddressTaken(s.X); break;
            case Ast.IndexExpr ix when info.TypeOf(ix.X)?.Type.Underlying is ArrayType: MarkAddressTaken(ix.X); break;
        }
    }

    private Operand Binary(Ast.Expr e, Ast.Expr lhs, Ast.Expr rhs, Ast.Operator op)
    {
        var x = Expr(lhs, null);
        var y = Expr(rhs, null);
        if (x.Invalid) return new Operand(Mode.Invalid, e, Universe.Invalid);
        if (y.Invalid) return new Operand(Mode.Invalid, e, Universe.Invalid);
        if (op is Ast.Operator.Shl or Ast.Operator.Shr) return Shift(e, x, y, op);

        MatchTypes(x, y);
        if (x.Invalid || y.Invalid)
        {
            if (!errorsReportedFor.Contains(e))
                Error(e, $"invalid operation: {S(e)} (mismatched types {T(x.Type)} and {T(y.Type)})");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        if (IsComparison(op)) return Comparison(e, x, y, op);

        if (!Predicates.Identical(x.Type, y.Type))
        {
            if (x.Type != Universe.Invalid && y.Type != Universe.Invalid)
                Error(e, $"invalid operation: {S(e)} (mismatched types {T(x.Type)} and {T(y.Type)})");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        var allowed = op switch
        {
            Ast.Operator.Add => Predicates.IsNumeric(x.Type) || Predicates.IsString(x.Type),
            Ast.Operator.Sub or Ast.Operator.Mul or Ast.Operator.Div => Predicates.IsNumeric(x.Type),
            Ast.Operator.Rem or Ast.Operator.And or Ast.Operator.Or or Ast.Operator.Xor or Ast.Operator.AndNot => Predicates.IsInteger(x.Type),
            Ast.Operator.AndAnd or Ast.Operator.OrOr => Predicates.IsBoolean(x.Type),
            _ => false,
        };
        if (!allowed)
        {
            Error(e, $"invalid operation: operator {op.Text()} not defined on {Describe(x)}");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        if ((op is Ast.Operator.Div or Ast.Operator.Rem) && (x.Mode == Mode.Constant || Predicates.IsInteger(x.Type)) && y.Mode == Mode.Constant && ConstOps.IsZeroDivisor("/", y.Value!))
        {
            Error(y.Expr, "invalid operation: division by zero");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        if (x.Mode == Mode.Constant && y.Mode == Mode.Constant)
        {
            var intDiv = Predicates.IsInteger(x.Type);
            var v = ConstOps.Binary(op.Text(), x.Value!, y.Value!, intDiv);
            if (v == null) { Error(e, $"invalid operation: {S(e)}"); return new Operand(Mode.Invalid, e, Universe.Invalid); }
            var r = new Operand(Mode.Constant, e, x.Type, v);
            Overflow(r, OpPos(e));
            return r;
        }
        return new Operand(Mode.Value, e, x.Type);
    }

    private readonly HashSet<Ast.Expr> errorsReportedFor = new(ReferenceEqualityComparer.Instance);

    private static SourcePos OpPos(Ast.Expr e) => e.Pos;

    private static bool IsComparison(Ast.Operator op) =>
        op is Ast.Operator.Eql or Ast.Operator.Neq or Ast.Operator.Lss or Ast.Operator.Leq or Ast.Operator.Gtr or Ast.Operator.Geq;

    /// <summary>
    /// Brings the operands of a binary operation to a common type where one is untyped (the spec's
    /// "converted to the type of the other operand"); marks them invalid on a mismatch.
    /// </summary>
    private void MatchTypes(Operand x, Operand y)
    {
        bool ux = Predicates.IsUntyped(x.Type), uy = Predicates.IsUntyped(y.Type);
        if (ux == uy && !ux) return;
        if (ux && uy)
        {
            // Both untyped: the "larger" kind wins (int < rune < float < complex); nil and bool only with themselves.
            if (x.Type == Universe.UntypedNil || y.Type == Universe.UntypedNil)
            {
                if (x.Type != y.Type) { x.Mode = Mode.Invalid; }
                return;
            }
            if (Predicates.IsNumeric(x.Type) && Predicates.IsNumeric(y.Type))
            {
                var k = (BasicKind)Math.Max((int)((BasicType)x.Type).Kind, (int)((BasicType)y.Type).Kind);
                var t = KindType(k);
                x.Type = t; y.Type = t;
                UpdateExprType(x.Expr, t);
                UpdateExprType(y.Expr, t);
                return;
            }
            if (x.Type != y.Type) x.Mode = Mode.Invalid;
            return;
        }
        if (ux) ImplicitConvert(x, y.Type, y);
        else ImplicitConvert(y, x.Type, x);
    }

    private static BasicType KindType(BasicKind k) => k switch
    {
        BasicKind.UntypedInt => Universe.UntypedInt,
        BasicKind.UntypedRune => Universe.UntypedRune,
        BasicKind.UntypedFloat => Universe.UntypedFloat,
        _ => Universe.UntypedComplex,
    };

    /// <summary>Converts untyped x to the type of the other operand of a binary operation.</summary>
    private void ImplicitConvert(Operand x, GoType target, Operand other)
    {
        if (target == Universe.Invalid) { x.SetInvalid(); return; }
        var tu = target.Underlying;
        if (x.Type == Universe.UntypedNil)
        {
            if (!Predicates.HasNil(target)) { x.Mode = Mode.Invalid; }
            else { x.Type = target; UpdateExprType(x.Expr, target); }
            return;
        }
        if (tu is BasicType tb)
        {
            if (x.Mode == Mode.Constant)
            {
                var fit = ConstOps.Representable(x.Value!, tb, out var rounded);
                if (fit == ConstOps.Fit.Mismatch || (fit == ConstOps.Fit.Truncated && !Predicates.IsNumeric(target)))
                { x.Mode = Mode.Invalid; return; }
                if (fit != ConstOps.Fit.Ok)
                {
                    Error(x.Expr, $"{S(x.Expr)} ({UntypedDesc(x)}) {(fit == ConstOps.Fit.Truncated ? "truncated" : "overflows")} {T(target)}");
                    errorsReportedFor.Add(other.Expr);
                    x.Mode = Mode.Invalid;
                    return;
                }
                x.Value = rounded;
            }
            else if (!CompatibleUntyped(x.Type, tb)) { x.Mode = Mode.Invalid; return; }
            x.Type = target;
            UpdateExprType(x.Expr, target);
            return;
        }
        if (tu is InterfaceType && !Predicates.IsUntyped(target))
        {
            // An untyped constant compared with an interface takes its default type.
            var d = Universe.Default(x.Type);
            x.Type = d;
            UpdateExprType(x.Expr, d);
            return;
        }
        x.Mode = Mode.Invalid;
    }

    private static bool CompatibleUntyped(GoType untyped, BasicType target) =>
        (Predicates.IsBoolean(untyped) && target.Is(BasicInfo.IsBoolean)) ||
        (Predicates.IsNumeric(untyped) && target.Is(BasicInfo.IsNumeric)) ||
        (Predicates.IsString(untyped) && target.Is(BasicInfo.IsString));

    /// <summary>Records the final type of an untyped expression and its untyped operands.</summary>
    private void UpdateExprType(Ast.Expr e, GoType t)
    {
        if (!info.Types.TryGetValue(e, out var tv) || !Predicates.IsUntyped(tv.Type)) return;
        var value = tv.Value;
        if (value != null && t.Underlying is BasicType b && !Predicates.IsUntyped(t) && ConstOps.Representable(value, b, out var r) == ConstOps.Fit.Ok) value = r;
        info.Types[e] = tv with { Type = t, Value = value };
        switch (e)
        {
            case Ast.ParenExpr p: UpdateExprType(p.X, t); break;
            case Ast.Operation { Y: null } u when u.Op is Ast.Operator.Add or Ast.Operator.Sub or Ast.Operator.Xor or Ast.Operator.Not:
                UpdateExprType(u.X, t); break;
            case Ast.Operation bin when !IsComparison(bin.Op) && bin.Y != null:
                UpdateExprType(bin.X, t);
                if (bin.Op is not (Ast.Operator.Shl or Ast.Operator.Shr)) UpdateExprType(bin.Y, t);
                break;
        }
    }

    private Operand Comparison(Ast.Expr e, Operand x, Operand y, Ast.Operator op)
    {
        string? err = null;
        var ordered = op is Ast.Operator.Lss or Ast.Operator.Leq or Ast.Operator.Gtr or Ast.Operator.Geq;
        if (!AssignableTo(x, y.Type) && !AssignableTo(y, x.Type))
            err = $"invalid operation: {S(e)} (mismatched types {T(x.Type)} and {T(y.Type)})";
        else if (ordered)
        {
            if (!Predicates.IsOrdered(x.Type)) err = $"invalid operation: {S(e)} (operator {op.Text()} not defined on {OperandKind(x)})";
        }
        else
        {
            var xNil = x.Type == Universe.UntypedNil || (x.Mode == Mode.Value && x.Expr is Ast.Name { Value: "nil" });
            var yNil = y.Type == Universe.UntypedNil || (y.Mode == Mode.Value && y.Expr is Ast.Name { Value: "nil" });
            if (xNil || yNil)
            {
                var other = xNil ? y : x;
                if (xNil && yNil && x.Type == Universe.UntypedNil) err = $"invalid operation: {S(e)} (operator {op.Text()} not defined on nil)";
                else if (!Predicates.HasNil(other.Type)) err = $"invalid operation: {S(e)} (mismatched types {T(x.Type)} and {T(y.Type)})";
            }
            else if (!Predicates.Comparable(x.Type))
                err = $"invalid operation: {S(e)} ({T(x.Type)} cannot be compared)";
            else if (!Predicates.Comparable(y.Type))
                err = $"invalid operation: {S(e)} ({T(y.Type)} cannot be compared)";
        }
        if (err != null)
        {
            Error(e, err);
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        if (x.Mode == Mode.Constant && y.Mode == Mode.Constant)
            return new Operand(Mode.Constant, e, Universe.UntypedBool, ConstValue.Of(ConstOps.Compare(op.Text(), x.Value!, y.Value!)));
        // Operands of a comparison get their default types when still untyped.
        DefaultType(x);
        DefaultType(y);
        return new Operand(Mode.Value, e, Universe.UntypedBool);
    }

    private static string OperandKind(Operand x) => x.Type.Underlying switch
    {
        InterfaceType => "interface",
        PointerType => "pointer",
        SliceType => "slice",
        MapType => "map",
        ChanType => "chan",
        Signature => "func",
        StructType => "struct",
        ArrayType => "array",
        BasicType { Kind: BasicKind.Bool or BasicKind.UntypedBool } => "bool",
        _ => TypeString.Relative(x.Type, null),
    };

    private void DefaultType(Operand x)
    {
        if (!Predicates.IsUntyped(x.Type) || x.Type == Universe.UntypedNil) return;
        var d = Universe.Default(x.Type);
        if (x.Mode == Mode.Constant && d is BasicType b) { ConstOps.Representable(x.Value!, b, out var r); x.Value = r; }
        x.Type = d;
        UpdateExprType(x.Expr, d);
    }

    private Operand Shift(Ast.Expr e, Operand x, Operand y, Ast.Operator op)
    {
        // The count: an integer, or an untyped constant representable as uint.
        if (y.Mode == Mode.Constant)
        {
            var yi = y.Value!.ToInt();
            if (yi == null || (!Predicates.IsUntyped(y.Type) && !Predicates.IsInteger(y.Type)))
            {
                Error(y.Expr, $"invalid operation: shift count {Describe(y)} must be integer");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
            if (yi.Int.Sign < 0)
            {
                Error(y.Expr, $"invalid operation: negative shift count {Describe(y)}");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
            if (Predicates.IsUntyped(y.Type)) { y.Value = yi; y.Type = Universe.Uint; UpdateExprType(y.Expr, Universe.Uint); }
        }
        else if (!Predicates.IsInteger(y.Type))
        {
            Error(y.Expr, $"invalid operation: shift count {Describe(y)} must be integer");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }

        if (x.Mode == Mode.Constant)
        {
            var xi = x.Value!.ToInt();
            if (xi == null || !(Predicates.IsInteger(x.Type) || Predicates.IsUntyped(x.Type) && Predicates.IsNumeric(x.Type)))
            {
                Error(x.Expr, $"invalid operation: shifted operand {Describe(x)} must be integer");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
            if (y.Mode == Mode.Constant)
            {
                var count = y.Value!.ToInt()!.Int;
                if (count > 10_000) { Error(y.Expr, $"invalid shift count {S(y.Expr)}"); return new Operand(Mode.Invalid, e, Universe.Invalid); }
                var t = Predicates.IsUntyped(x.Type) ? (x.Type == Universe.UntypedFloat || x.Type == Universe.UntypedComplex ? Universe.UntypedInt : x.Type) : x.Type;
                var r = new Operand(Mode.Constant, e, t, ConstOps.Shift(op.Text(), xi, (long)count));
                Overflow(r, e.Pos);
                return r;
            }
            if (Predicates.IsUntyped(x.Type))
            {
                // A non-constant shift of an untyped constant: the constant takes the type the context
                // would give it; without context information here, its default type (int).
                DefaultType(x);
                if (!Predicates.IsInteger(x.Type))
                {
                    Error(e, $"invalid operation: shifted operand {S(x.Expr)} (type {T(x.Type)}) must be integer");
                    return new Operand(Mode.Invalid, e, Universe.Invalid);
                }
            }
        }
        else if (!Predicates.IsInteger(x.Type))
        {
            Error(x.Expr, $"invalid operation: shifted operand {Describe(x)} must be integer");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        return new Operand(Mode.Value, e, x.Type);
    }

    /// <summary>A typed constant result must fit its type; an untyped one must stay within gc's limits.</summary>
    private void Overflow(Operand x, SourcePos pos)
    {
        if (x.Mode != Mode.Constant || x.Value == null) return;
        if (!Predicates.IsUntyped(x.Type) && x.Type.Underlying is BasicType b)
        {
            var fit = ConstOps.Representable(x.Value, b, out var r);
            if (fit == ConstOps.Fit.Ok) { x.Value = r; return; }
            Error(pos, $"constant {x.Value} overflows {T(x.Type)}");
            x.SetInvalid();
            return;
        }
        if (x.Value.Kind == ConstKind.Int && x.Value.Int.GetBitLength() > 512)
        {
            Error(pos, "constant overflow");
            x.SetInvalid();
        }
    }

    // ---- operand descriptions, as gc prints them in messages ----

    private string Describe(Operand x)
    {
        var expr = S(x.Expr);
        if (x.Type == Universe.UntypedNil && x.Mode is Mode.Value or Mode.Constant) return "nil";
        var sb = new System.Text.StringBuilder(expr).Append(" (");
        var hasType = false;
        switch (x.Mode)
        {
            case Mode.Invalid or Mode.NoValue or Mode.Builtin or Mode.TypeExpr: break;
            default:
                if (Predicates.IsUntyped(x.Type)) { sb.Append(((BasicType)x.Type).Name).Append(' '); break; }
                hasType = true;
                break;
        }
        sb.Append(x.Mode switch
        {
            Mode.Invalid => "invalid operand",
            Mode.NoValue => "no value",
            Mode.Builtin => "built-in",
            Mode.TypeExpr => "type",
            Mode.Constant => "constant",
            Mode.Variable => "variable",
            Mode.MapIndex => "map index expression",
            Mode.CommaOk => "comma, ok expression",
            _ => "value",
        });
        if (x.Mode == Mode.Constant && x.Value != null)
        {
            var s = x.Value.ToString();
            if (s != expr) sb.Append(' ').Append(s);
        }
        if (hasType)
        {
            if (x.Type != Universe.Invalid) sb.Append(" of type ").Append(T(x.Type));
            else sb.Append(" with invalid type");
        }
        return sb.Append(')').ToString();
    }

    /// <summary>"untyped int constant" or "untyped int constant 300", the middle of a constant's description.</summary>
    private static string UntypedDesc(Operand x)
    {
        var kind = x.Type is BasicType b ? b.Name : "untyped";
        var s = x.Value?.ToString() ?? "";
        return s == S(x.Expr) ? $"{kind} constant" : $"{kind} constant {s}";
    }
}
