using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Checks that a function is well-formed SSA, between passes (always in tests, and when
/// GOSHARPVERIFY=1): the CFG's predecessor and successor lists agree, every block ends as its kind
/// says, phis have one argument per predecessor, every argument is defined in a block that dominates
/// its use (and before it, in the same block, once scheduled), and operand types fit the op.
/// </summary>
public static class Verifier
{
    public sealed class IrError(string message) : Exception(message);

    public static void Check(Func f, string after, bool scheduled = false)
    {
        void Fail(string what) => throw new IrError($"{f.Name} after {after}: {what}\n{f.Dump()}");

        var blocks = new HashSet<Block>(f.Blocks, ReferenceEqualityComparer.Instance);
        if (f.Blocks.Count == 0) Fail("no blocks");
        foreach (var b in f.Blocks)
        {
            foreach (var s in b.Succs)
            {
                if (!blocks.Contains(s)) Fail($"{b} jumps to {s}, which is not in the function");
                if (s.Preds.Count(p => p == b) != b.Succs.Count(x => x == s)) Fail($"{b}→{s} edge missing from {s}'s predecessors");
            }
            foreach (var p in b.Preds)
                if (!p.Succs.Contains(b)) Fail($"{p} is a predecessor of {b} but does not jump there");
            var wantSuccs = b.Kind switch
            {
                BlockKind.Plain => 1,
                BlockKind.Ret or BlockKind.Exit => 0,
                _ => 2,
            };
            if (b.Succs.Count != wantSuccs) Fail($"{b} ({b.Kind}) has {b.Succs.Count} successors, wants {wantSuccs}");
            switch (b.Kind)
            {
                case BlockKind.If when b.Control?.Type != IrType.Bool:
                    Fail($"{b}: If needs a bool control, has {b.Control?.LongString() ?? "none"}"); break;
                case BlockKind.Ret when b.Control?.Op != Op.Return:
                    Fail($"{b}: Ret needs a Return control"); break;
                case BlockKind.A64TBZ or BlockKind.A64TBNZ when b.Control?.Type.IsInt() != true || b.AuxInt is < 0 or > 63:
                    Fail($"{b}: {b.Kind} needs an integer control and a bit number, has {b.Control?.LongString() ?? "none"} [{b.AuxInt}]"); break;
                case >= BlockKind.A64EQ and <= BlockKind.A64MI when b.Control?.Type != IrType.Flags:
                    Fail($"{b}: {b.Kind} needs a flags control"); break;
            }
            foreach (var v in b.Values)
            {
                if (v.Block != b) Fail($"{v} is listed in {b} but says it is in {v.Block}");
                if (v.Op == Op.Phi && v.Args.Count != b.Preds.Count) Fail($"{v.LongString()} has {v.Args.Count} args for {b.Preds.Count} predecessors");
                CheckTypes(v, Fail);
            }
        }

        // Dominance of definitions over uses.
        var dom = Dominators.Compute(f);
        foreach (var b in f.Blocks)
        {
            var index = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
            for (int i = 0; i < b.Values.Count; i++) index[b.Values[i]] = i;
            foreach (var v in b.Values)
            {
                for (int i = 0; i < v.Args.Count; i++)
                {
                    var a = v.Args[i];
                    if (!blocks.Contains(a.Block) || !a.Block.Values.Contains(a)) Fail($"{v.LongString()} uses {a}, which is not in the function");
                    var useBlock = v.Op == Op.Phi ? b.Preds[i] : b;
                    if (!dom.Dominates(a.Block, useBlock)) Fail($"{v.LongString()} in {b} uses {a} from {a.Block}, which does not dominate {useBlock}");
                    if (scheduled && v.Op != Op.Phi && a.Block == b && index[a] > index[v]) Fail($"{v.LongString()} is scheduled before its argument {a}");
                }
            }
        }
    }

    private static void CheckTypes(Value v, Action<string> fail)
    {
        switch (v.Op)
        {
            case Op.Add or Op.Sub or Op.Mul or Op.And or Op.Or or Op.Xor:
                if (v.Args.Count != 2) fail($"{v.LongString()}: wants 2 args");
                break;
            case Op.Eq or Op.Ne or Op.Lt or Op.Le or Op.Gt or Op.Ge or Op.LtU or Op.LeU or Op.GtU or Op.GeU:
                if (v.Type != IrType.Bool) fail($"{v.LongString()}: a comparison is bool");
                break;
            case Op.Load:
                if (v.Args.Count != 2 || v.Args[1].Type != IrType.Mem) fail($"{v.LongString()}: Load(ptr, mem)");
                break;
            case Op.Store:
                if (v.Args.Count != 3 || v.Args[2].Type != IrType.Mem || v.Type != IrType.Mem) fail($"{v.LongString()}: Store(ptr, val, mem) → mem");
                break;
            case Op.StaticCall or Op.ClosureCall or Op.CodeCall or Op.A64CALLstatic or Op.A64CALLclosure or Op.A64CALLcode:
                if (v.Args.Count == 0 || v.Args[^1].Type != IrType.Mem || v.Type != IrType.Mem) fail($"{v.LongString()}: a call takes and makes memory");
                if (v.Aux is not CallInfo) fail($"{v.LongString()}: a call needs a CallInfo");
                break;
            case Op.A64Loadidx:
                if (v.Args.Count != 3 || v.Args[2].Type != IrType.Mem || v.Aux is not Op) fail($"{v.LongString()}: Loadidx(ptr, idx, mem) {{load op}}");
                break;
            case Op.A64Storeidx:
                if (v.Args.Count != 4 || v.Args[3].Type != IrType.Mem || v.Type != IrType.Mem || v.Aux is not Op) fail($"{v.LongString()}: Storeidx(ptr, idx, val, mem) → mem {{store op}}");
                break;
            case Op.A64ADDshift or Op.A64SUBshift or Op.A64ANDshift or Op.A64ORRshift or Op.A64EORshift or Op.A64BICshift or Op.A64CMPshift:
                if (v.Args.Count != 2 || v.Aux is not Shift || v.AuxInt is <= 0 or >= 64) fail($"{v.LongString()}: op(x, y SHIFT n) with 0 < n < 64");
                break;
            case Op.SelectN:
                if (v.Args.Count != 1 || v.Args[0].Info.Is(OpFlags.Call) == false) fail($"{v.LongString()}: SelectN of a call");
                break;
        }
    }
}

/// <summary>Dominators by the iterative algorithm of Cooper, Harvey and Kennedy (reverse postorder, intersect).</summary>
public sealed class Dominators
{
    private readonly Dictionary<Block, Block> idom = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Block, int> rpoIndex = new(ReferenceEqualityComparer.Instance);

    public static Dominators Compute(Func f)
    {
        var d = new Dominators();
        var rpo = ReversePostorder(f);
        for (int i = 0; i < rpo.Count; i++) d.rpoIndex[rpo[i]] = i;
        d.idom[f.Entry] = f.Entry;
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var b in rpo.Skip(1))
            {
                Block? newIdom = null;
                foreach (var p in b.Preds)
                {
                    if (!d.idom.ContainsKey(p)) continue;
                    newIdom = newIdom == null ? p : d.Intersect(p, newIdom);
                }
                if (newIdom != null && (!d.idom.TryGetValue(b, out var old) || old != newIdom)) { d.idom[b] = newIdom; changed = true; }
            }
        }
        return d;
    }

    private Block Intersect(Block a, Block b)
    {
        while (a != b)
        {
            while (rpoIndex[a] > rpoIndex[b]) a = idom[a];
            while (rpoIndex[b] > rpoIndex[a]) b = idom[b];
        }
        return a;
    }

    /// <summary>The immediate dominator of b (null for the entry and unreachable blocks).</summary>
    public Block? Idom(Block b) => idom.TryGetValue(b, out var d) && d != b ? d : null;

    /// <summary>Whether a dominates b (every path from the entry to b goes through a). Unreachable blocks are dominated by all.</summary>
    public bool Dominates(Block a, Block b)
    {
        if (!idom.ContainsKey(b)) return true;
        for (var x = b; ; x = idom[x])
        {
            if (x == a) return true;
            if (idom[x] == x) return false;
        }
    }

    public static List<Block> ReversePostorder(Func f)
    {
        var seen = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var post = new List<Block>();
        var stack = new Stack<(Block B, int Next)>();
        stack.Push((f.Entry, 0));
        seen.Add(f.Entry);
        while (stack.Count > 0)
        {
            var (b, i) = stack.Pop();
            if (i < b.Succs.Count)
            {
                stack.Push((b, i + 1));
                var s = b.Succs[i];
                if (seen.Add(s)) stack.Push((s, 0));
            }
            else post.Add(b);
        }
        post.Reverse();
        return post;
    }
}
