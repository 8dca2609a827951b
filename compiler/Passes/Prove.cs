using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Removes branches whose outcome the conditions dominating them decide, bounds checks above all.
/// The facts at a block are the conditions of the branches on the way to it: an edge p→s where p is
/// s's immediate dominator and its only predecessor says p's condition holds (or not) everywhere s
/// dominates. A bounds check is `If GeU(i, len) -> panic, ok`; it cannot fail when i ≥ 0 and i &lt; len
/// (signed), which a loop `for i := 0; i &lt; len(s); i++` establishes: i is an induction variable
/// (a phi starting at a non-negative value, stepping up by a constant behind the loop test, so never
/// overflowing) and the loop test dominates the check.
/// </summary>
public static class Prove
{
    /// <summary>A fact x REL y (signed unless Unsigned).</summary>
    private readonly record struct Fact(Value X, Rel Rel, Value Y);

    private enum Rel { Lt, Le, Eq, Ne, LtU, LeU }

    public static void Run(Func f)
    {
        var dom = Dominators.Compute(f);
        var changed = false;
        foreach (var b in f.Blocks.ToList())
        {
            if (b.Kind != BlockKind.If || b.Control == null) continue;
            var known = Decide(b.Control, FactsAt(b, dom), dom);
            if (known is not { } taken) continue;
            var keep = b.Succs[taken ? 0 : 1];
            var drop = b.Succs[taken ? 1 : 0];
            if (keep == drop) continue;
            DeadCode.RemovePred(drop, b);
            b.Succs.Clear();
            b.Succs.Add(keep);
            b.Kind = BlockKind.Plain;
            b.Control = null;
            changed = true;
        }
        if (changed) DeadCode.Run(f);
    }

    /// <summary>The conditions known at the start of b, nearest first.</summary>
    private static List<(Value Cond, bool Holds)> FactsAt(Block b, Dominators dom)
    {
        var facts = new List<(Value, bool)>();
        for (var s = b; dom.Idom(s) is { } p; s = p)
        {
            if (p.Kind != BlockKind.If || p.Control == null || s.Preds.Count != 1 || s.Preds[0] != p || p.Succs[0] == p.Succs[1]) continue;
            facts.Add((p.Control.Resolve(), s == p.Succs[0]));
        }
        return facts;
    }

    /// <summary>A condition as a relation (c holds ⇔ X Rel Y), or null if c is not a comparison.</summary>
    private static Fact? AsFact(Value c, bool holds)
    {
        c = c.Resolve();
        if (c.Args.Count != 2 || c.Args[0].Type.IsFloat()) return null;
        var (x, y) = (c.Args[0].Resolve(), c.Args[1].Resolve());
        return (c.Op, holds) switch
        {
            (Op.Lt, true) or (Op.Ge, false) => new Fact(x, Rel.Lt, y),
            (Op.Lt, false) or (Op.Ge, true) => new Fact(y, Rel.Le, x),
            (Op.Le, true) or (Op.Gt, false) => new Fact(x, Rel.Le, y),
            (Op.Le, false) or (Op.Gt, true) => new Fact(y, Rel.Lt, x),
            (Op.LtU, true) or (Op.GeU, false) => new Fact(x, Rel.LtU, y),
            (Op.LtU, false) or (Op.GeU, true) => new Fact(y, Rel.LeU, x),
            (Op.LeU, true) or (Op.GtU, false) => new Fact(x, Rel.LeU, y),
            (Op.LeU, false) or (Op.GtU, true) => new Fact(y, Rel.LtU, x),
            (Op.Eq, true) or (Op.Ne, false) => new Fact(x, Rel.Eq, y),
            (Op.Eq, false) or (Op.Ne, true) => new Fact(x, Rel.Ne, y),
            _ => null,
        };
    }

    /// <summary>Whether condition c is known to hold (true), known not to (false), or unknown (null).</summary>
    private static bool? Decide(Value c, List<(Value Cond, bool Holds)> facts, Dominators dom)
    {
        c = c.Resolve();
        foreach (var (fc, holds) in facts)
            if (fc == c || SameOp(fc, c)) return holds;
        if (c.Op is Op.GeU or Op.LtU && c.Args.Count == 2 && c.Args[0].Type.IsInt())
        {
            // i <u n: from i <u n, or from 0 ≤ i and i < n (signed).
            var (i, n) = (c.Args[0].Resolve(), c.Args[1].Resolve());
            if (Below(i, n, facts, dom, 0)) return c.Op == Op.LtU;
        }
        return null;
    }

    /// <summary>
    /// Whether a and b compute the same thing. Not phis: two phis with the same arguments in different
    /// blocks differ (an inlined function's || and && leave such phis, one per call).
    /// </summary>
    private static bool SameOp(Value a, Value b) =>
        a.Op == b.Op && a.Op != Op.Phi && a.AuxInt == b.AuxInt && a.Args.Count == b.Args.Count && Equals(a.Aux, b.Aux)
        && a.Args.Select(x => x.Resolve()).SequenceEqual(b.Args.Select(x => x.Resolve()));

    private static bool IsConst(Value v, out long c)
    {
        v = v.Resolve();
        c = v.AuxInt;
        return v.Op == Op.Const;
    }

    /// <summary>Whether i &lt;u n holds given the facts.</summary>
    private static bool Below(Value i, Value n, List<(Value Cond, bool Holds)> facts, Dominators dom, int depth)
    {
        if (IsConst(i, out var ci) && IsConst(n, out var cn)) return (ulong)ci < (ulong)cn;
        bool? nonneg = null;
        bool NonNeg() => nonneg ??= NonNegative(i, dom, depth);
        foreach (var (fc, holds) in facts)
        {
            if (AsFact(fc, holds) is not { } fact || fact.X != i) continue;
            var y = fact.Y;
            var yc = IsConst(y, out var k);
            var nc = IsConst(n, out var m);
            switch (fact.Rel)
            {
                case Rel.LtU when y == n || (yc && nc && (ulong)k <= (ulong)m):
                case Rel.LeU when yc && nc && (ulong)k < (ulong)m:
                    return true;
                case Rel.Lt when (y == n || (yc && nc && k <= m)) && NonNeg():
                case Rel.Le when yc && nc && k < m && NonNeg():
                    return true;
            }
        }
        return false;
    }

    /// <summary>Whether v ≥ 0 (as a signed integer) on every execution.</summary>
    public static bool NonNegative(Value v, Dominators dom, int depth = 0)
    {
        v = v.Resolve();
        if (depth > 4) return false;
        switch (v.Op)
        {
            case Op.Const: return v.AuxInt >= 0;
            case Op.Ext when v.AuxInt < 0: return true;
            case Op.And: return (IsConst(v.Args[0], out var a) && a >= 0) || (IsConst(v.Args[1], out var b) && b >= 0);
            case Op.RshU: return IsConst(v.Args[1], out var s) && s > 0;
            case Op.Phi: return Induction(v, dom, depth);
        }
        return false;
    }

    /// <summary>
    /// A loop counter counting up from a non-negative start: phi(start, phi+c) with c &gt; 0, where the
    /// increment is only reached once phi &lt; x (or phi ≤ k with k+c not overflowing) holds, so it
    /// never wraps around.
    /// </summary>
    private static bool Induction(Value phi, Dominators dom, int depth)
    {
        var h = phi.Block;
        bool sawStart = false, sawStep = false;
        for (int k = 0; k < phi.Args.Count; k++)
        {
            var a = phi.Args[k].Resolve();
            if (a == phi) continue;
            if (a.Op == Op.Add && StepOf(a, phi) is { } c && c > 0)
            {
                if (!StepGuarded(a, phi, c, dom)) return false;
                sawStep = true;
                continue;
            }
            if (!NonNegative(a, dom, depth + 1)) return false;
            sawStart = true;
        }
        return sawStart && sawStep && h.Preds.Count == phi.Args.Count;
    }

    private static long? StepOf(Value add, Value phi)
    {
        if (add.Args[0].Resolve() == phi && IsConst(add.Args[1], out var c)) return c;
        if (add.Args[1].Resolve() == phi && IsConst(add.Args[0], out c)) return c;
        return null;
    }

    private static bool StepGuarded(Value add, Value phi, long c, Dominators dom)
    {
        foreach (var (fc, holds) in FactsAt(add.Block, dom))
        {
            if (AsFact(fc, holds) is not { } fact || fact.X != phi) continue;
            if (fact.Rel == Rel.Lt && (c == 1 || (IsConst(fact.Y, out var k) && k <= long.MaxValue - c + 1))) return true;
            if (fact.Rel == Rel.Le && IsConst(fact.Y, out var m) && m <= long.MaxValue - c) return true;
        }
        return false;
    }
}
