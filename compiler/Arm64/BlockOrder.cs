using Gosharp.Compiler.IR;
using Gosharp.Compiler.Passes;

namespace Gosharp.Compiler.Arm64;

/// <summary>
/// The order blocks are laid out in: a depth-first walk from the entry that follows each block's
/// first successor first (so it falls through), with blocks that never continue (panics) placed last,
/// then loop rotation.
/// </summary>
public static class BlockOrder
{
    public static List<Block> Compute(Func f)
    {
        var order = new List<Block>();
        var cold = new List<Block>();
        var seen = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Block>();
        stack.Push(f.Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (!seen.Add(b)) continue;
            if (b.Kind == BlockKind.Exit && b != f.Entry) cold.Add(b); else order.Add(b);
            // Push the second successor first so the first (the "then"/body edge) comes next.
            for (int i = b.Succs.Count - 1; i >= 0; i--)
                if (!seen.Contains(b.Succs[i])) stack.Push(b.Succs[i]);
        }
        RotateLoops(f, order);
        order.AddRange(cold);
        return order;
    }

    /// <summary>
    /// A loop laid out as header (test, exit branch), body, latch (jump back to the header) runs two
    /// branches per iteration. Moving the header right after the latch makes the latch fall into the
    /// test, whose branch back to the body is the only one taken per iteration; the code before the
    /// loop jumps to the test once.
    /// </summary>
    private static void RotateLoops(Func f, List<Block> order)
    {
        var dom = Dominators.Compute(f);
        foreach (var h in order.ToList())
        {
            if (h.Succs.Count != 2 || h == f.Entry) continue;
            var hi = order.IndexOf(h);
            if (hi + 1 >= order.Count || !h.Succs.Contains(order[hi + 1])) continue;
            // The latch: a block that only jumps back to h, which dominates it (a back edge), laid out after h.
            Block? latch = null;
            foreach (var p in h.Preds)
                if (p != h && p.Succs.Count == 1 && dom.Dominates(h, p) && order.IndexOf(p) > hi && (latch == null || order.IndexOf(p) > order.IndexOf(latch)))
                    latch = p;
            if (latch == null) continue;
            // Only when the loop body is laid out contiguously between h and the latch.
            var li = order.IndexOf(latch);
            var contiguous = true;
            for (int i = hi + 1; i <= li; i++)
                if (!dom.Dominates(h, order[i])) { contiguous = false; break; }
            if (!contiguous) continue;
            order.RemoveAt(hi);
            order.Insert(li, h);
        }
    }
}
