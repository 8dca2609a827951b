using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.Check;

// Package initialization order (the spec's "Package initialization").
public sealed partial class Checker
{
    /// <summary>
    /// Orders package variable initializers: repeatedly the earliest variable in declaration order that
    /// depends on no uninitialized variable, where dependencies go through functions and methods a
    /// variable's initializer refers to. A cycle is gc's "initialization cycle" error.
    /// </summary>
    private void ComputeInitOrder()
    {
        var inits = info.InitOrder.ToList();
        info.InitOrder.Clear();
        var initOf = new Dictionary<VarObj, Initializer>(ReferenceEqualityComparer.Instance);
        foreach (var i in inits) foreach (var v in i.Lhs) initOf.TryAdd(v, i);

        // Variables each variable depends on, through any chain of functions.
        var varDeps = new Dictionary<VarObj, HashSet<VarObj>>(ReferenceEqualityComparer.Instance);
        foreach (var v in info.Globals)
        {
            var result = new HashSet<VarObj>(ReferenceEqualityComparer.Instance);
            var seen = new HashSet<GoObject>(ReferenceEqualityComparer.Instance);
            var stack = new Stack<GoObject>();
            if (decls.TryGetValue(v, out var d)) foreach (var x in d.Deps) stack.Push(x);
            while (stack.Count > 0)
            {
                var o = stack.Pop();
                if (!seen.Add(o)) continue;
                if (o is VarObj dv) { result.Add(dv); continue; }
                if (decls.TryGetValue(o, out var od)) foreach (var x in od.Deps) stack.Push(x);
            }
            varDeps[v] = result;
        }

        var done = new HashSet<VarObj>(ReferenceEqualityComparer.Instance);
        var emitted = new HashSet<Initializer>(ReferenceEqualityComparer.Instance);
        var pending = info.Globals.ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(v => varDeps[v].All(d => done.Contains(d) || d == v && !initOf.ContainsKey(v)));
            if (next == null)
            {
                var v = pending[0];
                var cyc = FindCycle(v, varDeps);
                var msg = "initialization cycle or initialization loop:";
                msg = $"initialization cycle: {v.Name} refers to itself";
                if (cyc.Count > 1)
                {
                    msg = "initialization cycle:";
                    for (int i = 0; i < cyc.Count; i++) msg += $"\n\t{cyc[i].Pos}: {cyc[i].Name} refers to {cyc[(i + 1) % cyc.Count].Name}";
                }
                Error(v.Pos, msg);
                return;
            }
            pending.Remove(next);
            done.Add(next);
            if (initOf.TryGetValue(next, out var init) && emitted.Add(init))
            {
                // All variables of a multi-assignment become initialized together.
                foreach (var o in init.Lhs) { done.Add(o); pending.Remove(o); }
                info.InitOrder.Add(init);
            }
        }
    }

    private static List<VarObj> FindCycle(VarObj start, Dictionary<VarObj, HashSet<VarObj>> deps)
    {
        var path = new List<VarObj> { start };
        var cur = start;
        for (int i = 0; i < 1000; i++)
        {
            var next = deps[cur].FirstOrDefault(d => deps.ContainsKey(d) && (d == start || deps[d].Contains(start)));
            if (next == null || next == start) break;
            path.Add(next);
            cur = next;
        }
        return path;
    }
}
