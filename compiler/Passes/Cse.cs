using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Common subexpression elimination across blocks: a pure value computing the same operation on the
/// same arguments as a value in a dominating block (or earlier in its own block) becomes a copy of
/// it. Loads count as pure: a load names the memory state it reads, so two loads of one address from
/// one state are one load. Blocks are visited in reverse postorder, so a value's dominators (and
/// the arguments they define) are numbered before it.
/// </summary>
public static class Cse
{
    private readonly record struct Key(Op Op, IrType Type, long AuxInt, object? Aux, bool Signed, int Arg0, int Arg1, int Arg2, int NArgs);

    public static void Run(Func f)
    {
        var dom = Dominators.Compute(f);
        var table = new Dictionary<Key, List<Value>>();
        foreach (var b in Dominators.ReversePostorder(f))
            foreach (var v in b.Values)
            {
                if (!Candidate(v)) continue;
                var key = KeyOf(v);
                if (!table.TryGetValue(key, out var same)) table[key] = same = [];
                var w = same.FirstOrDefault(x => x.Block == b || dom.Dominates(x.Block, b));
                if (w != null) v.BecomeCopy(w);
                else same.Add(v);
            }
        CopyElim.Run(f);
    }

    /// <summary>Values without effects whose result depends only on their operands (and aux fields).</summary>
    public static bool Candidate(Value v)
    {
        if (v.Info.Is(OpFlags.SideEffect) || v.Info.Is(OpFlags.Call)) return false;
        if (v.Type is IrType.Mem or IrType.Flags or IrType.Void) return false;
        if (v.Op is Op.Phi or Op.Copy or Op.InitMem or Op.Arg or Op.ClosurePtr or Op.SelectN or Op.Return) return false;
        return v.Args.Count <= 3;
    }

    private static Key KeyOf(Value v)
    {
        Span<int> a = [0, 0, 0];
        for (int i = 0; i < v.Args.Count; i++) a[i] = v.Args[i].Resolve().Id;
        if (v.Info.Is(OpFlags.Commutative) && v.Args.Count == 2 && a[0] > a[1]) (a[0], a[1]) = (a[1], a[0]);
        return new Key(v.Op, v.Type, v.AuxInt, v.Aux, v.Signed, a[0], a[1], a[2], v.Args.Count);
    }
}
