using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Splits critical edges (from a block with several successors to a block with several predecessors)
/// so that the copies phis need can be placed at the end of a predecessor that leads only to the phi's block.
/// </summary>
public static class CriticalEdges
{
    public static void Run(Func f)
    {
        foreach (var b in f.Blocks.ToList())
        {
            if (b.Preds.Count < 2 || !b.Values.Any(v => v.Op == Op.Phi)) continue;
            for (int i = 0; i < b.Preds.Count; i++)
            {
                var p = b.Preds[i];
                if (p.Succs.Count < 2) continue;
                var mid = f.NewBlock(BlockKind.Plain);
                mid.Pos = b.Pos;
                // Rewire p -> mid -> b, keeping b's predecessor order (phi arguments follow it).
                p.Succs[p.Succs.IndexOf(b)] = mid;
                mid.Preds.Add(p);
                mid.Succs.Add(b);
                b.Preds[i] = mid;
            }
        }
    }
}
