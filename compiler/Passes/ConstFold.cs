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
