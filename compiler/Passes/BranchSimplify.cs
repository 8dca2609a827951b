using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Simplifies the control flow graph: an If on !x branches on x the other way round; an If whose two
/// edges go to one block is a jump; a jump to an empty block that only jumps on goes straight to its
/// target; a block that is the only predecessor of its only successor absorbs it. Runs until nothing
/// changes.
/// </summary>
public static class BranchSimplify
{
    public static void Run(Func f)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var b in f.Blocks.ToList())
            {
                if (!f.Blocks.Contains(b)) continue;
                changed |= NotBranch(b) || SameTargets(b) || SkipEmpty(f, b) || Absorb(f, b);
            }
        }
    }

    private static bool NotBranch(Block b)
    {
        if (b.Kind != BlockKind.If || b.Control?.Resolve() is not { Op: Op.Not } not) return false;
        b.Control = not.Args[0].Resolve();
        (b.Succs[0], b.Succs[1]) = (b.Succs[1], b.Succs[0]);
        b.Likely = (sbyte)-b.Likely;
        return true;
    }

    private static bool SameTargets(Block b)
    {
        if (b.Kind != BlockKind.If || b.Succs[0] != b.Succs[1]) return false;
        var s = b.Succs[0];
        // Both edges carry the same phi arguments only if the phis agree on them.
        int i = s.Preds.IndexOf(b), j = s.Preds.LastIndexOf(b);
        if (s.Values.Any(v => v.Op == Op.Phi && v.Args[i].Resolve() != v.Args[j].Resolve())) return false;
        DeadCode.RemovePred(s, b);
        b.Succs.RemoveAt(1);
        b.Kind = BlockKind.Plain;
        b.Control = null;
        b.Likely = 0;
        return true;
    }

    /// <summary>Predecessors of an empty jump block jump to its target instead (when the target has no phis to keep apart).</summary>
    private static bool SkipEmpty(Func f, Block b)
    {
        if (b == f.Entry || b.Kind != BlockKind.Plain || b.Values.Count > 0 || b.Succs[0] == b) return false;
        var s = b.Succs[0];
        if (s.Values.Any(v => v.Op == Op.Phi) || b.Preds.Count == 0) return false;
        foreach (var p in b.Preds)
        {
            for (int k = 0; k < p.Succs.Count; k++)
                if (p.Succs[k] == b) p.Succs[k] = s;
            s.Preds.Add(p);
        }
        s.Preds.Remove(b);
        b.Preds.Clear();
        b.Succs.Clear();
        f.Blocks.Remove(b);
        return true;
    }

    /// <summary>b jumps to s and is its only predecessor: s's values and ending move into b.</summary>
    private static bool Absorb(Func f, Block b)
    {
        if (b.Kind != BlockKind.Plain) return false;
        var s = b.Succs[0];
        if (s == b || s == f.Entry || s.Preds.Count != 1) return false;
        foreach (var v in s.Values)
        {
            if (v.Op == Op.Phi) v.BecomeCopy(v.Args[0]);
            v.Block = b;
            b.Values.Add(v);
        }
        s.Values.Clear();
        b.Kind = s.Kind;
        b.Control = s.Control;
        b.Likely = s.Likely;
        b.Succs.Clear();
        foreach (var t in s.Succs)
        {
            b.Succs.Add(t);
            for (int k = 0; k < t.Preds.Count; k++)
                if (t.Preds[k] == s) t.Preds[k] = b;
        }
        s.Succs.Clear();
        s.Preds.Clear();
        f.Blocks.Remove(s);
        return true;
    }
}
