using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>Removes blocks unreachable from the entry, and values nothing uses that have no effects.</summary>
public static class DeadCode
{
    public static void Run(Func f)
    {
        RemoveUnreachableBlocks(f);
        RemoveDeadValues(f);
    }

    public static void RemoveUnreachableBlocks(Func f)
    {
        var reachable = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<Block>();
        stack.Push(f.Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (!reachable.Add(b)) continue;
            foreach (var s in b.Succs) stack.Push(s);
        }
        foreach (var b in f.Blocks.ToList())
        {
            if (reachable.Contains(b)) continue;
            foreach (var s in b.Succs.ToList())
                if (reachable.Contains(s)) RemovePred(s, b);
            b.Succs.Clear();
            f.Blocks.Remove(b);
        }
    }

    /// <summary>Removes the edge pred→b from b's side, dropping the matching phi arguments.</summary>
    public static void RemovePred(Block b, Block pred)
    {
        int i = b.Preds.IndexOf(pred);
        if (i < 0) return;
        b.Preds.RemoveAt(i);
        foreach (var v in b.Values)
            if (v.Op == Op.Phi && i < v.Args.Count) v.Args.RemoveAt(i);
    }

    public static void RemoveDeadValues(Func f)
    {
        var live = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var work = new Stack<Value>();
        foreach (var b in f.Blocks)
        {
            if (b.Control != null) work.Push(b.Control);
            foreach (var v in b.Values)
                if (v.Info.Is(OpFlags.SideEffect) || v.Info.Is(OpFlags.Call)) work.Push(v);
        }
        while (work.Count > 0)
        {
            var v = work.Pop();
            if (!live.Add(v)) continue;
            foreach (var a in v.Args) work.Push(a);
        }
        foreach (var b in f.Blocks) b.Values.RemoveAll(v => !live.Contains(v));
    }
}
