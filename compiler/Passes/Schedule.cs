using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Orders the values of each block for emission: phis first, every value after its arguments, loads
/// of a memory state before the store that replaces it, flag producers immediately before their one
/// consumer, the block's control value last. Otherwise values keep their creation order (program order).
/// </summary>
public static class Schedule
{
    public static void Run(Func f)
    {
        foreach (var b in f.Blocks) ScheduleBlock(b);
    }

    private static void ScheduleBlock(Block b)
    {
        var values = b.Values;
        var inBlock = new HashSet<Value>(values, ReferenceEqualityComparer.Instance);
        // Extra ordering edges: a value that consumes memory state m must run after every load of m
        // (another value reading m must not see the new state).
        var after = new Dictionary<Value, List<Value>>(ReferenceEqualityComparer.Instance);
        var readersOfMem = new Dictionary<Value, List<Value>>(ReferenceEqualityComparer.Instance);
        foreach (var v in values)
            if (v.Type != IrType.Mem)
                foreach (var a in v.Args)
                    if (a.Type == IrType.Mem)
                    {
                        if (!readersOfMem.TryGetValue(a, out var l)) readersOfMem[a] = l = [];
                        l.Add(v);
                    }
        foreach (var v in values)
            if (v.Type == IrType.Mem && v.Op != Op.Phi)
                foreach (var a in v.Args)
                    if (a.Type == IrType.Mem && readersOfMem.TryGetValue(a, out var readers))
                        foreach (var r in readers)
                            if (inBlock.Contains(r) && r != v) Dep(after, v, r);

        // A flags value is scheduled as part of its consumer.
        var flagsOf = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        foreach (var v in values)
            foreach (var a in v.Args)
                if (a.Type == IrType.Flags && inBlock.Contains(a)) flagsOf[v] = a;
        var controlFlags = b.Control is { Type: IrType.Flags } cf && inBlock.Contains(cf) ? cf : null;

        var order = new List<Value>(values.Count);
        var done = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        var index = new Dictionary<Value, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < values.Count; i++) index[values[i]] = i;

        bool Ready(Value v)
        {
            foreach (var a in v.Args)
                if (inBlock.Contains(a) && !done.Contains(a) && v.Op != Op.Phi && a.Type != IrType.Flags) return false;
            if (flagsOf.TryGetValue(v, out var fl))
                foreach (var a in fl.Args)
                    if (inBlock.Contains(a) && !done.Contains(a)) return false;
            if (after.TryGetValue(v, out var deps))
                foreach (var d in deps)
                    if (!done.Contains(d)) return false;
            return true;
        }

        // Values nothing in this block uses (they feed later blocks, or phis of a successor: a loop's
        // next counter) go last, so they are not live alongside the values they replace.
        var usedHere = new HashSet<Value>(ReferenceEqualityComparer.Instance);
        foreach (var v in values)
            if (v.Op != Op.Phi)
                foreach (var a in v.Args) usedHere.Add(a);
        if (b.Control != null) { usedHere.Add(b.Control); foreach (var a in b.Control.Args) usedHere.Add(a); }

        int Priority(Value v) => v.Op switch
        {
            Op.Phi => 0,
            Op.InitMem or Op.Arg => 1,
            // A call's results arrive in fixed registers: take them at once, before anything else can reuse those.
            Op.SelectN => 1,
            _ when v == b.Control => 4,
            _ when !usedHere.Contains(v) && v.Type != IrType.Mem && !v.Info.Is(OpFlags.SideEffect) => 3,
            _ => 2,
        };

        var pending = values.Where(v => v.Type != IrType.Flags || (!flagsOf.ContainsValue(v) && v != controlFlags)).ToList();
        while (pending.Count > 0)
        {
            Value? best = null;
            foreach (var v in pending)
            {
                if (!Ready(v)) continue;
                if (best == null || Priority(v) < Priority(best) || (Priority(v) == Priority(best) && index[v] < index[best])) best = v;
            }
            if (best == null) throw new InvalidOperationException($"schedule: cycle in block {b} of {b.Func.Name}");
            pending.Remove(best);
            if (flagsOf.TryGetValue(best, out var fl) && !done.Contains(fl)) { order.Add(fl); done.Add(fl); }
            order.Add(best);
            done.Add(best);
        }
        if (controlFlags != null)
        {
            foreach (var a in controlFlags.Args)
                if (inBlock.Contains(a) && !done.Contains(a)) throw new InvalidOperationException("schedule: control flags before their arguments");
            order.Add(controlFlags);
        }
        values.Clear();
        values.AddRange(order);
    }

    private static void Dep(Dictionary<Value, List<Value>> after, Value v, Value mustPrecede)
    {
        if (!after.TryGetValue(v, out var l)) after[v] = l = [];
        l.Add(mustPrecede);
    }
}
