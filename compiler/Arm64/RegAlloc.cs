using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Arm64;

/// <summary>
/// Linear-scan register allocation (Poletto and Sarkar) over the scheduled, linearized function.
/// Each value gets one location for its whole lifetime: a register, or a stack slot when registers run
/// out or when it lives across a call (Go's register ABI has no callee-saved registers, so anything
/// live across a call must be in memory; gc also spills those). Phis take their arguments through
/// parallel moves at the ends of the predecessor blocks, so a phi's interval covers those points.
/// </summary>
public sealed class RegAlloc
{
    private readonly Func f;
    private readonly List<Block> order;
    public Dictionary<Value, Loc> Locations { get; } = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, int> pos = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Block, (int Start, int End)> blockRange = new(ReferenceEqualityComparer.Instance);
    private readonly List<int> callPositions = [];

    public RegAlloc(Func f, List<Block> order)
    {
        this.f = f;
        this.order = order;
    }

    /// <summary>Values that need a location: register-typed values that are not recomputed at each use.</summary>
    public static bool NeedsLoc(Value v) => v.Type.IsRegister() && !IsRemat(v);

    /// <summary>
    /// Constants and addresses are cheaper to recompute where they are used (one or two instructions)
    /// than to keep in a register or spill across calls: they get no location (rematerialization).
    /// </summary>
    public static bool IsRemat(Value v) => v.Op is Op.A64MOVDconst or Op.A64MOVDaddr or Op.A64MOVDstackaddr or Op.A64MOVDinarg or Op.A64MOVDoutarg or Op.A64FMOVDconst or Op.A64FMOVSconst;

    public void Run()
    {
        Number();
        var intervals = BuildIntervals();
        Allocate(intervals);
    }

    private void Number()
    {
        int p = 0;
        foreach (var b in order)
        {
            var start = p;
            p += 2;
            foreach (var v in b.Values)
            {
                pos[v] = p;
                if (v.Op is Op.A64CALLstatic or Op.A64CALLclosure or Op.A64CALLcode) callPositions.Add(p);
                p += 2;
            }
            blockRange[b] = (start, p);
            p += 2;
        }
    }

    private sealed class Interval(Value v)
    {
        public Value Value { get; } = v;
        public int Start = int.MaxValue, End = int.MinValue;
        public void Cover(int p) { if (p < Start) Start = p; if (p > End) End = p; }
    }

    private List<Interval> BuildIntervals()
    {
        var liveIn = Liveness.Compute(f, order, NeedsLoc);
        var iv = new Dictionary<Value, Interval>(ReferenceEqualityComparer.Instance);
        Interval Get(Value v) => iv.TryGetValue(v, out var i) ? i : iv[v] = new Interval(v);

        foreach (var b in order)
        {
            var (start, end) = blockRange[b];
            foreach (var v in liveIn[b]) Get(v).Cover(start);
            foreach (var s in b.Succs)
            {
                foreach (var v in liveIn[s]) Get(v).Cover(end);
                // Phi arguments are read, and phis written, at the end of this predecessor.
                var k = s.Preds.IndexOf(b);
                foreach (var phi in s.Values.Where(x => x.Op == Op.Phi && NeedsLoc(x)))
                {
                    Get(phi).Cover(end);
                    Get(phi.Args[k]).Cover(end);
                }
            }
            foreach (var v in b.Values)
            {
                if (!NeedsLoc(v)) { foreach (var a in v.Args) if (NeedsLoc(a)) Get(a).Cover(pos[v]); continue; }
                Get(v).Cover(v.Op == Op.Phi ? start : pos[v]);
                if (v.Op == Op.Phi) continue;
                foreach (var a in v.Args) if (NeedsLoc(a)) Get(a).Cover(pos[v]);
            }
            if (b.Control != null && NeedsLoc(b.Control)) Get(b.Control).Cover(end);
            if (b.Control is { } c && !NeedsLoc(c)) foreach (var a in c.Args) if (NeedsLoc(a)) Get(a).Cover(end);
        }
        return iv.Values.OrderBy(i => i.Start).ThenBy(i => i.Value.Id).ToList();
    }

    private bool CrossesCall(Interval i)
    {
        foreach (var c in callPositions)
            if (i.Start < c && c < i.End) return true;
        return false;
    }

    private void Allocate(List<Interval> intervals)
    {
        var active = new List<(Interval I, int Reg)>();
        var freeInt = new SortedSet<int>(Comparer<int>.Create((a, b) => Array.IndexOf(Registers.AllocatableInt, a).CompareTo(Array.IndexOf(Registers.AllocatableInt, b))));
        foreach (var r in Registers.AllocatableInt) freeInt.Add(r);
        var freeFloat = new SortedSet<int>(Registers.AllocatableFloat);

        foreach (var cur in intervals)
        {
            // Expire intervals that ended before this one starts.
            for (int k = active.Count - 1; k >= 0; k--)
                if (active[k].I.End < cur.Start)
                {
                    (Registers.IsFloat(active[k].Reg) ? freeFloat : freeInt).Add(active[k].Reg);
                    active.RemoveAt(k);
                }
            var v = cur.Value;
            if (CrossesCall(cur)) { Spill(v); continue; }
            var free = v.Type.IsFloat() ? freeFloat : freeInt;
            if (free.Count > 0)
            {
                var r = free.Min;
                free.Remove(r);
                Locations[v] = Loc.InReg(r);
                active.Add((cur, r));
                continue;
            }
            // No register: spill whichever interval (of this class) ends last.
            var isFloat = v.Type.IsFloat();
            var victimIndex = -1;
            for (int k = 0; k < active.Count; k++)
                if (Registers.IsFloat(active[k].Reg) == isFloat && (victimIndex < 0 || active[k].I.End > active[victimIndex].I.End))
                    victimIndex = k;
            if (victimIndex >= 0 && active[victimIndex].I.End > cur.End)
            {
                var (victim, reg) = active[victimIndex];
                Spill(victim.Value);
                active.RemoveAt(victimIndex);
                Locations[v] = Loc.InReg(reg);
                active.Add((cur, reg));
            }
            else Spill(v);
        }
    }

    private void Spill(Value v)
    {
        var size = Math.Max(8, v.Type.Size());
        Locations[v] = Loc.InSlot(f.NewSlot($"v{v.Id}", size, 8, v.Type == IrType.Ptr));
    }
}
