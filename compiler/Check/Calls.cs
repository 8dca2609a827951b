using System.Collections.Immutable;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Calls: function calls, conversions T(x), builtins.
public sealed partial class Checker
{
    private Operand Call(Ast.CallExpr call)
    {
        var f = RawExpr(call.Fun, null, true);
        if (f.Invalid)
        {
            foreach (var a in call.Args) RawExpr(a, null, true);
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        if (f.Mode == Mode.TypeExpr) return Conversion(call, f.Type);
        if (f.Mode == Mode.Builtin) return BuiltinCall(call, f.Builtin);

        if (f.Type.Underlying is not Signature sig)
        {
            Error(call, $"invalid operation: cannot call non-function {Describe(f)}");
            foreach (var a in call.Args) RawExpr(a, null, true);
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        Arguments(call, sig, S(call.Fun));
        if (sig.Results.Count == 0) return new Operand(Mode.NoValue, call, Universe.Invalid);
        if (sig.Results.Count == 1) return new Operand(Mode.Value, call, sig.Results[0]);
        return new Operand(Mode.Value, call, sig.Results);
    }

    /// <summary>Checks a call's arguments against the parameters (f(g()) with a multi-value g too).</summary>
    private void Arguments(Ast.CallExpr call, Signature sig, string fname)
    {
        var args = new List<Operand>();
        if (call.Args.Length == 1 && !call.HasDots)
        {
            var x = MultiExpr(call.Args[0]);
            if (x.Type is TupleType tt && x.Mode == Mode.Value)
            {
                for (int i = 0; i < tt.Count; i++) args.Add(new Operand(Mode.Value, call.Args[0], tt[i]));
            }
            else
            {
                SingleValue(x);
                args.Add(x);
            }
        }
        else
            foreach (var a in call.Args) args.Add(Expr(a, null));
        if (args.Any(a => a.Invalid)) return;

        var ps = sig.Params;
        int nparams = ps.Count;
        if (call.HasDots)
        {
            if (!sig.Variadic)
            {
                Error(call.Args[^1], $"have (...) but function is not variadic: {fname}");
                return;
            }
            if (args.Count != nparams) { CountError(call, sig, args, fname, args.Count < nparams); return; }
            for (int i = 0; i < args.Count; i++) Assignment(args[i], ps[i], $"argument to {fname}");
            return;
        }
        if (sig.Variadic)
        {
            if (args.Count < nparams - 1) { CountError(call, sig, args, fname, true); return; }
            for (int i = 0; i < nparams - 1; i++) Assignment(args[i], ps[i], $"argument to {fname}");
            var elem = ((SliceType)ps[nparams - 1]).Elem;
            for (int i = nparams - 1; i < args.Count; i++) Assignment(args[i], elem, $"argument to {fname}");
            return;
        }
        if (args.Count != nparams) { CountError(call, sig, args, fname, args.Count < nparams); return; }
        for (int i = 0; i < args.Count; i++) Assignment(args[i], ps[i], $"argument to {fname}");
    }

    private void CountError(Ast.CallExpr call, Signature sig, List<Operand> args, string fname, bool notEnough)
    {
        var have = "(" + string.Join(", ", args.Select(a => Predicates.IsUntyped(a.Type) && a.Mode == Mode.Constant ? "number" : T(a.Type))) + ")";
        var want = "(" + string.Join(", ", sig.Params.Vars.Select((v, i) => sig.Variadic && i == sig.Params.Count - 1 ? "..." + T(((SliceType)v.Type).Elem) : T(v.Type))) + ")";
        var at = notEnough ? (Gosharp.Common.Diagnostics.SourcePos)CallRparen(call) : call.Args[sig.Params.Count].Pos;
        Error(at, $"{(notEnough ? "not enough" : "too many")} arguments in call to {fname}\n\thave {have}\n\twant {want}");
    }

    /// <summary>gc reports "not enough arguments" at the closing parenthesis; the AST keeps the '(' only, so use the last argument or the call.</summary>
    private static Gosharp.Common.Diagnostics.SourcePos CallRparen(Ast.CallExpr call) =>
        call.Args.Length > 0 ? call.Args[^1].Pos : call.Pos;

    private Operand Conversion(Ast.CallExpr call, GoType t)
    {
        if (call.Args.Length != 1 || call.HasDots)
        {
            if (call.Args.Length == 0) Error(call, $"missing argument in conversion to {T(t)}");
            else Error(call.Args[^1], $"too many arguments in conversion to {T(t)}");
            foreach (var a in call.Args) Expr(a, null);
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        var x = Expr(call.Args[0], null);
        if (x.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
        if (x.Mode == Mode.Constant && Predicates.IsConstType(t))
        {
            // A constant conversion yields a typed constant.
            var tb = (BasicType)t.Underlying;
            ConstValue? v = null;
            if (Predicates.IsString(t) && (Predicates.IsInteger(x.Type) || Predicates.IsUntyped(x.Type) && x.Value!.Kind == ConstKind.Int))
            {
                // string(rune): the UTF-8 encoding, or "\uFFFD" for invalid code points.
                var sb = new System.Text.StringBuilder();
                var i = x.Value!.ToInt()!.Int;
                ByteString.AppendRune(sb, i < 0 || i > 0x10FFFF ? 0xFFFD : (int)i);
                v = ConstValue.Of(sb.ToString());
            }
            else if (ConstConvertible(x, tb))
            {
                var src = x.Value!;
                if (Predicates.IsInteger(t) && src.Kind != ConstKind.Int)
                {
                    var iv = src.ToInt();
                    if (iv == null) { Error(x.Expr, $"cannot convert {Describe(x)} to type {T(t)} (truncated)"); return new Operand(Mode.Invalid, call, Universe.Invalid); }
                    src = iv;
                }
                var fit = ConstOps.Representable(src, tb, out var r);
                if (fit != ConstOps.Fit.Ok)
                {
                    Error(x.Expr, $"cannot convert {Describe(x)} to type {T(t)} ({(fit == ConstOps.Fit.Truncated ? "truncated" : "overflows")})");
                    return new Operand(Mode.Invalid, call, Universe.Invalid);
                }
                v = r;
            }
            if (v != null)
            {
                UpdateExprType(x.Expr, Predicates.IsUntyped(x.Type) && Predicates.IsString(t) && !Predicates.IsString(x.Type) ? Universe.Default(x.Type) : t);
                return new Operand(Mode.Constant, call, t, v);
            }
        }
        if (!Convertible(x, t))
        {
            Error(call, $"cannot convert {Describe(x)} to type {T(t)}");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        if (Predicates.IsUntyped(x.Type))
        {
            var final = x.Type == Universe.UntypedNil || t.Underlying is InterfaceType || (Predicates.IsString(t) && !Predicates.IsString(x.Type)) ? Universe.Default(x.Type) : t;
            if (x.Type == Universe.UntypedNil) final = t;
            x.Type = final;
            UpdateExprType(x.Expr, final);
        }
        return new Operand(Mode.Value, call, t);
    }

    private static bool ConstConvertible(Operand x, BasicType t) =>
        (Predicates.IsNumeric(x.Type) && t.Is(BasicInfo.IsNumeric)) ||
        (Predicates.IsString(x.Type) && t.Is(BasicInfo.IsString)) ||
        (Predicates.IsBoolean(x.Type) && t.Is(BasicInfo.IsBoolean));

    /// <summary>The spec's conversion rules for non-constant values.</summary>
    private bool Convertible(Operand x, GoType t)
    {
        if (AssignableTo(x, t)) return true;
        var (v, vu, tu) = (x.Type, x.Type.Underlying, t.Underlying);
        if (Predicates.IsUntyped(v) && v != Universe.UntypedNil) v = vu = Universe.Default(v);
        if (IdenticalIgnoreTags(vu, tu)) return true;
        if (v is PointerType vp && t is PointerType tp && IdenticalIgnoreTags(vp.Elem.Underlying, tp.Elem.Underlying)) return true;
        if ((Predicates.IsInteger(v) || Predicates.IsFloat(v)) && (Predicates.IsInteger(t) || Predicates.IsFloat(t))) return true;
        if (Predicates.IsComplex(v) && Predicates.IsComplex(t)) return true;
        if (Predicates.IsString(t) && (Predicates.IsInteger(v) || IsBytesOrRunes(vu))) return true;
        if (Predicates.IsString(v) && IsBytesOrRunes(tu)) return true;
        // unsafe.Pointer <-> pointers and uintptr.
        var tUnsafe = tu is BasicType { Kind: BasicKind.UnsafePointer };
        var vUnsafe = vu is BasicType { Kind: BasicKind.UnsafePointer };
        if ((vu is PointerType || vu is BasicType { Kind: BasicKind.Uintptr }) && tUnsafe) return true;
        if (vUnsafe && (tu is PointerType || tu is BasicType { Kind: BasicKind.Uintptr })) return true;
        // Slice to array or array pointer (Go 1.20 / 1.17).
        if (vu is SliceType s && tu is ArrayType a && Predicates.Identical(s.Elem, a.Elem)) return true;
        if (vu is SliceType s2 && tu is PointerType { Elem: var pe } && pe.Underlying is ArrayType a2 && Predicates.Identical(s2.Elem, a2.Elem)) return true;
        return false;
    }

    private static bool IsBytesOrRunes(GoType u) =>
        u is SliceType s && s.Elem.Underlying is BasicType { Kind: BasicKind.Uint8 or BasicKind.Int32 };

    private static bool IdenticalIgnoreTags(GoType x, GoType y)
    {
        if (x is StructType sx && y is StructType sy)
        {
            if (sx.Fields.Length != sy.Fields.Length) return false;
            for (int i = 0; i < sx.Fields.Length; i++)
                if (sx.Fields[i].Name != sy.Fields[i].Name || sx.Fields[i].Embedded != sy.Fields[i].Embedded || !Predicates.Identical(sx.Fields[i].Type, sy.Fields[i].Type))
                    return false;
            return true;
        }
        return Predicates.Identical(x, y);
    }

    // ---- builtins ----

    private Operand BuiltinCall(Ast.CallExpr call, BuiltinId id)
    {
        var name = S(call.Fun);
        Operand Bad() => new(Mode.Invalid, call, Universe.Invalid);
        bool Count(int min, int max)
        {
            if (call.Args.Length < min) { Error(call, $"not enough arguments for {S(call)} (expected {min}, found {call.Args.Length})"); return false; }
            if (call.Args.Length > max) { Error(call.Args[max], $"too many arguments for {S(call)} (expected {max}, found {call.Args.Length})"); return false; }
            return true;
        }
        if (call.HasDots && id != BuiltinId.Append)
        {
            Error(call, $"invalid operation: invalid use of ... with built-in {name}");
            foreach (var a in call.Args) Expr(a, null);
            return Bad();
        }
        switch (id)
        {
            case BuiltinId.Print:
            case BuiltinId.Println:
                foreach (var a in call.Args)
                {
                    var x = Expr(a, null);
                    if (x.Invalid) continue;
                    if (x.Type == Universe.UntypedNil) { Error(a, "use of untyped nil in argument to built-in " + name); continue; }
                    if (Predicates.IsUntyped(x.Type))
                    {
                        var d = Universe.Default(x.Type);
                        Assignment(x, d, "argument to built-in " + name);
                    }
                }
                return new Operand(Mode.NoValue, call, Universe.Invalid);
            case BuiltinId.Len:
            case BuiltinId.Cap:
            {
                if (!Count(1, 1)) { foreach (var a in call.Args) Expr(a, null); return Bad(); }
                var x = Expr(call.Args[0], null);
                if (x.Invalid) return Bad();
                var u = x.Type.Underlying is PointerType { Elem: var pe } && pe.Underlying is ArrayType ? pe.Underlying : x.Type.Underlying;
                var ok = u switch
                {
                    BasicType b => id == BuiltinId.Len && b.Is(BasicInfo.IsString),
                    ArrayType or SliceType or ChanType => true,
                    MapType => id == BuiltinId.Len,
                    _ => false,
                };
                if (!ok)
                {
                    Error(x.Expr, $"invalid argument: {Describe(x)} for built-in {name}");
                    return Bad();
                }
                if (x.Mode == Mode.Constant && Predicates.IsString(x.Type))
                    return new Operand(Mode.Constant, call, Universe.Int, ConstValue.Of(x.Value!.Str.Length));
                if (u is ArrayType arr && !ContainsCallsOrReceives(call.Args[0]))
                    return new Operand(Mode.Constant, call, Universe.Int, ConstValue.Of(arr.Len));
                if (Predicates.IsUntyped(x.Type)) Assignment(x, Universe.String, "argument to built-in len");
                return new Operand(Mode.Value, call, Universe.Int);
            }
            case BuiltinId.Panic:
            {
                if (!Count(1, 1)) { foreach (var a in call.Args) Expr(a, null); return Bad(); }
                var x = Expr(call.Args[0], null);
                if (!x.Invalid) Assignment(x, Universe.Any, "argument to built-in panic");
                return new Operand(Mode.NoValue, call, Universe.Invalid);
            }
            case BuiltinId.New:
            {
                if (!Count(1, 1)) return Bad();
                var t = TypeExpr(call.Args[0]);
                return t == Universe.Invalid ? Bad() : new Operand(Mode.Value, call, new PointerType(t));
            }
            case BuiltinId.UnsafeSizeof:
            case BuiltinId.UnsafeAlignof:
            {
                if (!Count(1, 1)) return Bad();
                var x = Expr(call.Args[0], null);
                if (x.Invalid) return Bad();
                if (Predicates.IsUntyped(x.Type)) DefaultType(x);
                var v = id == BuiltinId.UnsafeSizeof ? Layout.Sizeof(x.Type) : Layout.Alignof(x.Type);
                return new Operand(Mode.Constant, call, Universe.Uintptr, ConstValue.Of(v));
            }
            default:
                Error(call, $"built-in {name} is not supported by gosharp yet");
                foreach (var a in call.Args) RawExpr(a, null, true);
                return Bad();
        }
    }

    /// <summary>len(arr) is constant unless its argument contains calls or channel receives (the spec's rule).</summary>
    private static bool ContainsCallsOrReceives(Ast.Expr e) => e switch
    {
        Ast.CallExpr => true,
        Ast.Operation { Op: Ast.Operator.Recv, Y: null } => true,
        Ast.Operation o => ContainsCallsOrReceives(o.X) || (o.Y != null && ContainsCallsOrReceives(o.Y)),
        Ast.ParenExpr p => ContainsCallsOrReceives(p.X),
        Ast.SelectorExpr s => ContainsCallsOrReceives(s.X),
        Ast.IndexExpr i => ContainsCallsOrReceives(i.X) || ContainsCallsOrReceives(i.Index),
        _ => false,
    };

    private static ImmutableArray<Ast.Expr> NoArgs => [];
}
