using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Constant folding and simple algebraic rules on generic ops, until nothing changes: x+0, x*1, constant
/// arithmetic (64-bit wraparound; narrow values are re-extended by their Ext ops), constant branches.
/// </summary>
public static class ConstFold
{
    public static void Run(Func f)
    {
        for (int iter = 0; iter < 10; iter++)
        {
            var changed = false;
            foreach (var b in f.Blocks)
                foreach (var v in b.Values.ToList())
                    changed |= Fold(v);
            foreach (var b in f.Blocks)
                changed |= FoldBranch(b);
            if (!changed) break;
            CopyElim.Run(f);
        }
    }

    private static bool IsConst(Value v, out long c)
    {
        v = v.Resolve();
        c = v.AuxInt;
        return v.Op == Op.Const;
    }

    private static bool Fold(Value v)
    {
        if (FoldFloat(v)) return true;
        if (v.Op == Op.Ext && IsConst(v.Args[0], out var e))
        {
            var bits = (int)Math.Abs(v.AuxInt);
            var mask = bits >= 64 ? -1L : (1L << bits) - 1;
            var r = e & mask;
            if (v.AuxInt > 0 && bits < 64 && (r & (1L << (bits - 1))) != 0) r |= ~mask;
            return MakeConst(v, r);
        }
        if (v.Args.Count == 2 && IsConst(v.Args[0], out var x) && IsConst(v.Args[1], out var y))
        {
            long? r = v.Op switch
            {
                Op.Add => x + y,
                Op.Sub => x - y,
                Op.Mul => x * y,
                Op.And => x & y,
                Op.Or => x | y,
                Op.Xor => x ^ y,
                Op.AndNot => x & ~y,
                Op.Div when y != 0 => y == -1 ? unchecked(-x) : x / y,
                Op.DivU when y != 0 => (long)((ulong)x / (ulong)y),
                Op.Mod when y != 0 => y == -1 ? 0 : x % y,
                Op.ModU when y != 0 => (long)((ulong)x % (ulong)y),
                Op.Eq => x == y ? 1 : 0,
                Op.Ne => x != y ? 1 : 0,
                Op.Lt => x < y ? 1 : 0,
                Op.Le => x <= y ? 1 : 0,
                Op.Gt => x > y ? 1 : 0,
                Op.Ge => x >= y ? 1 : 0,
                Op.LtU => (ulong)x < (ulong)y ? 1 : 0,
                Op.LeU => (ulong)x <= (ulong)y ? 1 : 0,
                Op.GtU => (ulong)x > (ulong)y ? 1 : 0,
                Op.GeU => (ulong)x >= (ulong)y ? 1 : 0,
                Op.Lsh => (ulong)y >= 64 ? 0 : x << (int)y,
                Op.RshU => (ulong)y >= 64 ? 0 : (long)((ulong)x >> (int)y),
                Op.Rsh => x >> (int)Math.Min((ulong)y, 63UL),
                _ => null,
            };
            if (r is { } rv) return MakeConst(v, rv);
        }
        if (v.Args.Count == 1 && IsConst(v.Args[0], out var a))
        {
            long? r = v.Op switch { Op.Neg => unchecked(-a), Op.Com => ~a, Op.Not => a == 0 ? 1 : 0, _ => null };
            if (r is { } rv) return MakeConst(v, rv);
        }
        // Constants on the right of commutative ops (the rules below look there).
        if (v.Args.Count == 2 && v.Info.Is(OpFlags.Commutative) && IsConst(v.Args[0], out _) && !IsConst(v.Args[1], out _))
            (v.Args[0], v.Args[1]) = (v.Args[1], v.Args[0]);
        // x+0, x-0, x*1, x|0, x^0
        if (v.Args.Count == 2 && IsConst(v.Args[1], out var k))
        {
            // x*2^n is x<<n (the same 64 bits); x*0 and x&0 are 0.
            if (v.Op == Op.Mul && k > 1 && (k & (k - 1)) == 0 && !v.Type.IsFloat())
            {
                v.Op = Op.Lsh;
                v.Args[1] = NewConst(v, System.Numerics.BitOperations.Log2((ulong)k));
                return true;
            }
            if (k == 0 && v.Op is Op.Mul or Op.And && v.Type.IsInt()) return MakeConst(v, 0);
            // (x+c)+d is x+(c+d): address arithmetic and loop steps fold together.
            if (v.Op is Op.Add or Op.Sub && v.Type.IsInt() && v.Args[0].Resolve() is { Op: Op.Add } inner && inner.Type == v.Type
                && IsConst(inner.Args[1], out var c0))
            {
                var sum = v.Op == Op.Add ? unchecked(c0 + k) : unchecked(c0 - k);
                v.Op = Op.Add;
                v.SetArgs(inner.Args[0], NewConst(v, sum));
                return true;
            }
            if ((k == 0 && v.Op is Op.Add or Op.Sub or Op.Or or Op.Xor or Op.Lsh or Op.Rsh or Op.RshU) || (k == 1 && v.Op is Op.Mul or Op.Div or Op.DivU))
            {
                if (v.Type == v.Args[0].Type) { v.BecomeCopy(v.Args[0]); return true; }
            }
        }
        return false;
    }

    /// <summary>A float constant's value (a float32's widened exactly).</summary>
    private static bool IsConstF(Value v, out double d)
    {
        v = v.Resolve();
        d = v.Type == IrType.F32 ? BitConverter.Int32BitsToSingle((int)v.AuxInt) : BitConverter.Int64BitsToDouble(v.AuxInt);
        return v.Op == Op.ConstF;
    }

    private static long FloatBits(IrType t, double d) =>
        t == IrType.F32 ? BitConverter.SingleToInt32Bits((float)d) : BitConverter.DoubleToInt64Bits(d);

    private static bool MakeConstF(Value v, double d)
    {
        v.Op = Op.ConstF;
        v.AuxInt = FloatBits(v.Type, d);
        v.Args.Clear();
        return true;
    }

    /// <summary>
    /// Float rules, before lowering fuses multiplies and adds (gc folds first too, so the fused
    /// operations are the same): constant arithmetic in the operation's own precision (float32
    /// rounds to float32 at every step), except when it makes a NaN; comparisons and conversions of
    /// constants; x*2 → x+x, x*-1 → -x, x/c → x*(1/c) when 1/c is exact.
    /// </summary>
    private static bool FoldFloat(Value v)
    {
        if (v.Type.IsFloat() && v.Args.Count == 2 && v.Op is Op.Add or Op.Sub or Op.Mul or Op.Div)
        {
            if (IsConstF(v.Args[0], out var x) && IsConstF(v.Args[1], out var y))
            {
                double r;
                if (v.Type == IrType.F32)
                {
                    float fx = (float)x, fy = (float)y;
                    r = v.Op switch { Op.Add => fx + fy, Op.Sub => fx - fy, Op.Mul => fx * fy, _ => fx / fy };
                }
                else r = v.Op switch { Op.Add => x + y, Op.Sub => x - y, Op.Mul => x * y, _ => x / y };
                return !double.IsNaN(r) && MakeConstF(v, r);
            }
            if (v.Op == Op.Mul)
                for (int i = 0; i < 2; i++)
                {
                    if (!IsConstF(v.Args[i], out var k) || IsConstF(v.Args[1 - i], out _)) continue;
                    var other = v.Args[1 - i];
                    if (k == 2) { v.Op = Op.Add; v.SetArgs(other, other); return true; }
                    if (k == -1) { v.Op = Op.Neg; v.SetArgs(other); return true; }
                }
            if (v.Op == Op.Div && IsConstF(v.Args[1], out var c) && ExactReciprocal(v.Type, c))
            {
                var recip = v.Block.NewValue(Op.ConstF, v.Type, v.Pos);
                recip.AuxInt = FloatBits(v.Type, 1 / c);
                v.Block.Values.Remove(recip);
                v.Block.Values.Insert(v.Block.Values.IndexOf(v), recip);
                v.Op = Op.Mul;
                v.Args[1] = recip;
                return true;
            }
            return false;
        }
        if (v.Op == Op.Neg && v.Type.IsFloat() && IsConstF(v.Args[0], out var n) && n != 0)
            return MakeConstF(v, -n); // not ±0, as gc (whose FNEG of a zero then fuses as a negated product)
        if (v.Args.Count == 2 && v.Args[0].Type.IsFloat() && v.Op is Op.Eq or Op.Ne or Op.Lt or Op.Le or Op.Gt or Op.Ge
            && IsConstF(v.Args[0], out var p) && IsConstF(v.Args[1], out var q))
        {
            var holds = v.Op switch { Op.Eq => p == q, Op.Ne => p != q, Op.Lt => p < q, Op.Le => p <= q, Op.Gt => p > q, _ => p >= q };
            return MakeConst(v, holds ? 1 : 0);
        }
        if (v.Op == Op.CvtF && IsConstF(v.Args[0], out var w)) return MakeConstF(v, w); // FloatBits rounds to float32
        if (v.Op == Op.CvtI2F && IsConst(v.Args[0], out var iv))
        {
            // Only conversions .NET rounds exactly as FCVT does (once, to nearest even).
            if (v.Signed || iv >= 0)
                return MakeConstF(v, v.Type == IrType.F32 ? (double)(float)iv : (double)iv);
            return false;
        }
        if (v.Op == Op.CvtF2I && IsConstF(v.Args[0], out var z) && !double.IsNaN(z))
        {
            // In range only: the hardware saturates where Go leaves the result unspecified.
            var t = Math.Truncate(z);
            if (v.Signed && t >= -9.2233720368547758E18 && t < 9.2233720368547758E18) return MakeConst(v, (long)t);
            if (!v.Signed && t >= 0 && t < 1.8446744073709552E19) return MakeConst(v, (long)(ulong)t);
        }
        return false;
    }

    /// <summary>Whether 1/c is exact and normal: c is a power of two whose reciprocal's exponent exists.</summary>
    private static bool ExactReciprocal(IrType t, double c)
    {
        if (t == IrType.F32)
        {
            var b = (uint)BitConverter.SingleToInt32Bits((float)c);
            var e = (b >> 23) & 0xff;
            return (b & 0x7fffff) == 0 && e is not (0 or 0xff or 0xfe);
        }
        var bits = (ulong)BitConverter.DoubleToInt64Bits(c);
        var exp = (bits >> 52) & 0x7ff;
        return (bits & 0xfffffffffffff) == 0 && exp is not (0 or 0x7ff or 0x7fe);
    }

    /// <summary>A new integer constant in v's block (placed before v; the scheduler orders it anyway).</summary>
    private static Value NewConst(Value v, long c)
    {
        var n = v.Block.NewValue(Op.Const, IrType.I64, v.Pos);
        n.AuxInt = c;
        v.Block.Values.Remove(n);
        v.Block.Values.Insert(v.Block.Values.IndexOf(v), n);
        return n;
    }

    private static bool MakeConst(Value v, long c)
    {
        v.Op = Op.Const;
        v.AuxInt = c;
        v.Args.Clear();
        return true;
    }

    /// <summary>An If on a constant becomes a jump.</summary>
    private static bool FoldBranch(Block b)
    {
        if (b.Kind != BlockKind.If || b.Control == null || !IsConst(b.Control, out var c)) return false;
        var taken = c != 0 ? 0 : 1;
        var dropped = b.Succs[1 - taken];
        DeadCode.RemovePred(dropped, b);
        var keep = b.Succs[taken];
        b.Succs.Clear();
        b.Succs.Add(keep);
        b.Kind = BlockKind.Plain;
        b.Control = null;
        return true;
    }
}
