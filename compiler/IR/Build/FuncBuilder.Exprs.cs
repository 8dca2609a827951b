using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

// Expressions.
public sealed partial class FuncBuilder
{
    private GoVal Expr(Ast.Expr e)
    {
        var tv = info.TypeOf(e) ?? throw new UserError(e.Pos, "internal: expression was not type-checked");
        if (tv.Mode == Mode.Constant && tv.Value != null) return Constant(tv.Value, tv.Type, e.Pos);
        switch (e)
        {
            case Ast.ParenExpr p: return Expr(p.X);
            case Ast.Name n:
                return info.ObjectOf(n) switch
                {
                    VarObj v => ReadVar(v, n.Pos),
                    NilObj => Zero(tv.Type, n.Pos),
                    FuncObj fo => throw Unsupported(n.Pos, $"function values ({fo.Name})"),
                    _ => throw new UserError(n.Pos, $"internal: cannot evaluate {n.Value}"),
                };
            case Ast.Operation { Y: null } u: return Unary(u, tv.Type);
            case Ast.Operation b:
                if (b.Op is Ast.Operator.AndAnd or Ast.Operator.OrOr) return ShortCircuit(b);
                if (b.Op is Ast.Operator.Eql or Ast.Operator.Neq or Ast.Operator.Lss or Ast.Operator.Leq or Ast.Operator.Gtr or Ast.Operator.Geq)
                {
                    var xt = info.TypeOf(b.X)!.Type;
                    var yt = info.TypeOf(b.Y!)!.Type;
                    var ct = Predicates.IsUntyped(xt) ? yt : xt;
                    var x = Convert(Expr(b.X), ct, b.Pos);
                    var y = Convert(Expr(b.Y!), ct, b.Pos);
                    return new GoVal(tv.Type, [Compare(b.Op, x, y, ct, b.Pos)], null);
                }
                else
                {
                    var x = Convert(Expr(b.X), tv.Type, b.Pos);
                    var yRaw = Expr(b.Y!);
                    var yType = info.TypeOf(b.Y!)!.Type;
                    var y = b.Op is Ast.Operator.Shl or Ast.Operator.Shr ? yRaw : Convert(yRaw, tv.Type, b.Pos);
                    return BinaryValues(b.Op, x, y, tv.Type, b.Pos, yType);
                }
            case Ast.CallExpr call:
                return CallExpr(call, discard: false) ?? throw new UserError(call.Pos, "internal: call has no value");
            case Ast.SelectorExpr sel when info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal:
                return Load(Address(sel), tv.Type, sel.Pos);
            case Ast.SelectorExpr sel when info.Uses.GetValueOrDefault(sel.Sel) is VarObj gv && gv.IsGlobal:
                return ReadVar(gv, sel.Pos);
            default:
                throw Unsupported(e.Pos, e.GetType().Name + " expressions");
        }
    }

    /// <summary>The values of a multi-value expression (a call returning several results).</summary>
    private List<GoVal> MultiValue(Ast.Expr e)
    {
        if (Unparen(e) is Ast.CallExpr call) return CallResults(call);
        throw Unsupported(e.Pos, "comma-ok expressions");
    }

    /// <summary>The address of an addressable expression.</summary>
    private Value Address(Ast.Expr e)
    {
        switch (Unparen(e))
        {
            case Ast.Name n when info.ObjectOf(n) is VarObj v: return VarAddr(v, n.Pos);
            case Ast.Operation { Op: Ast.Operator.Mul, Y: null } deref: return Expr(deref.X).Single;
            case Ast.SelectorExpr sel when info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal:
            {
                var xt = info.TypeOf(sel.X)!.Type;
                Value baseAddr;
                GoType t;
                if (xt.Underlying is PointerType pt) { baseAddr = Expr(sel.X).Single; t = pt.Elem; }
                else { baseAddr = Address(sel.X); t = xt; }
                foreach (var idx in s.Index)
                {
                    var st = (StructType)t.Underlying;
                    var off = Layout.Offsets(st)[idx];
                    if (off != 0)
                    {
                        var c = Const64(off, sel.Pos);
                        baseAddr = cur!.NewValue(Op.Add, IrType.Ptr, sel.Pos, baseAddr, c);
                    }
                    t = st.Fields[idx].Type;
                    if (t.Underlying is PointerType p && idx != s.Index[^1])
                    {
                        baseAddr = Load(baseAddr, t, sel.Pos).Single;
                        t = p.Elem;
                    }
                }
                return baseAddr;
            }
            case Ast.SelectorExpr sel when info.Uses.GetValueOrDefault(sel.Sel) is VarObj gv && gv.IsGlobal:
                return GlobalAddr(gv, sel.Pos);
            default:
                throw Unsupported(e.Pos, "addresses of " + e.GetType().Name);
        }
    }

    // ---- constants ----

    private GoVal Constant(ConstValue c, GoType t, SourcePos pos)
    {
        if (Predicates.IsUntyped(t)) t = Universe.Default(t);
        var u = t.Underlying;
        if (u is BasicType b)
        {
            if (b.Is(BasicInfo.IsString))
            {
                var s = c.Str;
                if (s.Length == 0) return new GoVal(t, [ConstPart(IrType.Ptr, 0, pos), Const64(0, pos)], null);
                var addr = cur!.NewValue(Op.Addr, IrType.Ptr, pos);
                addr.Aux = ir.StringSymbol(s);
                return new GoVal(t, [addr, Const64(s.Length, pos)], null);
            }
            if (b.Is(BasicInfo.IsBoolean)) return new GoVal(t, [ConstPart(IrType.Bool, c.Bool ? 1 : 0, pos)], null);
            if (b.Is(BasicInfo.IsInteger))
            {
                var i = c.ToInt()!.Int;
                return new GoVal(t, [ConstPart(TypeParts.Of(t)![0], (long)(ulong)(i & ulong.MaxValue), pos)], null);
            }
            if (b.Is(BasicInfo.IsFloat))
            {
                var d = c.ToDouble();
                var part = TypeParts.Of(t)![0];
                return new GoVal(t, [ConstPart(part, part == IrType.F32 ? BitConverter.SingleToInt32Bits((float)d) : BitConverter.DoubleToInt64Bits(d), pos)], null);
            }
        }
        if (c.Kind == ConstKind.Unknown) return Zero(t, pos);
        throw Unsupported(pos, $"constants of type {t}");
    }

    // ---- operators ----

    private GoVal Unary(Ast.Operation u, GoType t)
    {
        switch (u.Op)
        {
            case Ast.Operator.Sub:
            {
                var x = Expr(u.X);
                var v = cur!.NewValue(Op.Neg, x.Single.Type, u.Pos, x.Single);
                return new GoVal(t, [Normalize(v, t, u.Pos)], null);
            }
            case Ast.Operator.Add: return Expr(u.X);
            case Ast.Operator.Xor:
            {
                var x = Expr(u.X);
                var v = cur!.NewValue(Op.Com, x.Single.Type, u.Pos, x.Single);
                return new GoVal(t, [Normalize(v, t, u.Pos)], null);
            }
            case Ast.Operator.Not:
            {
                var x = Expr(u.X);
                return new GoVal(t, [cur!.NewValue(Op.Not, IrType.Bool, u.Pos, x.Single)], null);
            }
            case Ast.Operator.Mul:
                return Load(Expr(u.X).Single, t, u.Pos);
            case Ast.Operator.And:
                return new GoVal(t, [Address(u.X)], null);
            default:
                throw Unsupported(u.Pos, $"operator {u.Op.Text()}");
        }
    }

    /// <summary>
    /// Narrow integer values are kept sign- or zero-extended in 64-bit registers; after an operation
    /// that can carry into the upper bits, extend again.
    /// </summary>
    private Value Normalize(Value v, GoType t, SourcePos pos)
    {
        var bits = (int)Layout.Sizeof(t) * 8;
        if (!Predicates.IsInteger(t) || bits >= 64) return v;
        var e = cur!.NewValue(Op.Ext, v.Type, pos, v);
        e.AuxInt = TypeParts.IsSigned(t) ? bits : -bits;
        return e;
    }

    private GoVal BinaryValues(Ast.Operator op, GoVal x, GoVal y, GoType t, SourcePos pos, GoType yType)
    {
        if (Predicates.IsString(t))
        {
            if (op != Ast.Operator.Add) throw Unsupported(pos, $"operator {op.Text()} on strings");
            throw Unsupported(pos, "string concatenation");
        }
        if (!Predicates.IsInteger(t)) throw Unsupported(pos, $"arithmetic on {t}");
        var signed = TypeParts.IsSigned(t);
        var irt = x.Single.Type;
        Op o = op switch
        {
            Ast.Operator.Add => Op.Add,
            Ast.Operator.Sub => Op.Sub,
            Ast.Operator.Mul => Op.Mul,
            Ast.Operator.Div => signed ? Op.Div : Op.DivU,
            Ast.Operator.Rem => signed ? Op.Mod : Op.ModU,
            Ast.Operator.And => Op.And,
            Ast.Operator.Or => Op.Or,
            Ast.Operator.Xor => Op.Xor,
            Ast.Operator.AndNot => Op.AndNot,
            Ast.Operator.Shl => Op.Lsh,
            Ast.Operator.Shr => signed ? Op.Rsh : Op.RshU,
            _ => throw Unsupported(pos, $"operator {op.Text()}"),
        };
        if (o is Op.Div or Op.DivU or Op.Mod or Op.ModU)
        {
            // Go panics on integer division by zero.
            PanicIf(Op.Eq, y.Single, Const64(0, pos), "panicdivide", pos);
        }
        if (o is Op.Lsh or Op.Rsh or Op.RshU)
        {
            if (TypeParts.IsSigned(yType)) PanicIf(Op.Lt, y.Single, Const64(0, pos), "panicshift", pos);
            var v0 = cur!.NewValue(o, irt, pos, x.Single, y.Single);
            v0.AuxInt = Layout.Sizeof(t) * 8;
            return new GoVal(t, [o == Op.Lsh ? Normalize(v0, t, pos) : v0], null);
        }
        var v = cur!.NewValue(o, irt, pos, x.Single, y.Single);
        var needsNorm = o is Op.Add or Op.Sub or Op.Mul or Op.Div;
        return new GoVal(t, [needsNorm ? Normalize(v, t, pos) : v], null);
    }

    /// <summary>Calls runtime.NAME (which does not return) when a OP b.</summary>
    private void PanicIf(Op cmp, Value a, Value b, string name, SourcePos pos)
    {
        var c = cur!.NewValue(cmp, IrType.Bool, pos, a, b);
        var panic = NewBlock();
        var ok = NewBlock();
        Branch(c, panic, ok);
        panic.Likely = -1;
        StartBlock(panic);
        Call("runtime." + name, CallAbi.Internal, [], [], pos);
        cur!.Kind = BlockKind.Exit;
        cur = null;
        StartBlock(ok);
    }

    private Value Compare(Ast.Operator op, GoVal x, GoVal y, GoType t, SourcePos pos)
    {
        if (Predicates.IsString(t)) throw Unsupported(pos, "string comparison");
        if (x.Parts == null || x.Parts.Length != 1) throw Unsupported(pos, $"comparison of {t}");
        var unsigned = !TypeParts.IsSigned(t);
        var o = op switch
        {
            Ast.Operator.Eql => Op.Eq,
            Ast.Operator.Neq => Op.Ne,
            Ast.Operator.Lss => unsigned ? Op.LtU : Op.Lt,
            Ast.Operator.Leq => unsigned ? Op.LeU : Op.Le,
            Ast.Operator.Gtr => unsigned ? Op.GtU : Op.Gt,
            _ => unsigned ? Op.GeU : Op.Ge,
        };
        if (Predicates.IsFloat(t)) throw Unsupported(pos, "float comparison");
        return cur!.NewValue(o, IrType.Bool, pos, x.Single, y.Single);
    }

    /// <summary>a &amp;&amp; b and a || b as values: control flow joining in a phi.</summary>
    private GoVal ShortCircuit(Ast.Operation b)
    {
        var yes = NewBlock();
        var no = NewBlock();
        var done = NewBlock();
        Cond(b, yes, no);
        var tmp = new object();
        StartBlock(yes);
        vars.Write(tmp, cur!, ConstPart(IrType.Bool, 1, b.Pos), IrType.Bool);
        Jump(done);
        StartBlock(no);
        vars.Write(tmp, cur!, ConstPart(IrType.Bool, 0, b.Pos), IrType.Bool);
        Jump(done);
        StartBlock(done);
        return new GoVal(info.TypeOf(b)!.Type, [vars.Read(tmp, cur!, b.Pos)], null);
    }

    // ---- conversions ----

    /// <summary>Converts a value to type t (assignment conversions and explicit conversions).</summary>
    private GoVal Convert(GoVal v, GoType t, SourcePos pos)
    {
        if (Predicates.Identical(v.Type, t)) return v;
        var (from, to) = (v.Type.Underlying, t.Underlying);
        if (Predicates.Identical(from, to) || v.Parts == null) return v with { Type = t };
        if (Predicates.IsInteger(v.Type) && Predicates.IsInteger(t))
        {
            var fromSize = Layout.Sizeof(v.Type);
            var toSize = Layout.Sizeof(t);
            var part = TypeParts.Of(t)![0];
            var x = v.Single;
            // Widening keeps the source's extension; narrowing or changing signedness re-extends.
            if (toSize > fromSize || (toSize == fromSize && TypeParts.IsSigned(v.Type) == TypeParts.IsSigned(t)))
            {
                var c = cur!.NewValue(Op.Copy, part, pos, x);
                return new GoVal(t, [c], null);
            }
            var e = cur!.NewValue(Op.Ext, part, pos, x);
            e.AuxInt = TypeParts.IsSigned(t) ? toSize * 8 : -toSize * 8;
            return new GoVal(t, [e], null);
        }
        if (to is BasicType { Kind: BasicKind.UnsafePointer } || from is BasicType { Kind: BasicKind.UnsafePointer } ||
            (from is PointerType && to is PointerType))
            return new GoVal(t, [cur!.NewValue(Op.Copy, TypeParts.Of(t)![0], pos, v.Single)], null);
        if (TypeParts.Of(t) is { } tp && v.Parts.Length == tp.Length && v.Parts.Select(p => p.Type).SequenceEqual(tp))
            return v with { Type = t };
        throw Unsupported(pos, $"conversions from {v.Type} to {t}");
    }
}
