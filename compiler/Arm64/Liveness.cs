using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Arm64;

/// <summary>
/// Which values are live on entry to each block (backward dataflow to a fixed point). A phi's argument
/// counts as used at the end of the matching predecessor; the phi itself is defined at its block's start.
/// </summary>
public static class Liveness
{
    public static Dictionary<Block, HashSet<Value>> Compute(Func f, List<Block> order, Func<Value, bool> tracked)
    {
        var liveIn = new Dictionary<Block, HashSet<Value>>(ReferenceEqualityComparer.Instance);
        foreach (var b in order) liveIn[b] = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var changed = true;
        while (changed)
        {
            changed = false;
            for (int i = order.Count - 1; i >= 0; i--)
            {
                var b = order[i];
                var live = new HashSet<Value>(ReferenceEqualityComparer.Instance);
                foreach (var s in b.Succs)
                {
                    var k = s.Preds.IndexOf(b);
                    foreach (var v in liveIn[s])
                        if (!(v.Op == Op.Phi && v.Block == s)) live.Add(v);
                    foreach (var phi in s.Values)
                        if (phi.Op == Op.Phi && k < phi.Args.Count && tracked(phi.Args[k])) live.Add(phi.Args[k]);
                }
                if (b.Control != null)
                {
                    if (tracked(b.Control)) live.Add(b.Control);
                    else foreach (var a in b.Control.Args) if (tracked(a)) live.Add(a);
                }
                for (int j = b.Values.Count - 1; j >= 0; j--)
                {
                    var v = b.Values[j];
                    live.Remove(v);
                    if (v.Op == Op.Phi) continue;
                    foreach (var a in v.Args) if (tracked(a)) live.Add(a);
                }
                foreach (var v in b.Values) if (v.Op == Op.Phi && tracked(v)) live.Add(v);
                if (!live.SetEquals(liveIn[b])) { liveIn[b] = live; changed = true; }
            }
        }
        return liveIn;
    }
}
