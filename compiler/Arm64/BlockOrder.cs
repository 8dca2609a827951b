using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Arm64;

/// <summary>
/// The order blocks are laid out in: a depth-first walk from the entry that follows each block's
/// likely successor first (so it falls through), with unlikely blocks (panics) placed last.
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
        order.AddRange(cold);
        return order;
    }
}
