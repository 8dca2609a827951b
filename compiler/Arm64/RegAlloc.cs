using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Arm64;

/// <summary>
/// Linear-scan register allocation (Poletto and Sarkar) over the scheduled, linearized function, with
/// register hints and save/restore around calls.
///
/// Each value that needs a location gets one register for its whole interval, or a stack slot when
/// registers run out. Go's register ABI has no callee-saved registers, so a value in a register that
/// is live across a call (found by liveness, so calls that never return, the panics, do not count) is
/// also given a save slot: it is stored there once, right after it is defined. A call it lives across
/// leaves its register stale ("clobbered"); the emitter reloads it into its register just before its
/// next use, and moves (call arguments, phi arguments, results) read a stale value from its slot
/// directly. Which values are stale where two paths meet is a forward dataflow problem
/// (<see cref="StaleAtEntry"/>: stale if stale at the end of any predecessor). So the live range
/// is split around calls: a register between them, the slot across them, a reload only where a use
/// needs it, and loops without calls run with every value in its register.
///
/// Phis take their arguments through parallel moves at the ends of the predecessor blocks; a phi's
/// interval starts at its block, so an argument that dies in the move can share the phi's register and
/// the move disappears. Hints steer values towards the registers they must end up in anyway (incoming
/// arguments, call arguments and results, function results, a phi's register).
/// </summary>
public sealed class RegAlloc
{
    private readonly Func f;
    private readonly List<Block> order;
    /// <summary>Where each value lives: a register, or a stack slot when no register was left.</summary>
    public Dictionary<Value, Loc> Locations { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>Values in registers that live across calls: the slot they are saved to when defined.</summary>
    public Dictionary<Value, StackSlot> SaveSlots { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>For each call, the values (in registers, with save slots) it leaves stale: they live on after it.</summary>
    public Dictionary<Value, List<Value>> ClobberedBy { get; } = new(ReferenceEqualityComparer.Instance);
    /// <summary>The values with save slots whose registers may be stale on entry to each block.</summary>
    public Dictionary<Block, HashSet<Value>> StaleAtEntry { get; } = new(ReferenceEqualityComparer.Instance);

    private readonly Dictionary<Value, int> pos = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Block, (int Start, int End)> blockRange = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Value, List<Value>> liveAcross = new(ReferenceEqualityComparer.Instance);

    public RegAlloc(Func f, List<Block> order)
    {
        this.f = f;
        this.order = order;
    }

    /// <summary>Values that need a location: register-typed values that are not recomputed at each use.</summary>
    public bool NeedsLoc(Value v) => v.Type.IsRegister() && !IsRemat(v);

    /// <summary>Constants and addresses that are used in a loop and take more than one instruction to make: they get a register instead.</summary>
    private readonly HashSet<Value> kept = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Whether v is recomputed at each use instead of living in a location: constants and addresses
    /// (one or two instructions), except the two-instruction ones a loop uses, which are worth a register.
    /// </summary>
    public bool IsRemat(Value v) => IsRematOp(v) && !kept.Contains(v);

    /// <summary>
    /// Constants and addresses are cheaper to recompute where they are used (one or two instructions)
    /// than to keep in a register or spill across calls: they get no location (rematerialization).
    /// </summary>
    public static bool IsRematOp(Value v) => v.Op is Op.A64MOVDconst or Op.A64MOVDaddr or Op.A64MOVDstackaddr or Op.A64MOVDinarg or Op.A64MOVDoutarg or Op.A64FMOVDconst or Op.A64FMOVSconst;

    public static bool IsCall(Value v) => v.Op is Op.A64CALLstatic or Op.A64CALLclosure or Op.A64CALLcode;

    public void Run()
    {
        KeepLoopConstants();
        Number();
        var liveIn = Liveness.Compute(f, order, NeedsLoc);
        FindLiveAcrossCalls(liveIn);
        var intervals = BuildIntervals(liveIn);
        Allocate(intervals);
        PlanSaves();
    }

    private void KeepLoopConstants()
    {
        var inLoop = LoopBlocks(f);
        foreach (var b in order)
        {
            if (!inLoop.Contains(b)) continue;
            foreach (var v in b.Values)
                foreach (var a in v.Args)
                    if (IsRematOp(a) && Expensive(a)) kept.Add(a);
            if (b.Control is { } c && IsRematOp(c) && Expensive(c)) kept.Add(c);
        }
    }

    /// <summary>Constants that take more than one instruction: addresses of symbols, floats, wide integers.</summary>
    private static bool Expensive(Value v) => v.Op switch
    {
        Op.A64MOVDaddr or Op.A64FMOVDconst or Op.A64FMOVSconst => true,
        Op.A64MOVDconst => !OneInstruction(v.AuxInt),
        _ => false,
    };

    /// <summary>MOVZ or MOVN of one 16-bit chunk, or ORR of a bitmask immediate.</summary>
    private static bool OneInstruction(long c)
    {
        for (int sh = 0; sh < 64; sh += 16)
            if ((c & ~(0xffffL << sh)) == 0 || (~c & ~(0xffffL << sh)) == 0) return true;
        return Passes.Lower.LogicalImm(c);
    }

    /// <summary>The blocks on a cycle: the natural loop of each back edge p→h (h dominates p).</summary>
    public static HashSet<Block> LoopBlocks(Func f)
    {
        var dom = Passes.Dominators.Compute(f);
        var inLoop = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        foreach (var p in f.Blocks)
            foreach (var h in p.Succs)
            {
                if (!dom.Dominates(h, p)) continue;
                var body = new HashSet<Block>(ReferenceEqualityComparer.Instance) { h };
                var work = new Stack<Block>();
                work.Push(p);
                while (work.Count > 0)
                {
                    var x = work.Pop();
                    if (!body.Add(x)) continue;
                    foreach (var q in x.Preds) work.Push(q);
                }
                inLoop.UnionWith(body);
            }
        return inLoop;
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
                p += 2;
            }
            blockRange[b] = (start, p);
            p += 2;
        }
        // A call's results are written by the call itself (the emitter moves them out of the ABI
        // registers right after it), so they are defined at the call's position.
        foreach (var b in order)
            foreach (var v in b.Values)
                if (v.Op == Op.SelectN && IsCall(v.Args[0])) pos[v] = pos[v.Args[0]];
    }

    /// <summary>The tracked values live at the end of b: live into its successors, and the phi arguments b passes.</summary>
    private HashSet<Value> LiveOut(Block b, Dictionary<Block, HashSet<Value>> liveIn)
    {
        var live = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        foreach (var s in b.Succs)
        {
            var k = s.Preds.IndexOf(b);
            foreach (var v in liveIn[s])
                if (!(v.Op == Op.Phi && v.Block == s)) live.Add(v);
            foreach (var phi in s.Values)
                if (phi.Op == Op.Phi && NeedsLoc(phi.Args[k])) live.Add(phi.Args[k]);
        }
        if (b.Control != null)
        {
            if (NeedsLoc(b.Control)) live.Add(b.Control);
            else foreach (var a in b.Control.Args) if (NeedsLoc(a)) live.Add(a);
        }
        return live;
    }

    /// <summary>For each call, the values live after it (other than its results): a backward walk of each block.</summary>
    private void FindLiveAcrossCalls(Dictionary<Block, HashSet<Value>> liveIn)
    {
        foreach (var b in order)
        {
            var live = LiveOut(b, liveIn);
            for (int j = b.Values.Count - 1; j >= 0; j--)
            {
                var v = b.Values[j];
                live.Remove(v);
                if (v.Op == Op.Phi) continue;
                if (IsCall(v))
                {
                    // Results (SelectN) come after the call in the block, so they are out of the set already.
                    liveAcross[v] = live.OrderBy(x => x.Id).ToList();
                }
                foreach (var a in v.Args) if (NeedsLoc(a)) live.Add(a);
            }
        }
    }

    /// <summary>
    /// Where a value lives in the linear order: one range per block it is live in (lifetime holes
    /// between them), so a loop counter and its increment, or values on different paths, can share a
    /// register.
    /// </summary>
    private sealed class Interval(Value v, int defPos)
    {
        public Value Value { get; } = v;
        /// <summary>The position of the instruction defining the value (phis: their block's start).</summary>
        public int DefPos { get; } = defPos;
        public readonly List<(int S, int E)> Ranges = [];
        public int Start => Ranges[0].S;
        public int End = int.MinValue;

        public void Add(int s, int e)
        {
            Ranges.Add((s, e));
            if (e > End) End = e;
        }

        /// <summary>
        /// Whether the two are live at a common point. A range ending exactly where the other value is
        /// defined (by an instruction, not a phi or a call's result defined alongside it) does not
        /// count: the instruction reads its operands before writing its result.
        /// </summary>
        public bool Overlaps(Interval o)
        {
            if (o.Start > End || Start > o.End) return false;
            foreach (var (s1, e1) in Ranges)
                foreach (var (s2, e2) in o.Ranges)
                {
                    if (s1 > e2 || s2 > e1) continue;
                    if (e1 == s2 && HandOver(this, o, s2)) continue;
                    if (e2 == s1 && HandOver(o, this, s1)) continue;
                    return true;
                }
            return false;
        }

        /// <summary>Whether `first` ending at p where `second` starts is only a hand-over: p is second's defining instruction.</summary>
        private static bool HandOver(Interval first, Interval second, int p) =>
            p == second.DefPos && first.DefPos != p && second.Value.Op is not (Op.Phi or Op.Arg or Op.ClosurePtr);
    }

    private List<Interval> BuildIntervals(Dictionary<Block, HashSet<Value>> liveIn)
    {
        var iv = new Dictionary<Value, Interval>(ReferenceEqualityComparer.Instance);
        foreach (var b in order)
        {
            var (start, end) = blockRange[b];
            var from = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
            var to = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
            void Touch(Value v, int p) { if (!to.TryGetValue(v, out var e) || p > e) to[v] = p; }
            foreach (var v in liveIn[b]) { from[v] = start; Touch(v, start); }
            foreach (var v in b.Values)
            {
                if (NeedsLoc(v))
                {
                    // Incoming arguments and the closure pointer are put in place when the function starts.
                    var d = v.Op is Op.Phi or Op.Arg or Op.ClosurePtr ? start : pos[v];
                    from[v] = d;
                    Touch(v, d);
                    if (!iv.ContainsKey(v)) iv[v] = new Interval(v, d);
                }
                if (v.Op == Op.Phi) continue;
                foreach (var a in v.Args) if (NeedsLoc(a)) Touch(a, pos[v]);
            }
            foreach (var v in LiveOut(b, liveIn)) Touch(v, end);
            foreach (var (v, s) in from.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key.Id))
            {
                if (!iv.TryGetValue(v, out var i)) iv[v] = i = new Interval(v, s);
                i.Add(s, to[v]);
            }
        }
        foreach (var i in iv.Values) i.Ranges.Sort((x, y) => x.S.CompareTo(y.S));
        return iv.Values.Where(i => i.Ranges.Count > 0).OrderBy(i => i.Start).ThenBy(i => i.Value.Op == Op.Phi ? 0 : 1).ThenBy(i => i.Value.Id).ToList();
    }

    /// <summary>Registers each value would like, best first: where it comes from or must go anyway.</summary>
    private Dictionary<Value, List<int>> Hints()
    {
        var hints = new Dictionary<Value, List<int>>(ReferenceEqualityComparer.Instance);
        void Hint(Value v, int r)
        {
            if (!NeedsLoc(v)) return;
            if (!hints.TryGetValue(v, out var l)) hints[v] = l = [];
            if (!l.Contains(r)) l.Add(r);
        }
        foreach (var b in order)
        {
            foreach (var v in b.Values)
            {
                switch (v.Op)
                {
                    case Op.Arg: Hint(v, (int)v.AuxInt); break;
                    case Op.SelectN when IsCall(v.Args[0]) && v.Args[0].Aux is CallInfo rci && v.AuxInt < rci.ResultRegs.Count:
                        Hint(v, rci.ResultRegs[(int)v.AuxInt]);
                        break;
                }
                if (IsCall(v) && v.Aux is CallInfo ci)
                {
                    var first = v.Op == Op.A64CALLstatic ? 0 : 1;
                    for (int i = first; i < v.Args.Count - 1 && i - first < ci.ArgRegs.Count; i++) Hint(v.Args[i], ci.ArgRegs[i - first]);
                }
            }
            if (b.Kind == BlockKind.Ret && b.Control is { Op: Op.Return } ret)
                for (int i = 0; i < ret.Args.Count - 1 && i < f.ResultRegs.Count; i++) Hint(ret.Args[i], f.ResultRegs[i]);
        }
        return hints;
    }

    private void Allocate(List<Interval> intervals)
    {
        var hints = Hints();
        // The phis each value feeds (a phi's register is the best place for its arguments).
        var feeds = new Dictionary<Value, List<Value>>(ReferenceEqualityComparer.Instance);
        foreach (var b in order)
            foreach (var v in b.Values)
                if (v.Op == Op.Phi)
                    foreach (var a in v.Args)
                    {
                        if (!feeds.TryGetValue(a, out var l)) feeds[a] = l = [];
                        l.Add(v);
                    }

        // The intervals each register holds that may still meet a later one (those ending before the
        // current start never will: intervals come in order of their start).
        var held = new Dictionary<int, List<Interval>>();
        foreach (var r in Registers.AllocatableInt.Concat(Registers.AllocatableFloat)) held[r] = [];

        foreach (var cur in intervals)
        {
            var v = cur.Value;
            foreach (var l in held.Values) l.RemoveAll(i => i.End < cur.Start);
            var isFloat = v.Type.IsFloat();
            bool Free(int r) => held[r].All(i => !i.Overlaps(cur));
            int chosen = -1;
            foreach (var r in Preferred(v, hints, feeds))
                if (Registers.IsFloat(r) == isFloat && held.ContainsKey(r) && Free(r)) { chosen = r; break; }
            if (chosen < 0)
                foreach (var r in isFloat ? Registers.AllocatableFloat : Registers.AllocatableInt)
                    if (Free(r)) { chosen = r; break; }
            if (chosen >= 0)
            {
                held[chosen].Add(cur);
                Locations[v] = Loc.InReg(chosen);
                continue;
            }
            // No register: take one from a single value that lives on longer (it goes to the stack
            // for its whole life), else this value goes there.
            int victimReg = -1;
            Interval? victim = null;
            foreach (var r in isFloat ? Registers.AllocatableFloat : Registers.AllocatableInt)
            {
                var conflicts = held[r].Where(i => i.Overlaps(cur)).Take(2).ToList();
                if (conflicts.Count == 1 && conflicts[0].End > cur.End && (victim == null || conflicts[0].End > victim.End))
                    (victim, victimReg) = (conflicts[0], r);
            }
            if (victim != null)
            {
                Spill(victim.Value);
                held[victimReg].Remove(victim);
                held[victimReg].Add(cur);
                Locations[v] = Loc.InReg(victimReg);
            }
            else Spill(v);
        }
    }

    private IEnumerable<int> Preferred(Value v, Dictionary<Value, List<int>> hints, Dictionary<Value, List<Value>> feeds)
    {
        // A phi: where its arguments already are; a phi's argument: where the phi is.
        if (v.Op == Op.Phi)
            foreach (var a in v.Args)
                if (Locations.TryGetValue(a, out var l) && l.IsReg) yield return l.Reg;
        if (feeds.TryGetValue(v, out var phis))
            foreach (var p in phis)
                if (Locations.TryGetValue(p, out var l) && l.IsReg) yield return l.Reg;
        if (hints.TryGetValue(v, out var hs))
            foreach (var r in hs) yield return r;
    }

    private void Spill(Value v)
    {
        Locations[v] = Loc.InSlot(NewSlot(v));
    }

    private StackSlot NewSlot(Value v) => f.NewSlot($"v{v.Id}", Math.Max(8, v.Type.Size()), 8, v.Type == IrType.Ptr);

    /// <summary>Values in registers that live across calls get a save slot and are reloaded after each such call.</summary>
    private void PlanSaves()
    {
        foreach (var (call, live) in liveAcross.OrderBy(kv => kv.Key.Id))
        {
            var reload = new List<Value>();
            foreach (var v in live)
            {
                if (!Locations.TryGetValue(v, out var l) || !l.IsReg) continue;
                if (!SaveSlots.ContainsKey(v)) SaveSlots[v] = NewSlot(v);
                reload.Add(v);
            }
            if (reload.Count > 0) ClobberedBy[call] = reload;
        }
        ComputeStale();
    }

    /// <summary>
    /// Which saved values' registers may be stale at each block's entry: a forward "may" problem.
    /// Stale after a call the value lives across; fresh after its definition, and after a use that
    /// reloads it (<see cref="Reloads"/>); at a join, stale if stale on any incoming edge.
    /// </summary>
    private void ComputeStale()
    {
        var outSets = new Dictionary<Block, HashSet<Value>>(ReferenceEqualityComparer.Instance);
        foreach (var b in order)
        {
            StaleAtEntry[b] = new HashSet<Value>(ReferenceEqualityComparer.Instance);
            outSets[b] = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        }
        if (SaveSlots.Count == 0) return;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var b in order)
            {
                var stale = new HashSet<Value>(ReferenceEqualityComparer.Instance);
                foreach (var p in b.Preds)
                    if (outSets.TryGetValue(p, out var po)) stale.UnionWith(po);
                if (!stale.SetEquals(StaleAtEntry[b])) { StaleAtEntry[b] = new HashSet<Value>(stale, ReferenceEqualityComparer.Instance); changed = true; }
                Transfer(b, stale);
                if (!stale.SetEquals(outSets[b])) { outSets[b] = stale; changed = true; }
            }
        }
    }

    /// <summary>Runs block b over the set of stale values, as the emitter does.</summary>
    private void Transfer(Block b, HashSet<Value> stale)
    {
        foreach (var v in b.Values)
        {
            if (v.Op != Op.Phi && Reloads(v))
                foreach (var a in v.Args) stale.Remove(a);
            stale.Remove(v);
            if (IsCall(v) && ClobberedBy.TryGetValue(v, out var clobbered)) stale.UnionWith(clobbered);
        }
        if (b.Kind is BlockKind.A64Z or BlockKind.A64NZ or BlockKind.A64TBZ or BlockKind.A64TBNZ && b.Control != null) stale.Remove(b.Control);
    }

    /// <summary>
    /// Whether emitting v brings its stale operands back into their registers (the emitter makes sure
    /// it does): every instruction reading registers; not moves (copies, calls), which read the slot.
    /// </summary>
    public static bool Reloads(Value v) => v.Op is not (Op.Phi or Op.Copy or Op.SelectN or Op.Return) && !IsCall(v);
}
