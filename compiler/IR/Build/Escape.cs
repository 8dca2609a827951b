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
/// </summary>
public sealed class Escape(Info info)
{
    private readonly HashSet<VarObj> heap = new(ReferenceEqualityComparer.Instance);
    /// <summary>Local pointer variables holding the address of a local (p := &amp;x): x escapes if p does.</summary>
    private readonly Dictionary<VarObj, List<VarObj>> pointsTo = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<VarObj> escapingPointers = new(ReferenceEqualityComparer.Instance);

    public static HashSet<VarObj> HeapVars(Info info, Ast.BlockStmt body, IEnumerable<VarObj> captured)
    {
        var e = new Escape(info);
        foreach (var v in captured) e.heap.Add(v);
        e.Walk(body, null);
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
                for (int i = 0; i < a.Rhs.Length; i++)
                {
                    var rhs = a.Rhs[i];
                    WalkExpr(rhs);
                    if (i >= a.Lhs.Length) { Leak(rhs); continue; }
                    var lhs = Unparen(a.Lhs[i]);
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
                    if (lhs is not Ast.Name { Value: "_" }) Leak(rhs);
                }
                foreach (var l in a.Lhs) WalkLhs(l);
                return;
            case Ast.DeclStmt ds:
                foreach (var d in ds.Decls)
                    if (d is Ast.VarDecl vd)
                        for (int i = 0; i < vd.Values.Length; i++)
                        {
                            WalkExpr(vd.Values[i]);
                            if (i < vd.Names.Length && info.Defs.GetValueOrDefault(vd.Names[i]) is VarObj dv && AddressedVar(StripConversions(vd.Values[i])) is { } t)
                            {
                                if (!pointsTo.TryGetValue(dv, out var l)) pointsTo[dv] = l = [];
                                l.Add(t);
                            }
                            else Leak(vd.Values[i]);
                        }
                return;
            case Ast.ExprStmt es: WalkExpr(es.X); return;
            case Ast.BlockStmt b: foreach (var s in b.Stmts) Walk(s, b); return;
            case Ast.IfStmt i: Walk(i.Init, i); WalkExpr(i.Cond); Walk(i.Then, i); Walk(i.Else, i); return;
            case Ast.ForStmt f:
                if (f.Init is Ast.RangeClause rc) { WalkExpr(rc.X); if (AddressedVar(rc.X) is { } rv2) heap.Add(rv2); }
                else Walk(f.Init, f);
                if (f.Cond != null) WalkExpr(f.Cond);
                Walk(f.Post, f);
                Walk(f.Body, f);
                return;
            case Ast.SwitchStmt sw:
                Walk(sw.Init, sw);
                if (sw.Tag is Ast.TypeSwitchGuard g) WalkExpr(g.X); else if (sw.Tag != null) WalkExpr(sw.Tag);
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
            case Ast.IndexExpr ix: WalkExpr(ix.X); WalkExpr(ix.Index); return;
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
                WalkExpr(c.Fun);
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
                // *(*T)(unsafe.Pointer(&x)): a dereference right away; x stays put.
                if (o is { Op: Ast.Operator.Mul, Y: null }) { WalkExpr(o.X); return; }
                WalkExpr(o.X);
                WalkExpr(o.Y);
                return;
            case Ast.SelectorExpr s: WalkExpr(s.X); return;
            case Ast.IndexExpr ix: WalkExpr(ix.X); WalkExpr(ix.Index); return;
            case Ast.SliceExpr sx: WalkExpr(sx.X); WalkExpr(sx.Low); WalkExpr(sx.High); WalkExpr(sx.Max); return;
            case Ast.CompositeLit cl:
                foreach (var el in cl.Elems)
                {
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
