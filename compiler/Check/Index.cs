using System.Collections.Immutable;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Index and slice expressions, and instantiations written as index expressions (F[int], List[int]).
public sealed partial class Checker
{
    private Operand IndexExpr(Ast.IndexExpr ix, bool allowGeneric)
    {
        var x = ExprOrType(ix.X, true);
        if (x.Invalid) { UseExprs(ix.Index); return new Operand(Mode.Invalid, ix, Universe.Invalid); }
        if (x.Mode == Mode.TypeExpr)
        {
            var t = VarType(ix);
            return t == Universe.Invalid ? new Operand(Mode.Invalid, ix, t) : new Operand(Mode.TypeExpr, ix, t);
        }
        if (x.Mode == Mode.Value && x.Type is Signature { TypeParams.Length: > 0 } gsig)
            return FuncInstance(ix, x, gsig, allowGeneric);
        NonGeneric(x);
        if (x.Invalid) return new Operand(Mode.Invalid, ix, Universe.Invalid);

        var valid = false;
        long length = -1;
        var mode = x.Mode;
        GoType elem = Universe.Invalid;
        switch (x.Type is TypeParamType ? null : x.Type.Underlying)
        {
            case BasicType b when b.Is(BasicInfo.IsString):
                valid = true;
                if (x.Mode == Mode.Constant) length = x.Value!.Str.Length;
                mode = Mode.Value;
                elem = Universe.Byte;
                break;
            case ArrayType a:
                valid = true;
                length = a.Len;
                if (x.Mode != Mode.Variable) mode = Mode.Value;
                elem = a.Elem;
                break;
            case PointerType { Elem: var pe } when pe.Underlying is ArrayType pa:
                valid = true;
                length = pa.Len;
                mode = Mode.Variable;
                elem = pa.Elem;
                break;
            case SliceType s:
                valid = true;
                mode = Mode.Variable;
                elem = s.Elem;
                break;
            case MapType m:
            {
                var index = SingleIndex(ix);
                if (index == null) return new Operand(Mode.Invalid, ix, Universe.Invalid);
                var key = Expr(index, m.Key);
                Assignment(key, m.Key, "map index");
                return new Operand(Mode.MapIndex, ix, m.Elem);
            }
            case null when x.Type is TypeParamType:
            {
                // All types in the type set must be indexable the same way.
                GoType? key = null, elemT = null;
                var tmode = Mode.Variable;
                var first = true;
                var ok = Predicates.UnderIs(x.Type, u =>
                {
                    long l = -1;
                    GoType? k = null, e = null;
                    switch (u)
                    {
                        case BasicType tb when tb.Is(BasicInfo.IsString): e = Universe.Byte; tmode = Mode.Value; break;
                        case ArrayType ta: l = ta.Len; e = ta.Elem; if (x.Mode != Mode.Variable) tmode = Mode.Value; break;
                        case PointerType { Elem: var tpe } when tpe.Underlying is ArrayType tpa: l = tpa.Len; e = tpa.Elem; break;
                        case SliceType ts: e = ts.Elem; break;
                        case MapType tm: k = tm.Key; e = tm.Elem; break;
                    }
                    if (e == null) return false;
                    if (first) { first = false; length = l; key = k; elemT = e; return true; }
                    if ((key == null) != (k == null) || key != null && !Predicates.Identical(key, k!)) return false;
                    if (!Predicates.Identical(elemT!, e)) return false;
                    if (l >= 0 && l < length) length = l;
                    return true;
                });
                if (ok && elemT != null)
                {
                    if (key != null)
                    {
                        var index = SingleIndex(ix);
                        if (index == null) return new Operand(Mode.Invalid, ix, Universe.Invalid);
                        var k = Expr(index, key);
                        Assignment(k, key, "map index");
                        return new Operand(Mode.MapIndex, ix, elemT);
                    }
                    valid = true;
                    mode = tmode;
                    elem = elemT;
                }
                break;
            }
        }
        if (!valid)
        {
            Error(ix.Pos, $"invalid operation: cannot index {Describe(x)}");
            UseExprs(ix.Index);
            return new Operand(Mode.Invalid, ix, Universe.Invalid);
        }
        var idx = SingleIndex(ix);
        if (idx == null) return new Operand(Mode.Invalid, ix, Universe.Invalid);
        Index(idx, length);
        return new Operand(mode, ix, elem);
    }

    /// <summary>The index of x[i]; x[i, j] is an error ("more than one index").</summary>
    private Ast.Expr? SingleIndex(Ast.IndexExpr ix)
    {
        if (ix.Index is Ast.ListExpr l)
        {
            if (l.Elems.Length > 1)
            {
                Error(l.Elems[1], "invalid operation: more than one index");
                UseExprs(ix.Index);
                return null;
            }
            return l.Elems.Length == 1 ? l.Elems[0] : null;
        }
        return ix.Index;
    }

    /// <summary>Checks expressions only for their errors (after another error made them irrelevant).</summary>
    private void UseExprs(Ast.Expr e)
    {
        if (e is Ast.ListExpr l) { foreach (var x in l.Elems) RawExpr(x, null, true, true); return; }
        RawExpr(e, null, true, true);
    }

    /// <summary>Checks an index (integer, non-negative, below max when known); returns its constant value or -1.</summary>
    private long Index(Ast.Expr index, long max)
    {
        var x = Expr(index);
        if (!IsValidIndex(x, "index", false)) return -1;
        if (x.Mode != Mode.Constant || x.Value!.IsUnknown) return -1;
        var v = (long)x.Value.ToInt()!.Int;
        if (max >= 0 && v >= max)
        {
            Error(x.Expr, $"invalid argument: index {x.Value} out of bounds [0:{max}]");
            return -1;
        }
        return v;
    }

    private bool IsValidIndex(Operand x, string what, bool allowNegative)
    {
        if (x.Invalid) return false;
        ConvertUntyped(x, Universe.Int);
        if (x.Invalid) return false;
        if (!Predicates.AllInteger(x.Type))
        {
            Error(x.Expr, $"invalid argument: {what} {Describe(x)} must be integer");
            return false;
        }
        if (x.Mode == Mode.Constant && !x.Value!.IsUnknown)
        {
            var iv = x.Value.ToInt();
            if (iv == null) return false;
            if (!allowNegative && iv.Int.Sign < 0)
            {
                Error(x.Expr, $"invalid argument: {what} {Describe(x)} must not be negative");
                return false;
            }
            if (iv.Int > long.MaxValue || iv.Int < long.MinValue)
            {
                Error(x.Expr, $"invalid argument: {what} {Describe(x)} overflows int");
                return false;
            }
        }
        return true;
    }

    private Operand SliceExpr(Ast.SliceExpr sx)
    {
        var x = Expr(sx.X);
        if (x.Invalid)
        {
            foreach (var e in new[] { sx.Low, sx.High, sx.Max }) if (e != null) Expr(e);
            return new Operand(Mode.Invalid, sx, Universe.Invalid);
        }
        var valid = false;
        long length = -1;
        GoType result = x.Type;
        var core = Predicates.CoreString(x.Type);
        switch (core)
        {
            case null:
                Error(x.Expr, $"invalid operation: cannot slice {Describe(x)}: {T(x.Type)} has no core type");
                return new Operand(Mode.Invalid, sx, Universe.Invalid);
            case BasicType b when b.Is(BasicInfo.IsString):
                if (sx.Full)
                {
                    Error(sx.Max ?? (Ast.Expr)sx, "invalid operation: 3-index slice of string");
                    return new Operand(Mode.Invalid, sx, Universe.Invalid);
                }
                valid = true;
                if (x.Mode == Mode.Constant) length = x.Value!.Str.Length;
                if (Predicates.IsUntyped(x.Type)) result = Universe.String;
                break;
            case ArrayType a:
                valid = true;
                length = a.Len;
                if (x.Mode != Mode.Variable)
                {
                    Error(x.Expr, $"invalid operation: {Describe(x)} (slice of unaddressable value)");
                    return new Operand(Mode.Invalid, sx, Universe.Invalid);
                }
                MarkAddressTaken(sx.X);
                result = new SliceType(a.Elem);
                break;
            case PointerType { Elem: var pe } when pe.Underlying is ArrayType pa:
                valid = true;
                length = pa.Len;
                result = new SliceType(pa.Elem);
                break;
            case SliceType:
                valid = true;
                break;
        }
        if (!valid)
        {
            Error(x.Expr, $"invalid operation: cannot slice {Describe(x)}");
            return new Operand(Mode.Invalid, sx, Universe.Invalid);
        }
        if (sx.Full && (sx.High == null || sx.Max == null))
        {
            Error(sx, "middle index required in 3-index slice");
            return new Operand(Mode.Invalid, sx, Universe.Invalid);
        }
        var exprs = new[] { sx.Low, sx.High, sx.Max };
        var ind = new long[3];
        for (int i = 0; i < 3; i++)
        {
            long v = -1;
            if (exprs[i] != null)
            {
                var max = length >= 0 ? length + 1 : -1;
                var r = Index(exprs[i]!, max);
                if (r >= 0) v = r;
            }
            else if (i == 0) v = 0;
            else if (length >= 0) v = length;
            ind[i] = v;
        }
        for (int i = 0; i < 2; i++)
        {
            if (ind[i] <= 0) continue;
            var reported = false;
            for (int j = i + 1; j < 3; j++)
            {
                if (ind[j] >= 0 && ind[j] < ind[i] && exprs[j] != null)
                {
                    Error(exprs[j]!, $"invalid slice indices: {ind[j]} < {ind[i]}");
                    reported = true;
                    break;
                }
            }
            if (reported) break;
        }
        return new Operand(Mode.Value, sx, result);
    }

    // ---- explicit instantiation of generic functions ----

    /// <summary>
    /// F[A, B] for a generic function: with all type arguments, the instantiated function; with
    /// fewer, a partial instantiation only allowed as the function of a call (which infers the rest).
    /// </summary>
    private Operand FuncInstance(Ast.IndexExpr ix, Operand x, Signature sig, bool allowPartial)
    {
        CheckVersion(ix.Pos, "function instantiation", 18);
        var argExprs = ix.Index is Ast.ListExpr l ? l.Elems : [ix.Index];
        var targs = argExprs.Select(a => VarType(a)).ToList();
        if (targs.Any(t => t == Universe.Invalid)) return new Operand(Mode.Invalid, ix, Universe.Invalid);
        var want = sig.TypeParams.Length;
        if (targs.Count > want)
        {
            Error(argExprs[targs.Count - 1], $"got {targs.Count} type arguments but {S(ix.X)} has {want} type parameters");
            return new Operand(Mode.Invalid, ix, Universe.Invalid);
        }
        if (targs.Count < want)
        {
            if (allowPartial)
            {
                partialInstances[ix] = (targs, argExprs);
                return new Operand(Mode.Value, ix, sig);
            }
            var inferred = Infer(ix.Pos, S(ix.X), sig.TypeParams, targs, null, []);
            if (inferred == null) return new Operand(Mode.Invalid, ix, Universe.Invalid);
            targs = inferred;
        }
        var inst = Subst.InstantiateSignature(sig, targs);
        if (NameOf(ix.X) is { } n) info.Instances[n] = new Instance([.. targs], inst);
        var tps = sig.TypeParams;
        var argsCopy = targs;
        later.Add(() => VerifyInstance(ix.Pos, tps, argsCopy, argExprs));
        return new Operand(Mode.Value, ix, inst);
    }

    /// <summary>Partially instantiated functions (F[int] of F[T, U]) waiting for the call that infers the rest.</summary>
    private readonly Dictionary<Ast.IndexExpr, (List<GoType> Args, ImmutableArray<Ast.Expr> Exprs)> partialInstances = new(ReferenceEqualityComparer.Instance);
}
