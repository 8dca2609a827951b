using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Passes;

/// <summary>
/// Inlines calls to small leaf functions of the same package, as an IR pass over the package's
/// functions between the early and late pass lists. A callee qualifies when it can never appear in a
/// traceback: it makes no calls at all (a bounds check, a division check or a panic is a call), and
/// every memory access it makes is to a global, so it cannot fault either (a load through a pointer
/// argument may be a nil dereference, whose panic must show the callee's frame as gc's inline marks
/// do; gosharp has no inline marks, so such functions stay calls). It must also not be
/// //go:noinline, must use the register ABI for every argument and result, have no stack slots and
/// no closure context, and cost at most <see cref="Budget"/> values that do work (gc's idea: a size
/// with a threshold). Loops are fine (gc 1.19 inlines for and range loops too).
/// The call's block is split at the call: the callee's blocks are copied in between, its arguments
/// become the call's operands, its returns jump to the continuation, whose phis collect the results
/// and the memory state when there are several. With a note callback, the decisions are reported in
/// gc's -m words ("can inline f", "inlining call to f"), callees before their callers as gc visits them.
/// </summary>
public static class Inline
{
    public const int Budget = 40;

    public static void Run(IReadOnlyList<Func> funcs, Action<SourcePos, string>? note = null)
    {
        var bySymbol = new Dictionary<string, Func>(StringComparer.Ordinal);
        foreach (var f in funcs) bySymbol.TryAdd(f.Symbol, f);
        var inlinable = new Dictionary<Func, bool>(ReferenceEqualityComparer.Instance);
        bool CanInline(Func g) => inlinable.TryGetValue(g, out var ok) ? ok : inlinable[g] = Qualifies(g);
        // A callee that qualifies makes no calls, so inlining never changes it: bodies are copied as built.
        foreach (var f in BottomUp(funcs, bySymbol))
        {
            // Not the package initializer the compiler makes up (no position), which gc does not report.
            if (CanInline(f) && f.Pos.Line > 0) note?.Invoke(f.Pos, "can inline " + ShortName(f));
            var sites = f.AllValues().Where(v => v.Op == Op.StaticCall && v.Aux is CallInfo ci && ci.Abi == CallAbi.Internal
                && bySymbol.TryGetValue(ci.Symbol, out var g) && g != f && CanInline(g)
                && ci.StackSize == 0 && g.ResultRegs.SequenceEqual(ci.ResultRegs)).ToList();
            var notes = new List<(SourcePos, string)>();
            foreach (var call in sites)
            {
                var g = bySymbol[((CallInfo)call.Aux!).Symbol];
                notes.Add((call.Pos, "inlining call to " + ShortName(g)));
                InlineCall(f, call, g);
            }
            if (note != null)
                foreach (var (pos, msg) in notes.OrderBy(n => n.Item1.Line).ThenBy(n => n.Item1.Col)) note(pos, msg);
        }
    }

    /// <summary>The functions with those they call statically first (gc's bottom-up visiting order), else in source order.</summary>
    private static List<Func> BottomUp(IReadOnlyList<Func> funcs, Dictionary<string, Func> bySymbol)
    {
        var order = new List<Func>();
        var seen = new HashSet<Func>(ReferenceEqualityComparer.Instance);
        void Visit(Func f)
        {
            if (!seen.Add(f)) return;
            foreach (var v in f.AllValues())
                if (v.Op == Op.StaticCall && v.Aux is CallInfo ci && bySymbol.TryGetValue(ci.Symbol, out var g)) Visit(g);
            order.Add(f);
        }
        foreach (var f in funcs) Visit(f);
        return order;
    }

    /// <summary>A function's name as gc's -m prints one of the package being compiled: add, T.m, (*T).m, main.func1.</summary>
    public static string ShortName(Func f)
    {
        var name = f.Name;
        var end = name.IndexOfAny(['(', '[']);
        var slash = name.LastIndexOf('/', end < 0 ? name.Length - 1 : end);
        var dot = name.IndexOf('.', slash + 1);
        return dot < 0 ? name : name[(dot + 1)..];
    }

    /// <summary>Whether calls to g can be replaced by its body.</summary>
    public static bool Qualifies(Func g)
    {
        if (g.NoInline || g.Abi != CallAbi.Internal || g.Slots.Count > 0 || g.Blocks.Count == 0 || g.Entry.Preds.Count > 0) return false;
        var cost = 0;
        foreach (var b in g.Blocks)
        {
            if (b.Kind == BlockKind.Exit) return false;
            foreach (var v in b.Values)
            {
                if (v.Info.Is(OpFlags.Call) || v.Op is Op.ClosurePtr or Op.InArgAddr or Op.OutArgAddr or Op.LocalAddr or Op.SelectN) return false;
                if (v.Op is Op.Load or Op.Store or Op.Zero or Op.Move && !v.Args.Take(v.Op == Op.Move ? 2 : 1).All(Global)) return false;
                if (v.Op is not (Op.Arg or Op.InitMem or Op.Const or Op.ConstF or Op.Copy or Op.Phi or Op.Return)) cost++;
            }
        }
        return cost <= Budget && g.Blocks.Any(b => b.Kind == BlockKind.Ret);
    }

    private static void InlineCall(Func f, Value call, Func callee)
    {
        var ci = (CallInfo)call.Aux!;
        var b = call.Block;
        var idx = b.Values.IndexOf(call);

        // Split b after the call: the continuation takes the rest of b and its ending.
        var cont = f.NewBlock(b.Kind);
        cont.Pos = call.Pos;
        foreach (var v in b.Values.Skip(idx + 1).ToList())
        {
            b.Values.Remove(v);
            v.Block = cont;
            cont.Values.Add(v);
        }
        cont.Control = b.Control;
        cont.Likely = b.Likely;
        foreach (var s in b.Succs)
        {
            cont.Succs.Add(s);
            for (int k = 0; k < s.Preds.Count; k++)
                if (s.Preds[k] == b) { s.Preds[k] = cont; break; }
        }
        b.Succs.Clear();
        b.Kind = BlockKind.Plain;
        b.Control = null;
        b.Likely = 0;

        // Copy the callee's blocks and values.
        var blockMap = new Dictionary<Block, Block>(ReferenceEqualityComparer.Instance);
        foreach (var cb in callee.Blocks)
        {
            var nb = f.NewBlock(cb.Kind);
            nb.Pos = cb.Pos;
            nb.Likely = cb.Likely;
            blockMap[cb] = nb;
        }
        var valueMap = new Dictionary<Value, Value>(ReferenceEqualityComparer.Instance);
        var mem = call.Args[^1];
        var regArgs = call.Args.Take(call.Args.Count - 1).ToList();
        foreach (var cb in callee.Blocks)
            foreach (var cv in cb.Values)
            {
                switch (cv.Op)
                {
                    case Op.InitMem: valueMap[cv] = mem; continue;
                    case Op.Arg:
                    {
                        var i = IndexOf(ci.ArgRegs, (int)cv.AuxInt);
                        if (i < 0 || i >= regArgs.Count) throw new InvalidOperationException($"inline: {callee.Name} reads register {cv.AuxInt} its caller does not pass");
                        valueMap[cv] = regArgs[i];
                        continue;
                    }
                }
                var nv = blockMap[cb].NewValue(cv.Op, cv.Type, cv.Pos);
                nv.AuxInt = cv.AuxInt;
                nv.Aux = cv.Aux;
                nv.Signed = cv.Signed;
                valueMap[cv] = nv;
            }
        Value Map(Value v) => valueMap.TryGetValue(v, out var m) ? m : throw new InvalidOperationException($"inline: {v} of {callee.Name} has no copy");
        var returns = new List<(Block B, List<Value> Results, Value Mem)>();
        foreach (var cb in callee.Blocks)
        {
            var nb = blockMap[cb];
            foreach (var cv in cb.Values)
                if (cv.Op is not (Op.InitMem or Op.Arg))
                    foreach (var a in cv.Args) valueMap[cv].AddArg(Map(a));
            // The same edges in the same order (phi arguments follow the predecessors' order).
            foreach (var s in cb.Succs) nb.Succs.Add(blockMap[s]);
            foreach (var p in cb.Preds) nb.Preds.Add(blockMap[p]);
            if (cb.Kind == BlockKind.Ret)
            {
                var ret = cb.Control!;
                var r = Map(ret);
                nb.Values.Remove(r);
                returns.Add((nb, r.Args.Take(r.Args.Count - 1).ToList(), r.Args[^1]));
                nb.Kind = BlockKind.Plain;
                nb.Control = null;
                nb.AddEdgeTo(cont);
            }
            else if (cb.Control != null) nb.Control = Map(cb.Control);
        }
        b.AddEdgeTo(blockMap[callee.Entry]);

        // Results and memory meet in the continuation.
        Value Join(IrType t, Func<(Block B, List<Value> Results, Value Mem), Value> pick)
        {
            if (returns.Count == 1) return pick(returns[0]);
            var phi = cont.NewValue(Op.Phi, t, call.Pos);
            cont.Values.Remove(phi);
            cont.Values.Insert(0, phi);
            foreach (var p in cont.Preds) phi.AddArg(pick(returns.First(r => r.B == p)));
            return phi;
        }
        var memOut = Join(IrType.Mem, r => r.Mem);
        foreach (var v in cont.Values.ToList())
            if (v.Op == Op.SelectN && v.Args[0] == call)
            {
                var k = (int)v.AuxInt;
                v.BecomeCopy(Join(v.Type, r => r.Results[k]));
            }
        // The call itself becomes the memory state after the body (a copy, which copyelim removes).
        b.Values.Remove(call);
        call.Block = cont;
        cont.Values.Insert(returns.Count == 1 ? 0 : cont.Values.Count(x => x.Op == Op.Phi), call);
        call.BecomeCopy(memOut);
    }

    /// <summary>An address that cannot be nil: a global's, plus constant offsets.</summary>
    private static bool Global(Value p)
    {
        p = p.Resolve();
        for (int i = 0; i < 100 && p.Op == Op.Add && p.Args[1].Resolve().Op == Op.Const; i++) p = p.Args[0].Resolve();
        return p.Op == Op.Addr;
    }

    private static int IndexOf(IReadOnlyList<int> l, int x)
    {
        for (int i = 0; i < l.Count; i++) if (l[i] == x) return i;
        return -1;
    }
}
