using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Expressions: names, literals, operators, and the typing of untyped values.
public sealed partial class Checker
{
    /// <summary>Checks a single-valued expression (not a type). <paramref name="hint"/> is the element type a composite literal may elide.</summary>
    private Operand Expr(Ast.Expr e, GoType? hint = null)
    {
        var x = RawExpr(e, hint, false, false);
        Exclude(x, allowType: false);
        SingleValue(x);
        return x;
    }

    /// <summary>Checks an expression that may also be a type (conversions, x.(T)...), single-valued if a value.</summary>
    private Operand ExprOrType(Ast.Expr e, bool allowGeneric = false)
    {
        var x = RawExpr(e, null, true, allowGeneric);
        // A built-in is left to the caller, which cannot index it (len[0]) either.
        Exclude(x, allowType: true, allowBuiltin: true);
        SingleValue(x);
        return x;
    }

    /// <summary>Checks an expression that may have several values (a call) or none.</summary>
    private Operand MultiExpr(Ast.Expr e)
    {
        var x = RawExpr(e, null, false, false);
        Exclude(x, allowType: false, allowNoValue: true);
        return x;
    }

    /// <summary>Reports operands that cannot be used as values: no value, an uncalled builtin, a type.</summary>
    private void Exclude(Operand x, bool allowType, bool allowNoValue = false, bool allowBuiltin = false)
    {
        string? msg = x.Mode switch
        {
            Mode.NoValue when !allowNoValue => allowType ? "{0} used as value or type" : "{0} used as value",
            Mode.Builtin when !allowBuiltin => "{0} must be called",
            Mode.TypeExpr when !allowType => "{0} is not an expression",
            _ => null,
        };
        if (msg == null) return;
        Error(x.Expr, string.Format(msg, Describe(x)));
        x.SetInvalid();
    }

    private void SingleValue(Operand x)
    {
        if (x.Mode == Mode.Value && x.Type is TupleType t)
        {
            Error(x.Expr, $"multiple-value {Describe(x)} in single-value context");
            x.SetInvalid();
        }
    }

    private Operand RawExpr(Ast.Expr e, GoType? hint, bool allowType, bool allowGeneric)
    {
        var x = ExprInternal(e, hint, allowGeneric);
        x.Expr = e;
        if (!allowGeneric && !x.Invalid) NonGeneric(x);
        Record(x);
        return x;
    }

    /// <summary>Generic functions and types must be instantiated before use.</summary>
    private void NonGeneric(Operand x)
    {
        string? what = null;
        if (x.Mode == Mode.TypeExpr && x.Type is NamedType { IsGeneric: true }) what = "type";
        else if (x.Mode == Mode.Value && x.Type is Signature { TypeParams.Length: > 0 }) what = "function";
        if (what == null) return;
        Error(x.Expr, $"cannot use generic {what} {S(x.Expr)} without instantiation");
        x.SetInvalid();
    }

    // ---- recording, and untyped expressions ----

    /// <summary>An untyped expression whose final type is not known yet (go/types' untyped map).</summary>
    private sealed class UntypedInfo(bool isLhs, Mode mode, BasicType type, ConstValue? value, bool isNil)
    {
        public bool IsLhs = isLhs;
        public Mode Mode = mode;
        public BasicType Type = type;
        public ConstValue? Value = value;
        public bool IsNil = isNil;
    }

    private readonly Dictionary<Ast.Expr, UntypedInfo> untyped = new(ReferenceEqualityComparer.Instance);

    private void Record(Operand x)
    {
        var e = x.Expr;
        if (x.Mode == Mode.Invalid) { info.Types[e] = new TypeAndValue(Mode.Invalid, Universe.Invalid, null); return; }
        var value = x.Mode == Mode.Constant ? x.Value : null;
        if (Predicates.IsUntyped(x.Type))
            untyped[e] = new UntypedInfo(false, x.Mode, (BasicType)x.Type, value, x.IsNil);
        info.Types[e] = new TypeAndValue(x.Mode, x.Type, value) { IsNil = x.IsNil };
    }

    /// <summary>
    /// Sets the final type of an untyped expression and of the untyped operands it was computed from
    /// (go/types' updateExprType). Until <paramref name="final"/>, an untyped type only moves up (int to float).
    /// </summary>
    private void UpdateExprType(Ast.Expr e, GoType t, bool final) => UpdateExprType(null, e, t, final);

    private void UpdateExprType(Ast.Expr? parent, Ast.Expr e, GoType t, bool final)
    {
        if (!untyped.TryGetValue(e, out var old)) return;
        switch (e)
        {
            case Ast.ParenExpr p: UpdateExprType(e, p.X, t, final); break;
            case Ast.Operation { Y: null } u:
                if (u.Op == Ast.Operator.Mul) return;
                if (old.Value == null) UpdateExprType(e, u.X, t, final);
                break;
            case Ast.Operation bin:
                if (old.Value != null) break;
                if (IsComparison(bin.Op)) { }
                else if (bin.Op is Ast.Operator.Shl or Ast.Operator.Shr) UpdateExprType(e, bin.X, t, final);
                else { UpdateExprType(e, bin.X, t, final); UpdateExprType(e, bin.Y!, t, final); }
                break;
        }
        if (!final && Predicates.IsUntyped(t))
        {
            old.Type = (BasicType)t.Underlying;
            info.Types[e] = new TypeAndValue(old.Mode, old.Type, old.Value) { IsNil = old.IsNil };
            return;
        }
        untyped.Remove(e);
        if (old.IsLhs && !Predicates.AllInteger(t))
        {
            Error(e, $"invalid operation: {S(parent ?? e)} (shift of type {T(t)})"); // gc 1.19 names the shift
            return;
        }
        var value = old.Value;
        if (value != null && !Predicates.IsUntyped(t) && t.Underlying is BasicType b && ConstOps.Representable(value, b, out var r) == ConstOps.Fit.Ok) value = r;
        info.Types[e] = new TypeAndValue(old.Mode, t, value) { IsNil = old.IsNil };
    }

    /// <summary>Records the new value of an untyped constant converted to a type (rounded floats).</summary>
    private void UpdateExprValue(Ast.Expr e, ConstValue v)
    {
        if (untyped.TryGetValue(e, out var old)) old.Value = v;
        if (info.Types.TryGetValue(e, out var tv) && tv.Mode == Mode.Constant) info.Types[e] = tv with { Value = v };
    }

    /// <summary>
    /// At the end: expressions still untyped. Constants keep their untyped type (their values are in
    /// the expressions using them); other values (comparisons used as conditions) get their default type.
    /// </summary>
    private void RecordUntyped()
    {
        foreach (var (e, u) in untyped)
        {
            var t = u.Mode == Mode.Constant || u.IsNil ? (GoType)u.Type : Universe.Default(u.Type);
            info.Types[e] = new TypeAndValue(u.Mode, t, u.Value) { IsNil = u.IsNil };
        }
        untyped.Clear();
    }

    /// <summary>
    /// The type (and rounded value) an untyped x gets when used as a target type, or an error code
    /// (go/types' implicitTypeAndValue). Typed x is returned as is.
    /// </summary>
    private (GoType? Type, ConstValue? Value, ConstOps.Fit Fit) ImplicitTypeAndValue(Operand x, GoType target)
    {
        if (x.Invalid || !Predicates.IsUntyped(x.Type) || target == Universe.Invalid) return (x.Type, null, ConstOps.Fit.Ok);
        if (Predicates.IsUntyped(target))
        {
            var (xk, tk) = (((BasicType)x.Type).Kind, ((BasicType)target).Kind);
            if (Predicates.IsBasic(x.Type, BasicInfo.IsNumeric) && Predicates.IsBasic(target, BasicInfo.IsNumeric))
                return xk < tk ? (target, null, ConstOps.Fit.Ok) : (x.Type, null, ConstOps.Fit.Ok);
            if (xk != tk) return (null, null, ConstOps.Fit.Mismatch);
            return (x.Type, null, ConstOps.Fit.Ok);
        }
        if (x.IsNil)
            return Predicates.HasNil(target) ? (target, null, ConstOps.Fit.Ok) : (null, null, ConstOps.Fit.Mismatch);
        switch (target.Underlying)
        {
            case BasicType tb when target is not TypeParamType:
                if (x.Mode == Mode.Constant)
                {
                    var (v, fit) = Representation(x, tb);
                    return fit == ConstOps.Fit.Ok ? (target, v, fit) : (null, null, fit);
                }
                var ok = ((BasicType)x.Type).Kind switch
                {
                    BasicKind.UntypedBool => tb.Is(BasicInfo.IsBoolean),
                    BasicKind.UntypedInt or BasicKind.UntypedRune or BasicKind.UntypedFloat or BasicKind.UntypedComplex => tb.Is(BasicInfo.IsNumeric),
                    BasicKind.UntypedString => tb.Is(BasicInfo.IsString),
                    _ => false,
                };
                return ok ? (target, null, ConstOps.Fit.Ok) : (null, null, ConstOps.Fit.Mismatch);
            case InterfaceType:
                if (target is TypeParamType)
                {
                    var all = Predicates.UnderIs(target, u => u != null && ImplicitTypeAndValue(x, u).Type != null);
                    return all ? (target, null, ConstOps.Fit.Ok) : (null, null, ConstOps.Fit.Mismatch);
                }
                // Values in interfaces have concrete types: the default type.
                if (!((InterfaceType)target.Underlying).IsEmpty) return (null, null, ConstOps.Fit.Mismatch);
                return (Universe.Default(x.Type), null, ConstOps.Fit.Ok);
            default:
                return (null, null, ConstOps.Fit.Mismatch);
        }
    }

    /// <summary>Converts untyped x to target (or reports the mismatch) and updates the recorded types (go/types' convertUntyped).</summary>
    private void ConvertUntyped(Operand x, GoType target)
    {
        var (t, v, fit) = ImplicitTypeAndValue(x, target);
        if (t == null)
        {
            var tt = target is TypeParamType ? target : target.Underlying;
            Error(x.Expr, fit switch
            {
                ConstOps.Fit.Truncated => $"{Describe(x)} truncated to {T(tt)}",
                ConstOps.Fit.Overflows => $"{Describe(x)} overflows {T(tt)}",
                _ => $"cannot convert {Describe(x)} to {T(tt)}",
            });
            x.SetInvalid();
            return;
        }
        if (v != null) { x.Value = v; UpdateExprValue(x.Expr, v); }
        if (!ReferenceEquals(t, x.Type))
        {
            x.Type = t;
            UpdateExprType(x.Expr, t, false);
        }
    }

    /// <summary>x's constant value as a value of basic type t, or why not (truncated, overflows, or not representable).</summary>
    private (ConstValue? Value, ConstOps.Fit Fit) Representation(Operand x, BasicType t)
    {
        var fit = ConstOps.Representable(x.Value!, t, out var v);
        if (fit == ConstOps.Fit.Ok) return (v, fit);
        if (Predicates.IsNumeric(x.Type) && t.Is(BasicInfo.IsNumeric))
            return (null, !Predicates.IsInteger(x.Type) && t.Is(BasicInfo.IsInteger) ? ConstOps.Fit.Truncated : ConstOps.Fit.Overflows);
        return (null, ConstOps.Fit.Mismatch);
    }

    /// <summary>Makes constant x a value of basic type t (reporting "overflows", "truncated" or "cannot convert").</summary>
    private void Representable(Operand x, BasicType t)
    {
        var (v, fit) = Representation(x, t);
        if (fit == ConstOps.Fit.Ok) { x.Value = v; return; }
        Error(x.Expr, fit switch
        {
            ConstOps.Fit.Truncated => $"{Describe(x)} truncated to {T(t)}",
            ConstOps.Fit.Overflows => $"{Describe(x)} overflows {T(t)}",
            _ => $"cannot convert {Describe(x)} to {T(t)}",
        });
        x.SetInvalid();
    }

    // ---- the expression kinds ----

    private Operand ExprInternal(Ast.Expr e, GoType? hint, bool allowGeneric)
    {
        switch (e)
        {
            case Ast.BadExpr: return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.Name n: return Ident(n);
            case Ast.BasicLit lit: return BasicLit(lit);
            case Ast.ParenExpr p:
            {
                var x = RawExpr(p.X, hint, true, allowGeneric);
                return new Operand(x.Mode, e, x.Type, x.Value) { Builtin = x.Builtin, NilValue = x.NilValue };
            }
            case Ast.Operation { Op: Ast.Operator.Tilde, Y: null } t:
                Error(t, "cannot use ~ outside of interface or type constraint");
                RawExpr(t.X, null, true, false);
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.Operation op when op.Y == null: return Unary(op);
            case Ast.Operation op: return Binary(op, op.X, op.Y!, op.Op);
            case Ast.CallExpr call: return Call(call);
            case Ast.SelectorExpr sel: return Selector(sel);
            case Ast.IndexExpr ix: return IndexExpr(ix, allowGeneric);
            case Ast.SliceExpr sx: return SliceExpr(sx);
            case Ast.CompositeLit cl: return CompositeLit(cl, hint);
            case Ast.FuncLit fl: return FuncLit(fl);
            case Ast.AssertExpr ae: return Assert(ae);
            case Ast.KeyValueExpr kv:
                Error(kv, "no key:value expected");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.TypeSwitchGuard g:
                Error(g, "invalid AST: use of .(type) outside type switch");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.ListExpr l:
                Error(l, "unexpected list of expressions");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            case Ast.ArrayType or Ast.SliceType or Ast.MapType or Ast.ChanType or Ast.FuncType or Ast.StructType or Ast.InterfaceType:
            {
                // A type, even an invalid one, is a type operand ("[...]int (type) is not an expression").
                return new Operand(Mode.TypeExpr, e, TypeExprInternal(e, null, false));
            }
            case Ast.DotsType d:
                Error(d, "invalid use of '...'");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            default:
                Error(e, $"{S(e)} is not an expression");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
    }

    private Operand Ident(Ast.Name n)
    {
        if (n.Value == "_" && blankRecvTypeParams.TryGetValue(n, out var btp)) return new Operand(Mode.TypeExpr, n, btp);
        var obj = scope.Lookup(n.Value);
        if (obj == null)
        {
            if (n.Value == "_") Error(n, "cannot use _ as value or type");
            else Error(n, $"undefined: {n.Value}");
            return new Operand(Mode.Invalid, n, Universe.Invalid);
        }
        info.Uses[n] = obj;
        UseDotImport(n, obj);
        if (obj is TypeNameObj { Name: "any" or "comparable" } && obj.Parent == Universe.Scope && !CheckVersion(n.Pos, $"predeclared {n.Value}", 18))
            return new Operand(Mode.Invalid, n, Universe.Invalid);
        // A function being declared already has its (partial) signature: no cycle error, as gc 1.19
        // (func f(x f) is "f (value of type func()) is not a type").
        if (obj.Pkg == pkg && decls.ContainsKey(obj) && (obj is not FuncObj || colors.GetValueOrDefault(obj) == Color.White)) ObjDecl(obj);
        // A local type referring to itself while it is declared.
        else if (obj is TypeNameObj localType && colors.GetValueOrDefault(obj) == Color.Grey && !decls.ContainsKey(obj))
            CheckCycle(localType);
        switch (obj)
        {
            case PkgNameObj pn:
                // Not a use: gc also reports the import as unused when this is the only reference.
                Error(n, $"use of package {pn.Name} not in selector");
                return new Operand(Mode.Invalid, n, Universe.Invalid);
            case ConstObj c:
                RecordDependency(c);
                if (c.Name == "iota" && c.Parent == Universe.Scope)
                {
                    if (iota == null) { Error(n, "cannot use iota outside constant declaration"); return new Operand(Mode.Invalid, n, Universe.Invalid); }
                    return new Operand(Mode.Constant, n, Universe.UntypedInt, iota);
                }
                if (c.Type == Universe.Invalid) return new Operand(Mode.Invalid, n, Universe.Invalid);
                return new Operand(Mode.Constant, n, c.Type, c.Value);
            case TypeNameObj tn:
                if (tn.Type == Universe.Invalid && brokenAliases.Contains(tn))
                    Error(n, $"invalid use of type alias {tn.Name} in recursive type (see issue #50729)");
                if (tn.Type == Universe.Invalid) return new Operand(Mode.Invalid, n, Universe.Invalid);
                return new Operand(Mode.TypeExpr, n, tn.Type);
            case VarObj v:
                if (v.Pkg == pkg) v.Used = true;
                RecordDependency(v);
                NoteCapture(v);
                if (v.Type == Universe.Invalid) return new Operand(Mode.Invalid, n, Universe.Invalid);
                return new Operand(Mode.Variable, n, v.Type);
            case FuncObj f:
                RecordDependency(f);
                return new Operand(Mode.Value, n, f.Type);
            case BuiltinObj b:
                return new Operand(Mode.Builtin, n, Universe.Invalid) { Builtin = b.Id };
            case NilObj:
                return new Operand(Mode.Value, n, Universe.UntypedNil) { NilValue = true };
            default:
                Error(n, $"undefined: {n.Value}");
                return new Operand(Mode.Invalid, n, Universe.Invalid);
        }
    }

    private Operand BasicLit(Ast.BasicLit lit)
    {
        if (lit.Bad) return new Operand(Mode.Invalid, lit, Universe.Invalid);
        CheckLiteralVersion(lit);
        // No meaningful number needs more digits than this; gc refuses longer ones before converting them.
        const int maxLiteralLength = 10000;
        if (lit.Kind is Ast.LitKind.Int or Ast.LitKind.Float or Ast.LitKind.Imag && lit.Value.Length > maxLiteralLength)
        {
            Error(lit, $"excessively long constant: {lit.Value[..10]}... ({lit.Value.Length} chars)");
            return new Operand(Mode.Invalid, lit, Universe.Invalid);
        }
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
            Error(lit, $"malformed constant: {lit.Value}");
            return new Operand(Mode.Invalid, lit, Universe.Invalid);
        }
        // Literals of a size no constant can have are rejected (gc: "constant overflow" past 512 bits of integer).
        if (v.Kind == ConstKind.Int && v.Int.GetBitLength() > 512)
        {
            Error(lit, $"integer constant overflow");
            return new Operand(Mode.Invalid, lit, Universe.Invalid);
        }
        return new Operand(Mode.Constant, lit, t, v);
    }

    // ---- unary operators ----

    private Operand Unary(Ast.Operation op)
    {
        switch (op.Op)
        {
            case Ast.Operator.Mul:
            {
                // *x: a dereference, or a pointer type.
                var x = RawExpr(op.X, null, true, false);
                Exclude(x, allowType: true, allowBuiltin: true); // *len: cannot indirect len (built-in)
                SingleValue(x);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                if (x.Mode == Mode.TypeExpr)
                {
                    // A pointer type's base is a variable's type: no constraint interface (*interface{ int }).
                    CheckVarType(op.X, x.Type);
                    return new Operand(Mode.TypeExpr, op, new PointerType(x.Type));
                }
                if (x.IsNil) { Error(op.X, "invalid operation: cannot indirect nil"); return new Operand(Mode.Invalid, op, Universe.Invalid); }
                var core = Predicates.CoreType(x.Type);
                if (core is not PointerType p)
                {
                    if (x.Type is TypeParamType && core == null)
                        Error(op.X, $"invalid operation: cannot indirect {Describe(x)}: no core type");
                    else Error(op.X, $"invalid operation: cannot indirect {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                if (p.Elem == Universe.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                return new Operand(Mode.Variable, op, p.Elem);
            }
            case Ast.Operator.And:
            {
                // &x: x must be addressable, or a composite literal.
                var inner = Unparen(op.X);
                if (inner is Ast.CompositeLit)
                {
                    var lit = Expr(op.X);
                    if (lit.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                    return new Operand(Mode.Value, op, new PointerType(lit.Type));
                }
                var x = Expr(op.X);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                if (x.Mode != Mode.Variable)
                {
                    Error(op.X, $"invalid operation: cannot take address of {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                MarkAddressTaken(op.X);
                return new Operand(Mode.Value, op, new PointerType(x.Type));
            }
            case Ast.Operator.Recv:
            {
                var x = Expr(op.X);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                var core = Predicates.CoreType(x.Type);
                if (core == null)
                {
                    Error(op.X, $"invalid operation: cannot receive from {Describe(x)}: no core type");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                if (core is not ChanType ch)
                {
                    Error(op.X, $"invalid operation: cannot receive from non-channel {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                if (ch.Dir == Types.ChanDir.SendOnly)
                {
                    Error(op.X, $"invalid operation: cannot receive from send-only channel {Describe(x)}");
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                hasCallOrRecv = true;
                return new Operand(Mode.CommaOk, op, ch.Elem);
            }
            default:
            {
                var x = Expr(op.X);
                if (x.Invalid) return new Operand(Mode.Invalid, op, Universe.Invalid);
                var ok = op.Op switch
                {
                    Ast.Operator.Add or Ast.Operator.Sub => Predicates.AllNumeric(x.Type),
                    Ast.Operator.Xor => Predicates.AllInteger(x.Type),
                    Ast.Operator.Not => Predicates.AllBoolean(x.Type),
                    _ => false,
                };
                if (!ok)
                {
                    OpError(op, op.Op, x);
                    return new Operand(Mode.Invalid, op, Universe.Invalid);
                }
                if (x.Mode == Mode.Constant)
                {
                    if (x.Value!.IsUnknown) return new Operand(Mode.Constant, op, x.Type, x.Value);
                    var bits = Predicates.IsUnsigned(x.Type) ? (int)Layout.Sizeof(x.Type) * 8 : 0;
                    var v = ConstOps.Unary(op.Op.Text(), x.Value!, bits);
                    var r = new Operand(Mode.Constant, op, x.Type, v ?? ConstValue.Unknown);
                    Overflow(r, op.Pos);
                    return r;
                }
                return new Operand(Mode.Value, op, x.Type);
            }
        }
    }

    /// <summary>"operator - not defined on x (variable of type string)".</summary>
    private void OpError(Ast.Expr e, Ast.Operator op, Operand x)
    {
        if (x.Type is TypeParamType && op != Ast.Operator.Not)
            Error(x.Expr, $"invalid operation: operator {op.Text()} not defined on {Describe(x)}");
        else
            Error(x.Expr, $"invalid operation: operator {op.Text()} not defined on {Describe(x)}");
        _ = e;
    }

    private static Ast.Expr Unparen(Ast.Expr e) => e is Ast.ParenExpr p ? Unparen(p.X) : e;

    /// <summary>&amp;x makes x (and any variable it is a field or element of) live in memory.</summary>
    private void MarkAddressTaken(Ast.Expr e)
    {
        switch (Unparen(e))
        {
            case Ast.Name n when info.Uses.GetValueOrDefault(n) is VarObj v: v.AddressTaken = true; break;
            case Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is { Indirect: false, Kind: SelectionKind.FieldVal }:
                MarkAddressTaken(s.X); break;
            case Ast.IndexExpr ix when info.TypeOf(ix.X)?.Type.Underlying is ArrayType: MarkAddressTaken(ix.X); break;
        }
    }

    // ---- binary operators ----

    private Operand Binary(Ast.Expr e, Ast.Expr lhs, Ast.Expr rhs, Ast.Operator op, bool assignOp = false)
    {
        var x = Expr(lhs);
        var y = Expr(rhs);
        if (x.Invalid || y.Invalid) return new Operand(Mode.Invalid, e, Universe.Invalid);
        if (op is Ast.Operator.Shl or Ast.Operator.Shr) return Shift(e, x, y, op);

        if (CanMix(x, y))
        {
            ConvertUntyped(x, y.Type);
            if (x.Invalid) return new Operand(Mode.Invalid, e, Universe.Invalid);
            ConvertUntyped(y, x.Type);
            if (y.Invalid) return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        if (IsComparison(op)) return Comparison(e, x, y, op, null);

        if (!Predicates.Identical(x.Type, y.Type))
        {
            if (x.Type != Universe.Invalid && y.Type != Universe.Invalid)
                Error(x.Expr, assignOp
                    ? $"invalid operation: {S(lhs)} {op.Text()}= {S(rhs)} (mismatched types {T(x.Type)} and {T(y.Type)})"
                    : $"invalid operation: {S(e)} (mismatched types {T(x.Type)} and {T(y.Type)})");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        var allowed = op switch
        {
            Ast.Operator.Add => Predicates.AllNumericOrString(x.Type),
            Ast.Operator.Sub or Ast.Operator.Mul or Ast.Operator.Div => Predicates.AllNumeric(x.Type),
            Ast.Operator.Rem or Ast.Operator.And or Ast.Operator.Or or Ast.Operator.Xor or Ast.Operator.AndNot => Predicates.AllInteger(x.Type),
            Ast.Operator.AndAnd or Ast.Operator.OrOr => Predicates.AllBoolean(x.Type),
            _ => false,
        };
        if (!allowed)
        {
            OpError(e, op, x);
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        if (op is Ast.Operator.Div or Ast.Operator.Rem)
        {
            if ((x.Mode == Mode.Constant || Predicates.AllInteger(x.Type)) && y.Mode == Mode.Constant && IsZero(y.Value!))
            {
                Error(y.Expr, "invalid operation: division by zero");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
            if (x.Mode == Mode.Constant && y.Mode == Mode.Constant && Predicates.IsComplex(x.Type) && ConstOps.ComplexDivisorUnderflows(y.Value!))
            {
                Error(y.Expr, "invalid operation: division by zero");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
        }
        if (x.Mode == Mode.Constant && y.Mode == Mode.Constant)
        {
            if (x.Value!.IsUnknown || y.Value!.IsUnknown) return new Operand(Mode.Constant, e, x.Type, ConstValue.Unknown);
            var intDiv = Predicates.IsInteger(x.Type);
            var v = ConstOps.Binary(op.Text(), x.Value!, y.Value!, intDiv) ?? ConstValue.Unknown;
            var r = new Operand(Mode.Constant, e, x.Type, v);
            Overflow(r, OpPos(e));
            return r;
        }
        return new Operand(Mode.Value, e, x.Type);
    }

    private static bool IsZero(ConstValue v) => v.Kind switch
    {
        ConstKind.Int => v.Int.IsZero,
        ConstKind.Float => v.Real.Sign == 0,
        ConstKind.Complex => v.Real.Sign == 0 && v.Imag.Sign == 0,
        _ => false,
    };

    /// <summary>Whether untyped operands of a binary operation may be converted to the other's type (go/types' canMix).</summary>
    private static bool CanMix(Operand x, Operand y)
    {
        if (Predicates.IsInterface(x.Type) || Predicates.IsInterface(y.Type)) return true;
        if (Predicates.AllBoolean(x.Type) != Predicates.AllBoolean(y.Type)) return false;
        if (Predicates.AllString(x.Type) != Predicates.AllString(y.Type)) return false;
        if (x.IsNil && !Predicates.HasNil(y.Type)) return false;
        if (y.IsNil && !Predicates.HasNil(x.Type)) return false;
        return true;
    }

    /// <summary>The position of an operation's operator (or the expression's start).</summary>
    private static SourcePos OpPos(Ast.Expr e) => e is Ast.Operation o ? o.Pos : Ast.AstPositions.StartPos(e);

    private static bool IsComparison(Ast.Operator op) =>
        op is Ast.Operator.Eql or Ast.Operator.Neq or Ast.Operator.Lss or Ast.Operator.Leq or Ast.Operator.Gtr or Ast.Operator.Geq;

    /// <summary>A comparison x op y; with <paramref name="switchTag"/>, a switch case compared with the tag (errors worded for switches).</summary>
    private Operand Comparison(Ast.Expr e, Operand x, Operand y, Ast.Operator op, Ast.Expr? switchTag)
    {
        Operand errOp = x;
        string? cause = null;
        var ok = AssignableTo(x, y.Type, out _) || AssignableTo(y, x.Type, out _);
        if (!ok)
        {
            errOp = y;
            cause = $"mismatched types {T(x.Type)} and {T(y.Type)}";
        }
        else if (op is Ast.Operator.Eql or Ast.Operator.Neq)
        {
            if (x.IsNil || y.IsNil)
            {
                var typ = x.IsNil ? y.Type : x.Type;
                if (!Predicates.HasNil(typ) || (x.IsNil && y.IsNil)) { errOp = y; ok = false; }
            }
            else if (!Predicates.Comparable(x.Type)) { errOp = x; cause = IncomparableCause(x.Type); ok = false; }
            else if (!Predicates.Comparable(y.Type)) { errOp = y; cause = IncomparableCause(y.Type); ok = false; }
        }
        else
        {
            if (!Predicates.AllOrdered(x.Type)) { errOp = x; ok = false; }
            else if (!Predicates.AllOrdered(y.Type)) { errOp = y; ok = false; }
        }
        if (!ok)
        {
            if (string.IsNullOrEmpty(cause))
            {
                if (x.Type is TypeParamType || y.Type is TypeParamType)
                {
                    if (x.Type is not TypeParamType) errOp = y;
                    cause = $"type parameter {T(errOp.Type)} is not comparable with {op.Text()}";
                }
                else cause = $"operator {op.Text()} not defined on {KindString(errOp)}";
            }
            if (switchTag != null) Error(x.Expr, $"invalid case {S(x.Expr)} in switch on {S(switchTag)} ({cause})");
            else Error(errOp.Expr, $"invalid operation: {S(x.Expr)} {op.Text()} {S(y.Expr)} ({cause})");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        if (x.Mode == Mode.Constant && y.Mode == Mode.Constant)
        {
            if (x.Value!.IsUnknown || y.Value!.IsUnknown) return new Operand(Mode.Constant, e, Universe.UntypedBool, ConstValue.Unknown);
            return new Operand(Mode.Constant, e, Universe.UntypedBool, ConstValue.Of(ConstOps.Compare(op.Text(), x.Value!, y.Value!)));
        }
        // The operands are materialized with their final (default) types.
        UpdateExprType(x.Expr, Universe.Default(x.Type), true);
        UpdateExprType(y.Expr, Universe.Default(y.Type), true);
        return new Operand(Mode.Value, e, Universe.UntypedBool);
    }

    /// <summary>Why a type cannot be compared: "slice can only be compared to nil", "struct containing []int cannot be compared".</summary>
    private string IncomparableCause(GoType t)
    {
        switch (t.Underlying)
        {
            case SliceType or Signature or MapType: return $"{KindString(t)} can only be compared to nil";
        }
        return IncomparableReason(t, 0) ?? "";
    }

    private string? IncomparableReason(GoType t, int depth)
    {
        if (t is TypeParamType tp) return tp.Iface.TypeSet.IsEmptySet ? "empty type set" : "incomparable types in type set";
        switch (t.Underlying)
        {
            case StructType st:
                foreach (var f in st.Fields)
                    if (!Predicates.Comparable(f.Type)) return $"struct containing {T(f.Type)} cannot be compared";
                return null;
            case ArrayType a:
                return Predicates.Comparable(a.Elem) ? null : $"{T(a)} cannot be compared";
            default:
                return null;
        }
    }

    private string KindString(Operand x) => KindString(x.Type);

    private string KindString(GoType t)
    {
        if (t is TypeParamType) return $"type parameter {T(t)}";
        return t.Underlying switch
        {
            ArrayType => "array",
            SliceType => "slice",
            StructType => "struct",
            PointerType => "pointer",
            Signature => "func",
            InterfaceType => "interface",
            MapType => "map",
            ChanType => "chan",
            _ => T(t),
        };
    }

    // ---- shifts ----

    private Operand Shift(Ast.Expr e, Operand x, Operand y, Ast.Operator op)
    {
        var countToUint = false;
        Operand Valid(Operand r)
        {
            if (countToUint && !r.Invalid) ConvertUntyped(y, Universe.Uint);
            return r;
        }
        ConstValue? xval = null;
        if (x.Mode == Mode.Constant) xval = x.Value!.IsUnknown ? x.Value : x.Value!.ToInt();
        if (!(Predicates.AllInteger(x.Type) || Predicates.IsUntyped(x.Type) && xval != null && (xval.Kind == ConstKind.Int || xval.IsUnknown)))
        {
            Error(x.Expr, $"invalid operation: shifted operand {Describe(x)} must be integer");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        // The count: an integer, or an untyped constant representable as uint.
        if (y.Mode == Mode.Constant)
        {
            var yval = y.Value!.ToInt();
            if (yval != null && yval.Int.Sign < 0)
            {
                Error(y.Expr, $"invalid operation: negative shift count {Describe(y)}");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
            if (Predicates.IsUntyped(y.Type))
            {
                // x << 1. or x << (1+0i): the count becomes a uint constant (so code generation sees an integer).
                Representable(y, Universe.Uint);
                if (y.Invalid) return new Operand(Mode.Invalid, e, Universe.Invalid);
                // x << 1. or x << (1+0i): the count becomes a uint constant (so code generation sees
                // an integer), once the shift is known to be valid (errors describe it as written).
                countToUint = true;
            }
            else if (!Predicates.AllInteger(y.Type))
            {
                Error(y.Expr, $"invalid operation: shift count {Describe(y)} must be integer");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
        }
        else
        {
            if (Predicates.AllInteger(y.Type)) { }
            else if (Predicates.IsUntyped(y.Type))
            {
                ConvertUntyped(y, Universe.Uint);
                if (y.Invalid) return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
            else
            {
                Error(y.Expr, $"invalid operation: shift count {Describe(y)} must be integer");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
            // Signed counts came with go1.13.
            if (!AllowVersion(13) && !Predicates.AllUnsigned(y.Type))
            {
                Error(y.Expr, $"invalid operation: signed shift count {Describe(y)} requires go1.13 or later");
                return new Operand(Mode.Invalid, e, Universe.Invalid);
            }
        }

        if (x.Mode == Mode.Constant)
        {
            if (y.Mode == Mode.Constant)
            {
                var t = Predicates.IsInteger(x.Type) ? x.Type : Universe.UntypedInt;
                if (x.Value!.IsUnknown || y.Value!.IsUnknown) return new Operand(Mode.Constant, e, t, ConstValue.Unknown);
                // A bound on constant shift counts, so the smallest float64 can be expressed (as gc).
                const int shiftBound = 1023 - 1 + 52;
                var count = y.Value!.ToInt()!.Int;
                if (count > shiftBound)
                {
                    Error(y.Expr, $"invalid operation: invalid shift count {Describe(y)}");
                    return new Operand(Mode.Invalid, e, Universe.Invalid);
                }
                var r = new Operand(Mode.Constant, e, t, ConstOps.Shift(op.Text(), xval!, (long)count) ?? ConstValue.Unknown);
                Overflow(r, OpPos(e));
                return Valid(r);
            }
            if (Predicates.IsUntyped(x.Type))
            {
                // A non-constant shift of an untyped constant: the constant gets the type the shift's
                // context gives it (checked when that type is known).
                if (untyped.TryGetValue(x.Expr, out var ui)) ui.IsLhs = true;
                return Valid(new Operand(Mode.Value, e, x.Type));
            }
        }
        if (!Predicates.AllInteger(x.Type))
        {
            Error(x.Expr, $"invalid operation: shifted operand {Describe(x)} must be integer");
            return new Operand(Mode.Invalid, e, Universe.Invalid);
        }
        return Valid(new Operand(Mode.Value, e, x.Type));
    }

    /// <summary>A typed constant result must fit its type; an untyped integer must stay within 512 bits.</summary>
    private void Overflow(Operand x, SourcePos opPos)
    {
        if (x.Mode != Mode.Constant || x.Value == null) return;
        if (x.Value.IsUnknown)
        {
            Error(opPos, "constant result is not representable");
            x.SetInvalid();
            return;
        }
        if (!Predicates.IsUntyped(x.Type) && x.Type.Underlying is BasicType b)
        {
            Representable(x, b);
            return;
        }
        if (x.Value.Kind == ConstKind.Int && System.Numerics.BigInteger.Abs(x.Value.Int).GetBitLength() > 512)
        {
            Error(opPos, $"constant {OpName(x.Expr)} overflow");
            x.SetInvalid();
        }
    }

    /// <summary>The name of an operation for overflow errors: "addition", "shift", ...</summary>
    private static string OpName(Ast.Expr e) => e is Ast.Operation { Y: null, Op: Ast.Operator.Xor } ? "bitwise complement"
        : e is Ast.Operation { Y: null, Op: Ast.Operator.Sub } ? "negation"
        : e is Ast.Operation { Y: not null } o ? o.Op switch
    {
        Ast.Operator.Add => "addition",
        Ast.Operator.Sub => "subtraction",
        Ast.Operator.Xor => "bitwise XOR",
        Ast.Operator.Mul => "multiplication",
        Ast.Operator.Or => "bitwise OR",
        Ast.Operator.And => "bitwise AND",
        Ast.Operator.AndNot => "bitwise AND NOT",
        Ast.Operator.Shl => "shift",
        _ => "",
    } : "";

    // ---- operand descriptions, as gc prints them in messages ----

    private string Describe(Operand x)
    {
        if (x.IsNil)
            return x.Type == Universe.UntypedNil ? "nil" : x.Type == Universe.Invalid ? "nil (with invalid type)" : $"nil (of type {T(x.Type)})";
        var expr = S(x.Expr);
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
            if (x.Type != Universe.Invalid)
            {
                sb.Append(x.Type is NamedType { IsGeneric: true } or Signature { TypeParams.Length: > 0 } ? " of generic type " : " of type ").Append(T(x.Type));
                if (x.Type is TypeParamType tp)
                {
                    sb.Append(" constrained by ").Append(T(tp.Constraint));
                    if (tp.Iface.TypeSet.IsEmptySet) sb.Append(" with empty type set");
                }
            }
            else sb.Append(" with invalid type");
        }
        return sb.Append(')').ToString();
    }
}
