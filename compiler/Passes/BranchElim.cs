using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Branch elimination (gc's branchelim): an If whose arms are trivial and meet again right away,
///
///     dom              dom
///     |  \            /   \
///     |  arm   or   arm   arm     (each arm: a plain block with dom as its only predecessor
///     |  /            \   /        and few values that are safe to compute on either path)
///     post             post
///
/// with phis in post, computes the arms' values unconditionally and turns each phi into
/// CondSelect(value on the true edge, value on the false edge, cond), which lowers to CMP; CSEL. As in
/// gc, only integer and pointer phis qualify (not bools or floats), not a phi that feeds a load
/// address (a branch predicts better than a data dependence there), and not an If with a
/// likeliness hint. dom then ends as post did.
/// </summary>
public static class BranchElim
{
    /// <summary>At most this many values in the arm of a triangle, one in each arm of a diamond (gc's limits).</summary>
    public const int MaxTriangleValues = 2, MaxDiamondValues = 1;

    public static void Run(Func f)
    {
        var addressUse = AddressValues(f);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var b in f.Blocks.ToList())
                if (f.Blocks.Contains(b) && Eliminate(f, b, addressUse)) changed = true;
        }
    }

    private static bool Eliminate(Func f, Block dom, HashSet<Value> addressUse)
    {
        if (dom.Kind != BlockKind.If || dom.Likely != 0 || dom.Control == null) return false;
        var (yes, no) = (dom.Succs[0], dom.Succs[1]);
        Block post;
        List<Block> arms;
        if (Arm(yes, dom, MaxDiamondValues) && Arm(no, dom, MaxDiamondValues) && yes.Succs[0] == no.Succs[0] && yes != no)
            (post, arms) = (yes.Succs[0], [yes, no]);
        else if (Arm(yes, dom, MaxTriangleValues) && yes.Succs[0] == no)
            (post, arms) = (no, [yes]);
        else if (Arm(no, dom, MaxTriangleValues) && no.Succs[0] == yes)
            (post, arms) = (yes, [no]);
        else return false;
        if (post == dom || post.Preds.Count != 2 || post == f.Entry) return false;
        var phis = post.Values.Where(v => v.Op == Op.Phi).ToList();
        if (phis.Count == 0 || phis.Any(p => !Selectable(p, addressUse))) return false;

        // Which predecessor of post each edge of dom arrives through.
        Block Via(Block succ) => succ == post ? dom : succ;
        int yesIdx = post.Preds.IndexOf(Via(yes)), noIdx = post.Preds.IndexOf(Via(no));
        if (yesIdx < 0 || noIdx < 0 || yesIdx == noIdx) return false;
        var cond = dom.Control;
        foreach (var p in phis)
        {
            var (x, y) = (p.Args[yesIdx], p.Args[noIdx]);
            p.Op = Op.CondSelect;
            p.SetArgs(x, y, cond);
        }

        // dom computes the arms' values and post's, and ends as post did.
        foreach (var blk in arms.Append(post))
        {
            foreach (var v in blk.Values)
            {
                v.Block = dom;
                dom.Values.Add(v);
            }
            blk.Values.Clear();
        }
        dom.Kind = post.Kind;
        dom.Control = post.Control;
        dom.AuxInt = post.AuxInt;
        dom.Likely = post.Likely;
        dom.Succs.Clear();
        foreach (var s in post.Succs)
        {
            dom.Succs.Add(s);
            for (int k = 0; k < s.Preds.Count; k++)
                if (s.Preds[k] == post) s.Preds[k] = dom;
        }
        foreach (var blk in arms.Append(post))
        {
            blk.Succs.Clear();
            blk.Preds.Clear();
            f.Blocks.Remove(blk);
        }
        return true;
    }

    /// <summary>A plain block reached only from dom, with at most max values, all safe to compute on any path.</summary>
    private static bool Arm(Block b, Block dom, int max) =>
        b.Kind == BlockKind.Plain && b.Preds.Count == 1 && b.Preds[0] == dom && b.Succs[0] != b
        && b.Values.Count <= max && b.Values.All(Speculable);

    /// <summary>No effects, no memory, cannot fault (integer division has its checks as branches).</summary>
    private static bool Speculable(Value v) =>
        v.Op is not (Op.Phi or Op.Load or Op.SelectN) && !v.Info.Is(OpFlags.SideEffect) && !v.Info.Is(OpFlags.Call)
        && v.Type is not (IrType.Mem or IrType.Flags);

    private static bool Selectable(Value phi, HashSet<Value> addressUse) =>
        phi.Type is IrType.I8 or IrType.I16 or IrType.I32 or IrType.I64 or IrType.Ptr && !addressUse.Contains(phi);

    /// <summary>The integer and pointer values that go into computing an address something is loaded from.</summary>
    private static HashSet<Value> AddressValues(Func f)
    {
        var set = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var work = new Stack<Value>();
        void Add(Value v)
        {
            if (set.Add(v)) work.Push(v);
        }
        foreach (var v in f.AllValues())
            if (v.Op == Op.Load) Add(v.Args[0]);
            else if (v.Op == Op.Move) Add(v.Args[1]);
        while (work.Count > 0)
            foreach (var a in work.Pop().Args)
                if (a.Type.IsInt()) Add(a);
        return set;
    }
}
