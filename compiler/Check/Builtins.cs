using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// The predeclared functions (len, append, make, ...) and those of package unsafe.
public sealed partial class Checker
{
    private static readonly Dictionary<BuiltinId, (string Name, int NArgs, bool Variadic)> builtinInfo = new()
    {
        [BuiltinId.Append] = ("append", 1, true), [BuiltinId.Cap] = ("cap", 1, false), [BuiltinId.Clear] = ("clear", 1, false),
        [BuiltinId.Close] = ("close", 1, false), [BuiltinId.Complex] = ("complex", 2, false), [BuiltinId.Copy] = ("copy", 2, false),
        [BuiltinId.Delete] = ("delete", 2, false), [BuiltinId.Imag] = ("imag", 1, false), [BuiltinId.Len] = ("len", 1, false),
        [BuiltinId.Make] = ("make", 1, true), [BuiltinId.Max] = ("max", 1, true), [BuiltinId.Min] = ("min", 1, true),
        [BuiltinId.New] = ("new", 1, false), [BuiltinId.Panic] = ("panic", 1, false), [BuiltinId.Print] = ("print", 0, true),
        [BuiltinId.Println] = ("println", 0, true), [BuiltinId.Real] = ("real", 1, false), [BuiltinId.Recover] = ("recover", 0, false),
        [BuiltinId.UnsafeAdd] = ("Add", 2, false), [BuiltinId.UnsafeAlignof] = ("Alignof", 1, false), [BuiltinId.UnsafeOffsetof] = ("Offsetof", 1, false),
        [BuiltinId.UnsafeSizeof] = ("Sizeof", 1, false), [BuiltinId.UnsafeSlice] = ("Slice", 2, false), [BuiltinId.UnsafeSliceData] = ("SliceData", 1, false),
        [BuiltinId.UnsafeString] = ("String", 2, false), [BuiltinId.UnsafeStringData] = ("StringData", 1, false),
    };

    /// <summary>Records the signature a builtin has at this call (on the call's function expression).</summary>
    private void RecordBuiltinType(Ast.CallExpr call, GoType? result, params GoType[] args)
    {
        var ps = new TupleType([.. args.Select(a => new VarObj("", default, null, Universe.Default(a)))]);
        var rs = result == null ? TupleType.Empty : new TupleType([new VarObj("", default, null, result)]);
        var fun = call.Fun;
        while (true)
        {
            info.Types[fun] = new TypeAndValue(Mode.Builtin, new Signature(null, ps, rs, false), null);
            if (fun is Ast.ParenExpr p) { fun = p.X; continue; }
            break;
        }
    }

    private Operand BuiltinCall(Ast.CallExpr call, BuiltinId id)
    {
        var (name, nparams, variadic) = builtinInfo[id];
        Operand Bad() => new(Mode.Invalid, call, Universe.Invalid);
        if (call.HasDots && id != BuiltinId.Append)
        {
            Error(call, $"invalid operation: invalid use of ... with built-in {name}");
            foreach (var a in call.Args) RawExpr(a, null, true, true);
            return Bad();
        }
        var savedHasCall = hasCallOrRecv;
        if (id is BuiltinId.Len or BuiltinId.Cap) hasCallOrRecv = false;
        try
        {
            List<Operand> args = [];
            var nargs = call.Args.Length;
            if (id is not (BuiltinId.Make or BuiltinId.New or BuiltinId.UnsafeOffsetof))
            {
                args = ArgumentList(call.Args);
                nargs = args.Count;
                foreach (var a in args) if (!a.Invalid) NonGeneric(a);
                if (args.Any(a => a.Invalid)) return Bad();
            }
            string? msg = nargs < nparams ? "not enough" : !variadic && nargs > nparams ? "too many" : null;
            if (msg != null)
            {
                Error(call, $"invalid operation: {msg} arguments for {S(call)} (expected {nparams}, found {nargs})");
                return Bad();
            }
            var x = args.Count > 0 ? args[0] : null;
            switch (id)
            {
                case BuiltinId.Append: return Append(call, args);
                case BuiltinId.Len:
                case BuiltinId.Cap: return LenCap(call, id, x!);
                case BuiltinId.Clear:
                {
                    if (!Predicates.UnderIs(x!.Type, u =>
                        {
                            if (u is MapType or SliceType) return true;
                            Error(x.Expr, $"invalid argument: cannot clear {Describe(x)}: argument must be (or constrained by) map or slice");
                            return false;
                        })) return Bad();
                    RecordBuiltinType(call, null, x.Type);
                    return new Operand(Mode.NoValue, call, Universe.Invalid);
                }
                case BuiltinId.Close:
                {
                    if (!Predicates.UnderIs(x!.Type, u =>
                        {
                            if (u is not ChanType ch) { Error(x.Expr, $"invalid operation: cannot close non-channel {Describe(x)}"); return false; }
                            if (ch.Dir == Types.ChanDir.RecvOnly) { Error(x.Expr, $"invalid operation: cannot close receive-only channel {Describe(x)}"); return false; }
                            return true;
                        })) return Bad();
                    RecordBuiltinType(call, null, x.Type);
                    return new Operand(Mode.NoValue, call, Universe.Invalid);
                }
                case BuiltinId.Complex: return ComplexBuiltin(call, x!, args[1]);
                case BuiltinId.Copy:
                {
                    var dst = Predicates.CoreType(x!.Type) as SliceType;
                    var y = args[1];
                    var src0 = Predicates.CoreString(y.Type);
                    if (src0 != null && Predicates.IsString(src0)) src0 = new SliceType(Universe.Byte);
                    var src = src0 as SliceType;
                    if (dst == null || src == null)
                    {
                        Error(x.Expr, $"invalid argument: copy expects slice arguments; found {Describe(x)} and {Describe(y)}");
                        return Bad();
                    }
                    if (!Predicates.Identical(dst.Elem, src.Elem))
                    {
                        Error(x.Expr, $"invalid argument: arguments to copy {Describe(x)} and {Describe(y)} have different element types {T(dst.Elem)} and {T(src.Elem)}");
                        return Bad();
                    }
                    RecordBuiltinType(call, Universe.Int, x.Type, y.Type);
                    return new Operand(Mode.Value, call, Universe.Int);
                }
                case BuiltinId.Delete:
                {
                    GoType? key = null;
                    var map = x!.Type;
                    if (!Predicates.UnderIs(map, u =>
                        {
                            if (u is not MapType m) { Error(x.Expr, $"invalid argument: {Describe(x)} is not a map"); return false; }
                            if (key != null && !Predicates.Identical(m.Key, key)) { Error(x.Expr, $"invalid argument: maps of {Describe(x)} must have identical key types"); return false; }
                            key = m.Key;
                            return true;
                        })) return Bad();
                    var k = args[1];
                    Assignment(k, key!, "argument to delete");
                    if (k.Invalid) return Bad();
                    RecordBuiltinType(call, null, map, key!);
                    return new Operand(Mode.NoValue, call, Universe.Invalid);
                }
                case BuiltinId.Imag:
                case BuiltinId.Real: return RealImag(call, id, x!);
                case BuiltinId.Make: return Make(call);
                case BuiltinId.New:
                {
                    var t = VarType(call.Args[0]);
                    if (t == Universe.Invalid) return Bad();
                    var r = new PointerType(t);
                    RecordBuiltinType(call, r, t);
                    return new Operand(Mode.Value, call, r);
                }
                case BuiltinId.Panic:
                {
                    if (fn != null && fn.Sig.Results.Count > 0) panicCalls.Add(call);
                    Assignment(x!, Universe.Any, "argument to panic");
                    if (x!.Invalid) return Bad();
                    RecordBuiltinType(call, null, Universe.Any);
                    return new Operand(Mode.NoValue, call, Universe.Invalid);
                }
                case BuiltinId.Print:
                case BuiltinId.Println:
                {
                    var types = new List<GoType>();
                    foreach (var a in args)
                    {
                        Assignment(a, null, "argument to " + name);
                        if (a.Invalid) return Bad();
                        types.Add(a.Type);
                    }
                    RecordBuiltinType(call, null, [.. types]);
                    return new Operand(Mode.NoValue, call, Universe.Invalid);
                }
                case BuiltinId.Recover:
                    RecordBuiltinType(call, Universe.Any);
                    return new Operand(Mode.Value, call, Universe.Any);
                case BuiltinId.Max:
                case BuiltinId.Min: return MinMax(call, id, args);
                case BuiltinId.UnsafeAdd:
                {
                    if (!CheckVersion(Ast.AstPositions.StartPos(call.Fun), "unsafe.Add", 17)) return Bad();
                    Assignment(x!, Universe.UnsafePointer, "argument to unsafe.Add");
                    if (x!.Invalid) return Bad();
                    var y = args[1];
                    if (!IsValidIndex(y, "length", true)) return Bad();
                    RecordBuiltinType(call, Universe.UnsafePointer, Universe.UnsafePointer, y.Type);
                    return new Operand(Mode.Value, call, Universe.UnsafePointer);
                }
                case BuiltinId.UnsafeAlignof:
                case BuiltinId.UnsafeSizeof:
                {
                    Assignment(x!, null, $"argument to unsafe.{name}");
                    if (x!.Invalid) return Bad();
                    if (HasVarSize(x.Type))
                    {
                        RecordBuiltinType(call, Universe.Uintptr, x.Type);
                        return new Operand(Mode.Value, call, Universe.Uintptr);
                    }
                    var v = id == BuiltinId.UnsafeSizeof ? Layout.Sizeof(x.Type) : Layout.Alignof(x.Type);
                    return new Operand(Mode.Constant, call, Universe.Uintptr, ConstValue.Of(v));
                }
                case BuiltinId.UnsafeOffsetof: return Offsetof(call);
                case BuiltinId.UnsafeSlice:
                {
                    if (!CheckVersion(Ast.AstPositions.StartPos(call.Fun), "unsafe.Slice", 17)) return Bad();
                    if (x!.Type.Underlying is not PointerType p || x.Type is TypeParamType)
                    {
                        Error(x.Expr, $"invalid argument: {Describe(x)} is not a pointer");
                        return Bad();
                    }
                    var y = args[1];
                    if (!IsValidIndex(y, "length", false)) return Bad();
                    var r = new SliceType(p.Elem);
                    RecordBuiltinType(call, r, p, y.Type);
                    return new Operand(Mode.Value, call, r);
                }
                case BuiltinId.UnsafeSliceData:
                {
                    if (x!.Type.Underlying is not SliceType s || x.Type is TypeParamType)
                    {
                        Error(x.Expr, $"invalid argument: {Describe(x)} is not a slice");
                        return Bad();
                    }
                    var r = new PointerType(s.Elem);
                    RecordBuiltinType(call, r, x.Type);
                    return new Operand(Mode.Value, call, r);
                }
                case BuiltinId.UnsafeString:
                {
                    Assignment(x!, new PointerType(Universe.Byte), "argument to unsafe.String");
                    if (x!.Invalid) return Bad();
                    var y = args[1];
                    if (!IsValidIndex(y, "length", false)) return Bad();
                    RecordBuiltinType(call, Universe.String, x.Type, y.Type);
                    return new Operand(Mode.Value, call, Universe.String);
                }
                case BuiltinId.UnsafeStringData:
                {
                    Assignment(x!, Universe.String, "argument to unsafe.StringData");
                    if (x!.Invalid) return Bad();
                    var r = new PointerType(Universe.Byte);
                    RecordBuiltinType(call, r, Universe.String);
                    return new Operand(Mode.Value, call, r);
                }
                default:
                    return Bad();
            }
        }
        finally
        {
            if (id is BuiltinId.Len or BuiltinId.Cap) hasCallOrRecv = savedHasCall;
        }
    }

    /// <summary>Calls of panic in functions with results (a call of the builtin panic terminates a statement list).</summary>
    private readonly HashSet<Ast.CallExpr> panicCalls = new(ReferenceEqualityComparer.Instance);

    private Operand Append(Ast.CallExpr call, List<Operand> args)
    {
        var x = args[0];
        var s = x.Type;
        if (Predicates.CoreType(s) is not SliceType st)
        {
            string cause;
            if (x.IsNil) cause = "have untyped nil";
            else if (s is TypeParamType)
                cause = Predicates.CoreType(s) is { } u ? $"{Describe(x)} has core type {T(u)}" : $"{Describe(x)} has no core type";
            else cause = $"have {Describe(x)}";
            Error(x.Expr, $"first argument to append must be a slice; {cause}");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        // append([]byte, string...) appends the bytes of the string.
        if (args.Count == 2 && call.HasDots && AssignableTo(x, new SliceType(Universe.Byte)))
        {
            var y = args[1];
            if (Predicates.CoreString(y.Type) is { } cs && Predicates.IsString(cs))
            {
                if (Predicates.IsUntyped(y.Type)) { ConvertUntyped(y, Universe.String); }
                var bsig = new Signature(null, new TupleType([new VarObj("", default, null, s), new VarObj("", default, null, y.Type)]),
                    new TupleType([new VarObj("", default, null, s)]), true);
                SetFunType(call, bsig);
                return new Operand(Mode.Value, call, s);
            }
        }
        var sig = new Signature(null, new TupleType([new VarObj("", default, null, s), new VarObj("", default, null, new SliceType(st.Elem))]),
            new TupleType([new VarObj("", default, null, s)]), true);
        Arguments(call, sig, null, [], args);
        SetFunType(call, sig);
        return new Operand(Mode.Value, call, s);
    }

    private void SetFunType(Ast.CallExpr call, Signature sig)
    {
        var fun = call.Fun;
        while (true)
        {
            info.Types[fun] = new TypeAndValue(Mode.Builtin, sig, null);
            if (fun is Ast.ParenExpr p) { fun = p.X; continue; }
            break;
        }
    }

    private Operand LenCap(Ast.CallExpr call, BuiltinId id, Operand x)
    {
        var name = id == BuiltinId.Len ? "len" : "cap";
        var mode = Mode.Invalid;
        ConstValue? val = null;
        static GoType ArrayPtrDeref(GoType u) => u is PointerType { Elem: var e } && e.Underlying is ArrayType a ? a : u;
        switch (x.Type is TypeParamType ? null : ArrayPtrDeref(x.Type.Underlying))
        {
            case BasicType b when b.Is(BasicInfo.IsString) && id == BuiltinId.Len:
                if (x.Mode == Mode.Constant) { mode = Mode.Constant; val = ConstValue.Of(x.Value!.Str.Length); }
                else mode = Mode.Value;
                break;
            case ArrayType a:
                mode = Mode.Value;
                // len and cap of arrays are constant unless the expression has calls or receives.
                if (!hasCallOrRecv) { mode = Mode.Constant; val = ConstValue.Of(a.Len); }
                break;
            case SliceType or ChanType:
                mode = Mode.Value;
                break;
            case MapType when id == BuiltinId.Len:
                mode = Mode.Value;
                break;
            case null when x.Type is TypeParamType:
                if (Predicates.UnderIs(x.Type, u => ArrayPtrDeref(u ?? Universe.Invalid) switch
                    {
                        BasicType b => b.Is(BasicInfo.IsString) && id == BuiltinId.Len,
                        ArrayType or SliceType or ChanType => true,
                        MapType => id == BuiltinId.Len,
                        _ => false,
                    }))
                    mode = Mode.Value;
                break;
        }
        if (mode == Mode.Invalid)
        {
            if (x.Type.Underlying != Universe.Invalid) Error(x.Expr, $"invalid argument: {Describe(x)} for {name}");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        if (mode != Mode.Constant) RecordBuiltinType(call, Universe.Int, x.Type);
        if (Predicates.IsUntyped(x.Type) && mode != Mode.Constant) ConvertUntyped(x, Universe.String);
        return new Operand(mode, call, Universe.Int, val);
    }

    private Operand ComplexBuiltin(Ast.CallExpr call, Operand x, Operand y)
    {
        var d = (Predicates.IsUntyped(x.Type) ? 1 : 0) | (Predicates.IsUntyped(y.Type) ? 2 : 0);
        switch (d)
        {
            case 1: ConvertUntyped(x, y.Type); break;
            case 2: ConvertUntyped(y, x.Type); break;
            case 3:
                if (x.Mode == Mode.Constant && y.Mode == Mode.Constant)
                {
                    static void ToFloat(Operand o)
                    {
                        if (Predicates.IsBasic(o.Type, BasicInfo.IsNumeric) && (o.Value!.Kind != ConstKind.Complex || o.Value.Imag.Sign == 0))
                            o.Type = Universe.UntypedFloat;
                    }
                    ToFloat(x);
                    ToFloat(y);
                }
                else
                {
                    ConvertUntyped(x, Universe.Float64);
                    ConvertUntyped(y, Universe.Float64);
                }
                break;
        }
        if (x.Invalid || y.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
        if (!Predicates.Identical(x.Type, y.Type))
        {
            Error(x.Expr, $"invalid operation: {S(call)} (mismatched types {T(x.Type)} and {T(y.Type)})");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        static GoType? F(GoType t) => t is TypeParamType ? null : t.Underlying switch
        {
            BasicType { Kind: BasicKind.Float32 } => Universe.Complex64,
            BasicType { Kind: BasicKind.Float64 } => Universe.Complex128,
            BasicType { Kind: BasicKind.UntypedFloat } => Universe.UntypedComplex,
            _ => null,
        };
        var res = ApplyTypeFunc(F, x, "complex");
        if (res == null)
        {
            Error(x.Expr, $"invalid argument: arguments have type {T(x.Type)}, expected floating-point");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        if (x.Mode == Mode.Constant && y.Mode == Mode.Constant)
        {
            var re = x.Value!.ToFloat();
            var im = y.Value!.ToFloat();
            if (re == null || im == null) return new Operand(Mode.Constant, call, res, ConstValue.Unknown);
            return new Operand(Mode.Constant, call, res, ConstValue.OfComplex(re.Real, im.Real));
        }
        RecordBuiltinType(call, res, x.Type, x.Type);
        return new Operand(Mode.Value, call, res);
    }

    private Operand RealImag(Ast.CallExpr call, BuiltinId id, Operand x)
    {
        if (Predicates.IsUntyped(x.Type))
        {
            if (x.Mode == Mode.Constant)
            {
                if (Predicates.IsBasic(x.Type, BasicInfo.IsNumeric)) x.Type = Universe.UntypedComplex;
            }
            else
            {
                ConvertUntyped(x, Universe.Complex128);
                if (x.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
            }
        }
        static GoType? F(GoType t) => t is TypeParamType ? null : t.Underlying switch
        {
            BasicType { Kind: BasicKind.Complex64 } => Universe.Float32,
            BasicType { Kind: BasicKind.Complex128 } => Universe.Float64,
            BasicType { Kind: BasicKind.UntypedComplex } => Universe.UntypedFloat,
            _ => null,
        };
        var res = ApplyTypeFunc(F, x, id == BuiltinId.Real ? "real" : "imag");
        if (res == null)
        {
            Error(x.Expr, $"invalid argument: argument has type {T(x.Type)}, expected complex type");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        if (x.Mode == Mode.Constant)
        {
            var c = x.Value!.ToComplex();
            if (c == null) return new Operand(Mode.Constant, call, res, ConstValue.Unknown);
            return new Operand(Mode.Constant, call, res, ConstValue.OfFloat(id == BuiltinId.Real ? c.Real : c.Imag));
        }
        RecordBuiltinType(call, res, x.Type);
        return new Operand(Mode.Value, call, res);
    }

    /// <summary>
    /// f applied to x's type; for a type parameter, to each type of its type set (a new type parameter
    /// of the results). The type parameter case is checked through, but reported: gc (1.19 as later
    /// ones) does not support it yet.
    /// </summary>
    private GoType? ApplyTypeFunc(Func<GoType, GoType?> f, Operand x, string builtin)
    {
        if (x.Type is not TypeParamType tp) return f(x.Type);
        var terms = tp.Iface.TypeSet.Terms;
        if (terms == null) return null;
        var result = new List<Term>();
        foreach (var t in terms.Value)
        {
            if (f(t.Type) is not { } r) return null;
            result.Add(new Term(t.Tilde, r));
        }
        ErrorAt(x.Expr, $"{Describe(x)} not supported as argument to {builtin} for go1.18 (see issue #50937)");
        var tn = new TypeNameObj(tp.Obj.Name, default, pkg, Universe.Invalid);
        var ntp = new TypeParamType(tn, tp.Index) { Constraint = new InterfaceType([], [new UnionType([.. result])]) };
        tn.Type = ntp;
        return ntp;
    }

    private Operand Make(Ast.CallExpr call)
    {
        var arg0 = call.Args[0];
        var t = VarType(arg0);
        if (t == Universe.Invalid) { foreach (var a in call.Args.Skip(1)) Expr(a); return new Operand(Mode.Invalid, call, Universe.Invalid); }
        int min;
        switch (Predicates.CoreType(t))
        {
            case SliceType: min = 2; break;
            case MapType or ChanType: min = 1; break;
            case null:
                Error(arg0, $"invalid argument: cannot make {S(arg0)}: no core type");
                return new Operand(Mode.Invalid, call, Universe.Invalid);
            default:
                Error(arg0, $"invalid argument: cannot make {S(arg0)}; type must be slice, map, or channel");
                return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        var nargs = call.Args.Length;
        if (nargs < min || min + 1 < nargs)
        {
            Error(call, $"invalid operation: {S(call)} expects {min} or {min + 1} arguments; found {nargs}");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        var types = new List<GoType> { t };
        var sizes = new List<long>();
        foreach (var a in call.Args.Skip(1))
        {
            var size = Index(a, -1);
            types.Add(info.TypeOf(a)?.Type ?? Universe.Invalid);
            if (size >= 0) sizes.Add(size);
        }
        if (sizes.Count == 2 && sizes[0] > sizes[1]) Error(call.Args[1], "invalid argument: length and capacity swapped");
        RecordBuiltinType(call, t, [.. types]);
        return new Operand(Mode.Value, call, t);
    }

    private Operand MinMax(Ast.CallExpr call, BuiltinId id, List<Operand> args)
    {
        var name = id == BuiltinId.Max ? "max" : "min";
        Operand x = args[0];
        for (int i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (!Predicates.AllOrdered(a.Type))
            {
                Error(a.Expr, $"invalid argument: {Describe(a)} cannot be ordered");
                return new Operand(Mode.Invalid, call, Universe.Invalid);
            }
            if (i == 0) { x = a.Copy(); continue; }
            if (CanMix(x, a))
            {
                ConvertUntyped(x, a.Type);
                if (x.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
                ConvertUntyped(a, x.Type);
                if (a.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
            }
            if (!Predicates.Identical(x.Type, a.Type))
            {
                Error(a.Expr, $"invalid argument: mismatched types {T(x.Type)} (previous argument) and {T(a.Type)} (type of {S(a.Expr)})");
                return new Operand(Mode.Invalid, call, Universe.Invalid);
            }
            if (x.Mode == Mode.Constant && a.Mode == Mode.Constant)
            {
                if (!x.Value!.IsUnknown && !a.Value!.IsUnknown && ConstOps.Compare(id == BuiltinId.Max ? ">" : "<", a.Value, x.Value)) x = a.Copy();
            }
            else x.Mode = Mode.Value;
        }
        if (x.Mode != Mode.Constant)
        {
            x.Mode = Mode.Value;
            Assignment(x, Universe.Any, "argument to " + name);
            if (x.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        foreach (var a in args) UpdateExprType(a.Expr, x.Type, true);
        if (x.Mode != Mode.Constant) RecordBuiltinType(call, x.Type, [.. args.Select(_ => x.Type)]);
        return new Operand(x.Mode, call, x.Type, x.Mode == Mode.Constant ? x.Value : null);
    }

    private Operand Offsetof(Ast.CallExpr call)
    {
        var arg0 = call.Args[0];
        if (Unparen(arg0) is not Ast.SelectorExpr selx)
        {
            Error(arg0, $"invalid argument: {S(arg0)} is not a selector expression");
            RawExpr(arg0, null, true, true);
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        var x = Expr(selx.X);
        if (x.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
        var baseType = x.Type.Underlying is PointerType p && p.Elem.Underlying is StructType ? p.Elem : x.Type;
        var sel = selx.Sel.Value;
        // A type made invalid (an invalid recursive type) was reported at its declaration.
        if (baseType.Underlying == Universe.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
        var r = LookupFieldOrMethod(baseType, false, pkg, sel);
        if (r.Obj == null)
        {
            Error(x.Expr, $"invalid argument: {T(baseType)} has no single field {sel}");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        if (r.Obj is FuncObj)
        {
            Error(arg0, $"invalid argument: {S(arg0)} is a method value");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        if (r.Indirect)
        {
            Error(x.Expr, $"invalid argument: field {sel} is embedded via a pointer in {T(baseType)}");
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        info.Selections[selx] = new Selection(SelectionKind.FieldVal, baseType, r.Obj, r.Index, false);
        info.Uses[selx.Sel] = r.Obj;
        info.Types[selx] = new TypeAndValue(x.Mode == Mode.Variable ? Mode.Variable : Mode.Value, r.Obj.Type, null);
        if (HasVarSize(baseType))
        {
            RecordBuiltinType(call, Universe.Uintptr, r.Obj.Type);
            return new Operand(Mode.Value, call, Universe.Uintptr);
        }
        // The offset of a promoted field adds the offsets along the path.
        long off = 0;
        GoType t = baseType;
        foreach (var i in r.Index)
        {
            var st = (StructType)t.Underlying;
            off += Layout.Offsets(st)[i];
            t = st.Fields[i].Type;
        }
        return new Operand(Mode.Constant, call, Universe.Uintptr, ConstValue.Of(off));
    }

    /// <summary>
    /// Whether a type's size depends on type parameters (Sizeof is then not constant). A named type met
    /// again inside itself (an invalid recursive type, reported at its declaration) has no size either.
    /// </summary>
    private static bool HasVarSize(GoType t) => HasVarSize(t, new(ReferenceEqualityComparer.Instance), 0);

    private static bool HasVarSize(GoType t, Dictionary<NamedType, bool> seen, int depth)
    {
        // Instances made anew at each level nest without end: as variable as a cycle.
        if (depth > 100) return true;
        if (t is TypeParamType) return true;
        if (t is NamedType n)
        {
            if (seen.TryGetValue(n, out var known)) return known;
            seen[n] = true; // cyclic until shown otherwise
            return seen[n] = HasVarSizeUnder(n, seen, depth);
        }
        return HasVarSizeUnder(t, seen, depth);
    }

    private static bool HasVarSizeUnder(GoType t, Dictionary<NamedType, bool> seen, int depth) => t.Underlying switch
    {
        ArrayType a => HasVarSize(a.Elem, seen, depth + 1),
        StructType s => s.Fields.Any(f => HasVarSize(f.Type, seen, depth + 1)),
        _ => false,
    };
}
