using System.Collections.Immutable;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Calls: function and method calls (with type inference for generic functions), conversions T(x).
public sealed partial class Checker
{
    /// <summary>Whether the last call expression checked was a conversion, a builtin without effects, or a real call (for expression statements and go/defer).</summary>
    private enum ExprKind { Conversion, Expression, Statement }

    private readonly Dictionary<Ast.CallExpr, ExprKind> callKinds = new(ReferenceEqualityComparer.Instance);

    /// <summary>Set when the expression being checked contains a call or a receive (len of an array is then not constant).</summary>
    private bool hasCallOrRecv;

    private Operand Call(Ast.CallExpr call)
    {
        var r = CallInner(call);
        if (!callKinds.ContainsKey(call)) callKinds[call] = ExprKind.Statement;
        return r;
    }

    private Operand CallInner(Ast.CallExpr call)
    {
        Operand f;
        Ast.IndexExpr? partial = null;
        if (call.Fun is Ast.IndexExpr iexpr)
        {
            f = RawExpr(iexpr, null, true, true);
            if (f.Mode == Mode.Value && f.Type is Signature { TypeParams.Length: > 0 } && partialInstances.ContainsKey(iexpr)) partial = iexpr;
        }
        else f = RawExpr(call.Fun, null, true, true);
        if (f.Mode != Mode.TypeExpr) SingleValue(f);
        switch (f.Mode)
        {
            case Mode.Invalid:
                foreach (var a in call.Args) RawExpr(a, null, true, true);
                return new Operand(Mode.Invalid, call, Universe.Invalid);
            case Mode.TypeExpr:
            {
                callKinds[call] = ExprKind.Conversion;
                NonGeneric(f);
                if (f.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
                var t = f.Type;
                switch (call.Args.Length)
                {
                    case 0:
                        Error(call, $"missing argument in conversion to {T(t)}");
                        return new Operand(Mode.Invalid, call, Universe.Invalid);
                    case 1:
                    {
                        var x = Expr(call.Args[0]);
                        if (x.Invalid) return new Operand(Mode.Invalid, call, Universe.Invalid);
                        if (t is not TypeParamType && t.Underlying is InterfaceType ti && !ti.IsMethodSet)
                        {
                            Error(call, $"cannot use interface {T(t)} in conversion (contains specific type constraints or is comparable)");
                            return new Operand(Mode.Invalid, call, Universe.Invalid);
                        }
                        if (call.HasDots)
                        {
                            Error(call.Args[0], $"invalid use of ... in conversion to {T(t)}");
                            return new Operand(Mode.Invalid, call, Universe.Invalid);
                        }
                        Conversion(x, t);
                        x.Expr = call;
                        return x;
                    }
                    default:
                        foreach (var a in call.Args) RawExpr(a, null, true, true);
                        Error(call.Args[^1], $"too many arguments in conversion to {T(t)}");
                        return new Operand(Mode.Invalid, call, Universe.Invalid);
                }
            }
            case Mode.Builtin:
            {
                var r = BuiltinCall(call, f.Builtin);
                callKinds[call] = BuiltinKind(f.Builtin);
                if (!r.Invalid && r.Mode != Mode.Constant) hasCallOrRecv = true;
                return r;
            }
        }

        var sig = Predicates.CoreType(f.Type) as Signature;
        if (sig == null)
        {
            Error(f.Expr, $"invalid operation: cannot call non-function {Describe(f)}");
            foreach (var a in call.Args) RawExpr(a, null, true, true);
            return new Operand(Mode.Invalid, call, Universe.Invalid);
        }
        var wasGeneric = sig.TypeParams.Length > 0;
        List<GoType>? targs = null;
        ImmutableArray<Ast.Expr> xlist = [];
        if (partial != null && partialInstances.TryGetValue(partial, out var pi)) { targs = pi.Args; xlist = pi.Exprs; }
        var args = ArgumentList(call.Args);
        sig = Arguments(call, sig, targs, xlist, args);
        if (wasGeneric && sig.TypeParams.Length == 0)
            info.Types[call.Fun] = new TypeAndValue(Mode.Value, sig, null);
        hasCallOrRecv = true;
        Operand result;
        if (sig.Results.Count == 0) result = new Operand(Mode.NoValue, call, Universe.Invalid);
        else if (sig.Results.Count == 1) result = new Operand(Mode.Value, call, sig.Results[0]);
        else result = new Operand(Mode.Value, call, sig.Results);
        if (sig.TypeParams.Length > 0) result.SetInvalid();
        return result;
    }

    private static ExprKind BuiltinKind(BuiltinId id) => id switch
    {
        BuiltinId.Append or BuiltinId.Cap or BuiltinId.Complex or BuiltinId.Imag or BuiltinId.Len or BuiltinId.Make or BuiltinId.Max
            or BuiltinId.Min or BuiltinId.New or BuiltinId.Real or BuiltinId.UnsafeAdd or BuiltinId.UnsafeAlignof or BuiltinId.UnsafeOffsetof
            or BuiltinId.UnsafeSizeof or BuiltinId.UnsafeSlice or BuiltinId.UnsafeSliceData or BuiltinId.UnsafeString or BuiltinId.UnsafeStringData
            => ExprKind.Expression,
        _ => ExprKind.Statement,
    };

    /// <summary>The arguments of a call as operands: f(g()) with a multi-value g gives g's results.</summary>
    private List<Operand> ArgumentList(System.Collections.Immutable.ImmutableArray<Ast.Expr> exprs)
    {
        var args = new List<Operand>();
        if (exprs.Length == 1)
        {
            var (xs, _) = MultiValues(exprs[0], false, allowGeneric: true);
            args.AddRange(xs);
            return args;
        }
        foreach (var e in exprs)
        {
            var x = RawExpr(e, null, false, true);
            Exclude(x, allowType: false);
            SingleValue(x);
            args.Add(x);
        }
        return args;
    }

    /// <summary>
    /// Checks a call's arguments against the signature (inferring the type arguments of a generic
    /// function first) and returns the signature used (instantiated when generic).
    /// </summary>
    private Signature Arguments(Ast.CallExpr call, Signature sig, List<GoType>? targs, ImmutableArray<Ast.Expr> xlist, List<Operand> args)
    {
        foreach (var a in args) if (a.Invalid) return sig;
        var nargs = args.Count;
        var npars = sig.Params.Count;
        var ddd = call.HasDots;
        var sigParams = sig.Params;
        var adjusted = false;
        if (sig.Variadic)
        {
            if (ddd)
            {
                if (call.Args.Length == 1 && nargs > 1)
                {
                    Error(call, $"cannot use ... with {nargs}-valued {S(call.Args[0])}");
                    return sig;
                }
            }
            else if (nargs >= npars - 1)
            {
                var vars = new List<VarObj>(sig.Params.Vars.Take(npars - 1));
                var last = sig.Params.Vars[npars - 1];
                var elem = ((SliceType)last.Type).Elem;
                while (vars.Count < nargs) vars.Add(new VarObj(last.Name, last.Pos, last.Pkg, elem) { IsParam = true });
                sigParams = new TupleType([.. vars]);
                adjusted = true;
                npars = nargs;
            }
            else npars--;
        }
        else if (ddd)
        {
            Error(call, $"cannot use ... in call to non-variadic {S(call.Fun)}");
            return sig;
        }
        if (nargs != npars)
        {
            Ast.Node at = call;
            var qualifier = "not enough";
            if (nargs > npars) { at = args[npars].Expr; qualifier = "too many"; }
            else if (nargs > 0) at = args[nargs - 1].Expr;
            var msg = $"{qualifier} arguments in call to {S(call.Fun)}\n\thave {TypesSummary(args.Select(a => a.Type))}\n\twant {TypesSummary(sig.Params.Vars.Select(v => v.Type), sig.Variadic)}";
            if (at == call) Error(CallErrorPos(call), msg);
            else Error(at, msg);
            return sig;
        }
        var rsig = sig;
        if (sig.TypeParams.Length > 0)
        {
            if (targs == null) CheckVersion(call.Pos, "implicit function instantiation", 18);
            var inferred = Infer(call.Pos, S(call.Fun), sig.TypeParams, targs ?? [], sigParams, args);
            if (inferred == null) return sig;
            rsig = InstantiateSignature(call.Pos, call.Fun, sig, inferred, xlist);
            sigParams = adjusted ? (TupleType)Subst.Apply(sigParams, Subst.Map(sig.TypeParams, inferred)) : rsig.Params;
        }
        var context = $"argument to {S(call.Fun)}";
        for (int i = 0; i < args.Count; i++)
        {
            // Generic functions passed as arguments are instantiated from the parameter's function type.
            if (args[i].Type is Signature { TypeParams.Length: > 0 } gsig && args[i].Mode == Mode.Value)
            {
                if (sigParams[i].Underlying is Signature { TypeParams.Length: 0 } psig && sigParams[i] is not TypeParamType)
                {
                    if (!InstantiateByTarget(args[i], gsig, psig)) continue;
                }
                else { NonGeneric(args[i]); continue; }
            }
            Assignment(args[i], sigParams[i], context);
        }
        return rsig;
    }

    /// <summary>Where gc reports a call's missing arguments: at the call (its function's start).</summary>
    private static Gosharp.Common.Diagnostics.SourcePos CallErrorPos(Ast.CallExpr call) => Ast.AstPositions.StartPos(call);

    /// <summary>Instantiates a generic function's signature for a call and records the instance (constraints checked later).</summary>
    private Signature InstantiateSignature(Gosharp.Common.Diagnostics.SourcePos pos, Ast.Expr fun, Signature sig, List<GoType> targs, ImmutableArray<Ast.Expr> xlist)
    {
        var inst = Subst.InstantiateSignature(sig, targs);
        var name = NameOf(fun is Ast.IndexExpr ix ? ix.X : fun);
        if (name != null) info.Instances[name] = new Instance([.. targs], inst);
        var tps = sig.TypeParams;
        later.Add(() =>
        {
            var (i, cause) = Verify(tps, targs);
            if (i >= 0)
            {
                var at = i < xlist.Length ? Ast.AstPositions.StartPos(xlist[i]) : pos;
                Error(at, cause!);
            }
            else RecordInstantiation(pos, tps, targs, xlist);
        });
        return inst;
    }

    // ---- conversions ----

    /// <summary>Converts x to type t in place (T(x)): a constant for constant conversions, a value otherwise.</summary>
    private void Conversion(Operand x, GoType t)
    {
        var constArg = x.Mode == Mode.Constant;
        bool ConstConvertibleTo(GoType target, out ConstValue? val)
        {
            val = null;
            if (target.Underlying is not BasicType tb || target is TypeParamType) return false;
            if (ConstOps.Representable(x.Value!, tb, out var v) == ConstOps.Fit.Ok && ConstMatches(x.Type, tb)) { val = v; return true; }
            if (Predicates.IsInteger(x.Type) && tb.Is(BasicInfo.IsString))
            {
                var i = x.Value!.ToInt()?.Int ?? -1;
                var sb = new System.Text.StringBuilder();
                ByteString.AppendRune(sb, i < 0 || i > 0x10FFFF ? 0xFFFD : (int)i);
                val = ConstValue.Of(sb.ToString());
                return true;
            }
            return false;
        }
        var ok = false;
        string? cause = null;
        if (constArg && Predicates.IsConstType(t))
        {
            if (x.Value!.IsUnknown) { ok = true; }
            else
            {
                ok = ConstConvertibleTo(t, out var v);
                if (ok) x.Value = v;
            }
        }
        else if (constArg && t is TypeParamType tp)
        {
            ok = Predicates.UnderIs(tp, u =>
            {
                if (u == null) { cause = $"{T(tp)} does not contain specific types"; return false; }
                if (Predicates.IsString(x.Type) && IsBytesOrRunes(u)) return true;
                if (!ConstConvertibleTo(u, out _))
                {
                    cause = $"cannot convert {Describe(x)} to {T(u)} (in {T(tp)})";
                    return false;
                }
                return true;
            });
            x.Mode = Mode.Value;
        }
        else if (ConvertibleTo(x, t, out cause))
        {
            ok = true;
            x.Mode = Mode.Value;
        }
        if (!ok)
        {
            Error(x.Expr, string.IsNullOrEmpty(cause) ? $"cannot convert {Describe(x)} to type {T(t)}" : $"cannot convert {Describe(x)} to type {T(t)}:\n\t{cause}"); // gc 1.19's layout
            x.SetInvalid();
            return;
        }
        if (Predicates.IsUntyped(x.Type))
        {
            GoType final = t;
            if (Predicates.IsInterface(t) || constArg && !Predicates.IsConstType(t) || x.IsNil) final = Universe.Default(x.Type);
            else if (x.Mode == Mode.Constant && Predicates.IsInteger(x.Type) && Predicates.AllString(t)) final = x.Type;
            UpdateExprType(x.Expr, final, true);
        }
        x.Type = t;
        x.NilValue = false;
    }

    /// <summary>A constant of type x can convert to basic type t without changing kind rules (numbers to numbers, strings to strings, bools to bools).</summary>
    private static bool ConstMatches(GoType x, BasicType t) =>
        Predicates.IsBasic(x, BasicInfo.IsNumeric) && t.Is(BasicInfo.IsNumeric) ||
        Predicates.IsBasic(x, BasicInfo.IsString) && t.Is(BasicInfo.IsString) ||
        Predicates.IsBasic(x, BasicInfo.IsBoolean) && t.Is(BasicInfo.IsBoolean);

    /// <summary>The spec's conversion rules for non-constant values (go/types' convertibleTo).</summary>
    private bool ConvertibleTo(Operand x, GoType t, out string? cause)
    {
        if (AssignableTo(x, t, out cause)) return true;
        var v = x.Type;
        var (vu, tu) = (v.Underlying, t.Underlying);
        var vp = v as TypeParamType;
        var tp = t as TypeParamType;
        if (Predicates.IdenticalIgnoreTags(vu, tu) && vp == null && tp == null) { cause = null; return true; }
        if (v is PointerType pv && t is PointerType pt && Predicates.IdenticalIgnoreTags(pv.Elem.Underlying, pt.Elem.Underlying) && pv.Elem is not TypeParamType && pt.Elem is not TypeParamType)
        { cause = null; return true; }
        if (vp == null && tp == null)
        {
            var ok = IsIntegerOrFloat(vu) && IsIntegerOrFloat(tu)
                || IsBasicU(vu, BasicInfo.IsComplex) && IsBasicU(tu, BasicInfo.IsComplex)
                || (IsBasicU(vu, BasicInfo.IsInteger) || IsBytesOrRunes(vu)) && IsBasicU(tu, BasicInfo.IsString)
                || IsBasicU(vu, BasicInfo.IsString) && IsBytesOrRunes(tu)
                || (vu is PointerType || vu is BasicType { Kind: BasicKind.Uintptr }) && tu is BasicType { Kind: BasicKind.UnsafePointer }
                || vu is BasicType { Kind: BasicKind.UnsafePointer } && (tu is PointerType || tu is BasicType { Kind: BasicKind.Uintptr })
                ;
            // Slices convert to array pointers (go1.17) and to arrays (go1.20: gosharp's language is Go 1.22).
            if (!ok && vu is SliceType s1 && tu is ArrayType a1 && Predicates.Identical(s1.Elem, a1.Elem))
            {
                if (!AllowVersion(20))
                {
                    cause = VersionMessage("conversion of slices to arrays", 20);
                    return false;
                }
                ok = true;
            }
            if (!ok && vu is SliceType s2 && tu is PointerType { Elem: var pe } && pe.Underlying is ArrayType a2 && Predicates.Identical(s2.Elem, a2.Elem))
            {
                if (!AllowVersion(17))
                {
                    cause = VersionMessage("conversion of slices to array pointers", 17);
                    return false;
                }
                ok = true;
            }
            if (ok) cause = null;
            return ok;
        }
        string? c = null;
        void Errorf(string msg) => c = c == null ? msg : msg + "\n\t" + c;
        bool result;
        if (vp != null && tp != null)
        {
            var vt = vp.Iface.TypeSet.Terms;
            var tt = tp.Iface.TypeSet.Terms;
            result = vt != null && tt != null && vt.Value.All(V =>
                tt.Value.All(Tt =>
                {
                    if (!ConvertibleTo(new Operand(x.Mode, x.Expr, V.Type), Tt.Type, out _)) { Errorf($"cannot convert {T(V.Type)} (in {T(vp)}) to {T(Tt.Type)} (in {T(tp)})"); return false; }
                    return true;
                }));
        }
        else if (vp != null)
        {
            var vt = vp.Iface.TypeSet.Terms;
            result = vt != null && vt.Value.All(V =>
            {
                if (!ConvertibleTo(new Operand(x.Mode, x.Expr, V.Type), t, out _)) { Errorf($"cannot convert {T(V.Type)} (in {T(vp)}) to {T(t)}"); return false; }
                return true;
            });
        }
        else
        {
            var tt = tp!.Iface.TypeSet.Terms;
            result = tt != null && tt.Value.All(Tt =>
            {
                if (!ConvertibleTo(x, Tt.Type, out _)) { Errorf($"cannot convert {T(x.Type)} to {T(Tt.Type)} (in {T(tp)})"); return false; }
                return true;
            });
        }
        cause = result ? null : c;
        return result;
    }

    private static bool IsBasicU(GoType u, BasicInfo info) => u is BasicType b && b.Is(info);
    private static bool IsIntegerOrFloat(GoType u) => u is BasicType b && b.Is(BasicInfo.IsInteger | BasicInfo.IsFloat);

    private static bool IsBytesOrRunes(GoType u) =>
        u is SliceType s && s.Elem.Underlying is BasicType { Kind: BasicKind.Uint8 or BasicKind.Int32 } && s.Elem is not TypeParamType;
}
