using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.Check;

// Package initialization order (the spec's "Package initialization").
public sealed partial class Checker
{
    /// <summary>
    /// Orders package variable initializers: repeatedly the variable (or constant) with the fewest
    /// uninitialized dependencies, earliest in declaration order, where dependencies through
    /// functions and methods count. A remaining dependency is gc's "initialization cycle".
    /// </summary>
    private void ComputeInitOrder()
    {
        info.InitOrder.Clear();
        var order = new Dictionary<GoObject, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < objOrder.Count; i++) order[objOrder[i]] = i;
        var nodes = objOrder.Where(o => o is VarObj or ConstObj).ToList();

        // Dependencies of each variable or constant on others, through any chain of functions.
        var deps = new Dictionary<GoObject, HashSet<GoObject>>(ReferenceEqualityComparer.Instance);
        foreach (var n in nodes)
        {
            var result = new HashSet<GoObject>(ReferenceEqualityComparer.Instance);
            var seen = new HashSet<GoObject>(ReferenceEqualityComparer.Instance);
            var stack = new Stack<GoObject>();
            foreach (var x in decls[n].Deps) stack.Push(x);
            while (stack.Count > 0)
            {
                var o = stack.Pop();
                if (!seen.Add(o)) continue;
                if (o is VarObj or ConstObj) { if (decls.ContainsKey(o)) result.Add(o); continue; }
                if (decls.TryGetValue(o, out var od)) foreach (var x in od.Deps) stack.Push(x);
            }
            deps[n] = result;
        }

        var remaining = new List<GoObject>(nodes);
        var done = new HashSet<GoObject>(ReferenceEqualityComparer.Instance);
        var emitted = new HashSet<Gosharp.Compiler.Syntax.Ast.Expr>(ReferenceEqualityComparer.Instance);
        while (remaining.Count > 0)
        {
            GoObject? next = null;
            int bestDeps = int.MaxValue;
            foreach (var n in remaining)
            {
                var nd = deps[n].Count(d => !done.Contains(d));
                if (nd < bestDeps) { bestDeps = nd; next = n; if (nd == 0) break; }
            }
            remaining.Remove(next!);
            // As gc 1.19: every object still waiting on others when its turn comes reports its cycle.
            if (bestDeps > 0)
            {
                var cycle = FindPath(next!, next!, new HashSet<GoObject>(ReferenceEqualityComparer.Instance));
                if (cycle != null)
                {
                    ReportInitCycle(cycle);
                }
            }
            done.Add(next!);
            if (next is VarObj v && decls[v].VarInit is { } init && emitted.Add(init))
                info.InitOrder.Add(new Initializer(decls[v].VarLhs ?? [v], init));
        }
    }

    /// <summary>A dependency path from one object back to another (reversed: to first), or null.</summary>
    private List<GoObject>? FindPath(GoObject from, GoObject to, HashSet<GoObject> seen)
    {
        if (!seen.Add(from)) return null;
        if (!decls.TryGetValue(from, out var d)) return null;
        foreach (var dep in d.Deps)
        {
            if (ReferenceEquals(dep, to)) return [dep];
            if (FindPath(dep, to, seen) is { } p) { p.Add(dep); return p; }
        }
        return null;
    }

    private void ReportInitCycle(List<GoObject> cycle)
    {
        // gc 1.19 lists the whole cycle, even a variable referring to itself.
        var obj = cycle[0];
        var msg = $"initialization loop for {obj.Name}";
        for (int i = cycle.Count - 1; i >= 0; i--)
        {
            msg += $"\n\t{obj.Pos}: {obj.Name} refers to";
            obj = cycle[i];
        }
        msg += $"\n\t{obj.Pos}: {obj.Name}";
        Error(cycle[0].Pos, msg);
    }
}
