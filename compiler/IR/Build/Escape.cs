using Gosharp.Compiler.Check;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.IR.Build;

/// <summary>
/// Which local variables of a function must live on the heap: those captured by a function literal
/// (closures capture by reference and may outlive the frame), and those whose address may outlive
/// the frame. This first escape analysis is intraprocedural and conservative: &amp;x escapes when
/// the pointer is returned, stored anywhere but a local pointer variable that itself does not escape,
/// passed to a function, or put in a composite literal or interface; uses that only dereference it
/// (*p, p.f, p[i], unsafe.Pointer(&amp;x) converted and dereferenced at once) keep x on the stack.
/// A method call with a pointer receiver on x (x.M() for func (*T) M) is assumed not to leak its
/// receiver. Slicing a local array (a[:]) takes its address like &amp;a.
/// <para>
/// Allocation sites (<c>new(T)</c>, <c>&amp;T{...}</c>, <c>make([]T, n)</c> with constant sizes,
/// <c>[]T{...}</c>, <c>make(map...)</c> and map literals, whose header can be in the frame) are tracked too, more strictly, since a site kept in the frame gives every
/// execution the same memory: a site escapes when its pointer (or one derived from it: <c>&amp;p.f</c>,
/// <c>p[i:]</c>, conversions, type assertions) is leaked as above, is a map key or element, is a method receiver (the method
/// may keep it), is bound in a method value, reaches a result, a captured variable or a variable
/// not declared in this function, or flows into a variable declared outside the innermost loop
/// around the site (its object of one iteration would still be reachable in the next). Assignments
/// between local variables are followed to a fixed point. Functions with goto keep every
/// allocation on the heap (their loops are not visible as statements).
/// </para>
/// </summary>
public sealed class Escape(Info info)
{
    private readonly HashSet<VarObj> heap = new(ReferenceEqualityComparer.Instance);
    /// <summary>Local pointer variables holding the address of a local (p := &amp;x): x escapes if p does.</summary>
    private readonly Dictionary<VarObj, List<VarObj>> pointsTo = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<VarObj> escapingPointers = new(ReferenceEqualityComparer.Instance);

    // Allocation sites: their loop depth, those leaked directly, and the flow between variables.
    private readonly Dictionary<Ast.Node, int> allocDepth = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Ast.Node> escapingAllocs = new(ReferenceEqualityComparer.Instance);
    /// <summary>What a local variable may hold: allocation sites and variables (Value: it holds what they hold; else it holds their address).</summary>
    private readonly Dictionary<VarObj, List<(object Target, bool Value)>> holds = new(ReferenceEqualityComparer.Instance);
    /// <summary>Variables whose value leaks as far as allocations are concerned (a superset of escapingPointers).</summary>
    private readonly HashSet<VarObj> allocRoots = new(ReferenceEqualityComparer.Instance);
    /// <summary>The loop depth of each variable declared in the body.</summary>
    private readonly Dictionary<VarObj, int> varDepth = new(ReferenceEqualityComparer.Instance);
    private int loopDepth;

    /// <summary>The largest variable a frame holds (gc's limit for declared variables, 10 MB).</summary>
    public const long MaxStackVarSize = 10 << 20;

    /// <summary>The decisions for one function body.</summary>
    public sealed record Result(HashSet<VarObj> HeapVars, HashSet<Ast.Node> StackAllocs);

    public static HashSet<VarObj> HeapVars(Info info, Ast.BlockStmt body, IEnumerable<VarObj> captured) =>
        Analyze(info, body, captured, [], hasGoto: false).HeapVars;

    /// <param name="captured">Variables of the body captured by function literals.</param>
    /// <param name="results">The function's result variables (what they hold leaves the frame).</param>
    /// <param name="hasGoto">The body has goto statements: no allocation stays in the frame.</param>
    public static Result Analyze(Info info, Ast.BlockStmt body, IEnumerable<VarObj> captured, IEnumerable<VarObj> results, bool hasGoto)
    {
        var e = new Escape(info);
        foreach (var v in captured) e.heap.Add(v);
        e.Walk(body, null);
        // Variables too big for a frame live on the heap, as gc's do.
        foreach (var v in e.varDepth.Keys) if (Layout.Sizeof(v.Type) > MaxStackVarSize) e.heap.Add(v);
        var heapVars = e.HeapVarsFixpoint();
        var stack = new HashSet<Ast.Node>(ReferenceEqualityComparer.Instance);
        if (!hasGoto)
        {
            var escaping = e.EscapingAllocs(heapVars, results);
            foreach (var site in e.allocDepth.Keys)
                if (!escaping.Contains(site)) stack.Add(site);
        }
        return new Result(heapVars, stack);
    }

    private HashSet<VarObj> HeapVarsFixpoint()
    {
        var e = this;
        // p := &x; return p → x escapes (to a fixed point through chains of such pointers).
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var (p, targets) in e.pointsTo)
                if (e.escapingPointers.Contains(p) || e.heap.Contains(p))
                    foreach (var t in targets)
                        if (e.heap.Add(t) || e.escapingPointers.Add(t)) changed = true;
        }
        return e.heap;
    }

    /// <summary>The allocation sites that must be on the heap.</summary>
    private HashSet<Ast.Node> EscapingAllocs(HashSet<VarObj> heapVars, IEnumerable<VarObj> results)
    {
        var escaping = new HashSet<Ast.Node>(escapingAllocs, ReferenceEqualityComparer.Instance);
        // Everything reachable from a leaking variable escapes: through "holds what it holds" and
        // "holds its address" alike (a variable whose address leaks lives on the heap).
        var seen = new HashSet<VarObj>(ReferenceEqualityComparer.Instance);
        var work = new Stack<VarObj>();
        void Root(VarObj v) { if (seen.Add(v)) work.Push(v); }
        foreach (var v in allocRoots) Root(v);
        foreach (var v in heapVars) Root(v);
        foreach (var v in results) Root(v);
        // Variables declared elsewhere (an enclosing function's, reached through the closure).
        foreach (var v in holds.Keys) if (!varDepth.ContainsKey(v)) Root(v);
        while (work.Count > 0)
            foreach (var (t, _) in holds.GetValueOrDefault(work.Pop()) ?? [])
                if (t is VarObj tv) Root(tv);
                else escaping.Add((Ast.Node)t);
        // A site flowing (by value) into a variable of an outer loop level.
        foreach (var (v, _) in holds)
        {
            int depth = varDepth.GetValueOrDefault(v, 0);
            var vseen = new HashSet<VarObj>(ReferenceEqualityComparer.Instance) { v };
            var vwork = new Stack<VarObj>([v]);
            while (vwork.Count > 0)
                foreach (var (t, value) in holds.GetValueOrDefault(vwork.Pop()) ?? [])
                {
                    if (!value) continue;
                    if (t is VarObj tv) { if (vseen.Add(tv)) vwork.Push(tv); }
                    else if (allocDepth[(Ast.Node)t] > depth) escaping.Add((Ast.Node)t);
                }
        }
        return escaping;
    }

    /// <summary>An allocation site the frame could hold (make only with constant sizes).</summary>
    private bool IsAllocSite(Ast.Expr e)
    {
        switch (e)
        {
            case Ast.Operation { Op: Ast.Operator.And, Y: null } amp: return Unparen(amp.X) is Ast.CompositeLit;
            case Ast.CompositeLit cl: return info.TypeOf(cl)?.Type.Underlying is SliceType or MapType;
            case Ast.CallExpr c when info.TypeOf(c.Fun)?.Mode == Mode.Builtin:
                switch ((Unparen(c.Fun) as Ast.Name)?.Value)
                {
                    case "new": return true;
                    case "make":
                        return info.TypeOf(c)?.Type.Underlying switch
                        {
                            SliceType => c.Args.Length >= 2 && c.Args.Skip(1).All(a => info.TypeOf(a)?.Value != null),
                            MapType => true,
                            _ => false,
                        };
                    default: return false;
                }
            default: return false;
        }
    }

    /// <summary>
    /// The allocation site or local variable whose memory a pointer-valued expression points into:
    /// (site, true) or (v, true) when it holds what v holds, (v, false) when it is v's address.
    /// </summary>
    private (object Target, bool Value)? Base(Ast.Expr e)
    {
        e = StripConversions(e);
        if (IsAllocSite(e)) return (e, true);
        switch (e)
        {
            case Ast.Name n when info.ObjectOf(n) is VarObj { IsGlobal: false } v: return (v, true);
            case Ast.Operation { Op: Ast.Operator.And, Y: null } amp: return AddrBase(amp.X);
            case Ast.SliceExpr sx when TypeOf(sx.X)?.Underlying is ArrayType: return AddrBase(sx.X);
            case Ast.SliceExpr sx: return Base(sx.X);
            case Ast.AssertExpr ae: return Base(ae.X);
            // Pointer arithmetic through uintptr: the result points into the same memory.
            case Ast.Operation { Op: Ast.Operator.Add or Ast.Operator.Sub, Y: not null } bin: return Base(bin.X) ?? Base(bin.Y);
            default: return null;
        }
    }

    /// <summary>Base for the address of an addressable expression.</summary>
    private (object Target, bool Value)? AddrBase(Ast.Expr x)
    {
        switch (Unparen(x))
        {
            case Ast.Name n when info.ObjectOf(n) is VarObj { IsGlobal: false } v: return (v, false);
            case Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is { Kind: SelectionKind.FieldVal } sel:
                return sel.Indirect ? Base(s.X) ?? AddrBase(s.X) : AddrBase(s.X);
            case Ast.IndexExpr ix:
                return TypeOf(ix.X)?.Underlying switch
                {
                    ArrayType => AddrBase(ix.X),
                    SliceType or PointerType => Base(ix.X),
                    _ => null,
                };
            case Ast.Operation { Op: Ast.Operator.Mul, Y: null } d: return Base(d.X);
            default: return null;
        }
    }

    /// <summary>A pointer value leaving the frame, as far as allocation sites are concerned.</summary>
    private void LeakAllocs((object Target, bool Value)? b)
    {
        switch (b?.Target)
        {
            case VarObj v: allocRoots.Add(v); break;
            case Ast.Node site: escapingAllocs.Add(site); break;
        }
    }

    /// <summary>dst = e for a local variable dst: dst holds what e points into.</summary>
    private void Flow(VarObj dst, Ast.Expr e)
    {
        if (Base(e) is not { } b) return;
        if (!holds.TryGetValue(dst, out var l)) holds[dst] = l = [];
        l.Add(b);
    }

    /// <summary>An expression's type (a variable's, for names the checker records only as uses).</summary>
    private GoType? TypeOf(Ast.Expr e) =>
        info.TypeOf(e)?.Type ?? (Unparen(e) is Ast.Name n ? (info.ObjectOf(n) as VarObj)?.Type : null) ?? (Unparen(e) != e ? TypeOf(Unparen(e)) : null);

    private void Declare(Ast.Name n, int depth)
    {
        if (info.Defs.GetValueOrDefault(n) is VarObj v) varDepth[v] = depth;
    }

    /// <summary>The local variable whose address e takes (&amp;x, &amp;x.f, &amp;x[i] for arrays, x[:]), if any.</summary>
    private VarObj? AddressedVar(Ast.Expr e)
    {
        switch (Unparen(e))
        {
            case Ast.Operation { Op: Ast.Operator.And, Y: null } amp: return Root(amp.X);
            case Ast.SliceExpr s when info.TypeOf(s.X)?.Type.Underlying is ArrayType: return Root(s.X);
            default: return null;
        }
    }

    /// <summary>The local variable an addressable expression is part of (x, x.f, x[i] of an array x).</summary>
    private VarObj? Root(Ast.Expr e) => Unparen(e) switch
    {
        Ast.Name n when info.ObjectOf(n) is VarObj { IsGlobal: false } v => v,
        Ast.SelectorExpr s when info.Selections.GetValueOrDefault(s) is { Kind: SelectionKind.FieldVal, Indirect: false } => Root(s.X),
        Ast.IndexExpr ix when info.TypeOf(ix.X)?.Type.Underlying is ArrayType => Root(ix.X),
        Ast.CompositeLit => null,
        _ => null,
    };

    private static Ast.Expr Unparen(Ast.Expr e) => e is Ast.ParenExpr p ? Unparen(p.X) : e;

    /// <summary>A pointer value flowing somewhere it may outlive the frame: whatever it points to escapes.</summary>
    private void Leak(Ast.Expr e)
    {
        LeakAllocs(Base(e));
        LeakVars(e);
    }

    private void LeakVars(Ast.Expr e)
    {
        var inner = StripConversions(e);
        if (AddressedVar(inner) is { } v) heap.Add(v);
        else if (Unparen(inner) is Ast.Name n && info.ObjectOf(n) is VarObj pv && !pv.IsGlobal) escapingPointers.Add(pv);
    }

    /// <summary>Conversions (unsafe.Pointer(&amp;x), (*T)(p)) keep the pointer: look through them.</summary>
    private Ast.Expr StripConversions(Ast.Expr e)
    {
        while (Unparen(e) is Ast.CallExpr c && c.Args.Length == 1 && info.TypeOf(c.Fun)?.Mode == Mode.TypeExpr) e = c.Args[0];
        return Unparen(e);
    }

    private void Walk(Ast.Node? n, Ast.Node? parent)
    {
        switch (n)
        {
            case null: return;
            case Ast.ReturnStmt r:
                foreach (var x in r.Results) { Leak(x); WalkExpr(x); }
                return;
            case Ast.AssignStmt a:
                if (a.IsDefine) foreach (var l in a.Lhs) if (Unparen(l) is Ast.Name dn) Declare(dn, loopDepth);
                for (int i = 0; i < a.Rhs.Length; i++)
                {
                    var rhs = a.Rhs[i];
                    WalkExpr(rhs);
                    if (i >= a.Lhs.Length) { Leak(rhs); continue; }
                    var lhs = Unparen(a.Lhs[i]);
                    // Into a local variable: what it holds is followed for allocation sites.
                    if (lhs is Ast.Name fn && (info.Defs.GetValueOrDefault(fn) ?? info.Uses.GetValueOrDefault(fn)) is VarObj { IsGlobal: false } fv)
                        Flow(fv, rhs);
                    // Into a local pointer variable: remember, and decide when we know whether it escapes.
                    if (lhs is Ast.Name ln && (info.Defs.GetValueOrDefault(ln) ?? info.Uses.GetValueOrDefault(ln)) is VarObj { IsGlobal: false } lv
                        && (AddressedVar(StripConversions(rhs)) is { } target))
                    {
                        if (!pointsTo.TryGetValue(lv, out var l)) pointsTo[lv] = l = [];
                        l.Add(target);
                        continue;
                    }
                    if (lhs is Ast.Name pn && info.ObjectOf(pn) is VarObj { IsGlobal: false } plv
                        && Unparen(StripConversions(rhs)) is Ast.Name rn && info.ObjectOf(rn) is VarObj { IsGlobal: false } rv && pointsTo.TryGetValue(rv, out var rts))
                    {
                        if (!pointsTo.TryGetValue(plv, out var l2)) pointsTo[plv] = l2 = [];
                        l2.AddRange(rts);
                        continue;
                    }
                    if (lhs is Ast.Name { Value: "_" }) continue;
                    // A local variable holds it: allocation sites are decided by the variable's fate.
                    if (lhs is Ast.Name && info.ObjectOf((Ast.Name)lhs) is VarObj { IsGlobal: false }) LeakVars(rhs);
                    else Leak(rhs);
                }
                foreach (var l in a.Lhs) WalkLhs(l);
                return;
            case Ast.DeclStmt ds:
                foreach (var d in ds.Decls)
                    if (d is Ast.VarDecl vd)
                    {
                        foreach (var dn in vd.Names) Declare(dn, loopDepth);
                        for (int i = 0; i < vd.Values.Length; i++)
                        {
                            WalkExpr(vd.Values[i]);
                            var local = i < vd.Names.Length ? info.Defs.GetValueOrDefault(vd.Names[i]) as VarObj : null;
                            if (local != null) Flow(local, vd.Values[i]);
                            if (local != null && AddressedVar(StripConversions(vd.Values[i])) is { } t)
                            {
                                if (!pointsTo.TryGetValue(local, out var l)) pointsTo[local] = l = [];
                                l.Add(t);
                            }
                            else if (local != null) LeakVars(vd.Values[i]);
                            else Leak(vd.Values[i]);
                        }
                    }
                return;
            case Ast.ExprStmt es: WalkExpr(es.X); return;
            case Ast.BlockStmt b: foreach (var s in b.Stmts) Walk(s, b); return;
            case Ast.IfStmt i: Walk(i.Init, i); WalkExpr(i.Cond); Walk(i.Then, i); Walk(i.Else, i); return;
            case Ast.ForStmt f:
                if (f.Init is Ast.RangeClause rc) { WalkExpr(rc.X); if (AddressedVar(rc.X) is { } rv2) heap.Add(rv2); }
                else Walk(f.Init, f);
                // The condition, post statement and body run once per iteration; range variables
                // are written at the start of each.
                loopDepth++;
                if (f.Init is Ast.RangeClause { IsDefine: true } rc2) foreach (var l in rc2.Lhs) if (Unparen(l) is Ast.Name rn2) Declare(rn2, loopDepth);
                if (f.Cond != null) WalkExpr(f.Cond);
                Walk(f.Post, f);
                Walk(f.Body, f);
                loopDepth--;
                return;
            case Ast.SwitchStmt sw:
                Walk(sw.Init, sw);
                // A type switch's variables hold the operand: not followed, so it leaks.
                if (sw.Tag is Ast.TypeSwitchGuard g) { WalkExpr(g.X); if (g.Lhs != null) LeakAllocs(Base(g.X)); }
                else if (sw.Tag != null) WalkExpr(sw.Tag);
                foreach (var c in sw.Body) { foreach (var x in c.Cases) WalkExpr(x); foreach (var s in c.Body) Walk(s, c); }
                return;
            case Ast.SelectStmt sel:
                foreach (var c in sel.Body) { Walk(c.Comm, c); foreach (var s in c.Body) Walk(s, c); }
                return;
            case Ast.LabeledStmt ls: Walk(ls.Stmt, ls); return;
            case Ast.CallStmt cs: WalkExpr(cs.Call); foreach (var a in cs.Call.Args) Leak(a); Leak(cs.Call.Fun); return;
            case Ast.SendStmt ss: WalkExpr(ss.Chan); WalkExpr(ss.Value); Leak(ss.Value); return;
            default: return;
        }
    }

    private void WalkLhs(Ast.Expr e)
    {
        switch (Unparen(e))
        {
            case Ast.Name: return;
            case Ast.SelectorExpr s: WalkExpr(s.X); return;
            case Ast.IndexExpr ix:
                WalkExpr(ix.X);
                WalkExpr(ix.Index);
                // m[k] = v keeps k in the map.
                if (TypeOf(ix.X)?.Underlying is MapType) LeakAllocs(Base(ix.Index));
                return;
            case Ast.Operation { Op: Ast.Operator.Mul, Y: null } d: WalkExpr(d.X); return;
            default: WalkExpr(e); return;
        }
    }

    private void WalkExpr(Ast.Expr? e)
    {
        switch (e)
        {
            case null: return;
            case Ast.ParenExpr p: WalkExpr(p.X); return;
            case Ast.CallExpr c:
                if (IsAllocSite(c)) allocDepth[c] = loopDepth;
                // A method call: the method may keep its receiver.
                if (Unparen(c.Fun) is Ast.SelectorExpr ms && info.Selections.GetValueOrDefault(ms) is { Kind: SelectionKind.MethodVal } msel)
                {
                    WalkExpr(ms.X);
                    if (msel.AddrRecv) LeakAllocs(AddrBase(ms.X));
                    else if (!msel.DerefRecv) LeakAllocs(Base(ms.X));
                }
                else WalkExpr(c.Fun);
                var isConversion = info.TypeOf(c.Fun)?.Mode == Mode.TypeExpr;
                var builtin = info.TypeOf(c.Fun)?.Mode == Mode.Builtin ? (Unparen(c.Fun) as Ast.Name)?.Value : null;
                foreach (var a in c.Args)
                {
                    WalkExpr(a);
                    // Arguments of calls may be kept by the callee (conversions are checked where used;
                    // len, cap, print and friends keep nothing).
                    if (!isConversion && builtin is not ("len" or "cap" or "print" or "println" or "copy" or "delete" or "clear")) Leak(a);
                }
                return;
            case Ast.Operation o:
                if (IsAllocSite(o)) allocDepth[o] = loopDepth;
                // &[]T{...}, &M{...}: the new object holds the slice or map, and what is loaded from it
                // is not followed, so the literal's own array or map escapes.
                if (o is { Op: Ast.Operator.And, Y: null } && Unparen(o.X) is Ast.CompositeLit inner && info.TypeOf(inner)?.Type.Underlying is SliceType or MapType)
                    escapingAllocs.Add(inner);
                // *(*T)(unsafe.Pointer(&x)): a dereference right away; x stays put.
                if (o is { Op: Ast.Operator.Mul, Y: null }) { WalkExpr(o.X); return; }
                WalkExpr(o.X);
                WalkExpr(o.Y);
                return;
            case Ast.SelectorExpr s:
                WalkExpr(s.X);
                // A method value keeps its receiver in a closure.
                if (info.Selections.GetValueOrDefault(s) is { Kind: SelectionKind.MethodVal } mv)
                    LeakAllocs(mv.AddrRecv ? AddrBase(s.X) : Base(s.X));
                return;
            case Ast.IndexExpr ix: WalkExpr(ix.X); WalkExpr(ix.Index); return;
            case Ast.SliceExpr sx: WalkExpr(sx.X); WalkExpr(sx.Low); WalkExpr(sx.High); WalkExpr(sx.Max); return;
            case Ast.CompositeLit cl:
                if (IsAllocSite(cl)) allocDepth[cl] = loopDepth;
                foreach (var el in cl.Elems)
                {
                    // A map literal keeps its keys.
                    if (el is Ast.KeyValueExpr mk && info.TypeOf(cl)?.Type.Underlying is MapType) LeakAllocs(Base(mk.Key));
                    var v = el is Ast.KeyValueExpr kv ? kv.Value : el;
                    WalkExpr(v);
                    Leak(v);
                }
                return;
            case Ast.KeyValueExpr kv2: WalkExpr(kv2.Key); WalkExpr(kv2.Value); return;
            case Ast.FuncLit: return; // captured variables are decided by the captures
            case Ast.AssertExpr ae: WalkExpr(ae.X); return;
            default: return;
        }
    }
}
