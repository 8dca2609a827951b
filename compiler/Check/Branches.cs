using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Labels and branch statements (break, continue, goto, fallthrough), checked per function body
// before type checking, as gc's parser does (its checkBranches): misplaced branches, bad and unused
// labels, gotos jumping over variable declarations or into blocks.
public sealed partial class Checker
{
    private void CheckBranches(IReadOnlyList<Ast.File> files)
    {
        foreach (var f in files)
            foreach (var d in f.Decls)
                switch (d)
                {
                    case Ast.FuncDecl { Body: { } body } fd:
                        FuncBranches(body);
                        foreach (var n in Descendants(fd.Type)) if (n is Ast.FuncLit fl) FuncBranches(fl.Body);
                        break;
                    case Ast.VarDecl or Ast.ConstDecl or Ast.TypeDecl:
                        foreach (var n in Descendants(d)) if (n is Ast.FuncLit fl) FuncBranches(fl.Body);
                        break;
                }
    }

    /// <summary>
    /// The branch errors of function bodies alone: gc's parser checks each body it read without
    /// syntax errors, also in a file that has some elsewhere (and is not type-checked).
    /// </summary>
    public static IReadOnlyList<Diagnostic> BranchErrors(IEnumerable<Ast.BlockStmt> bodies)
    {
        var bag = new DiagnosticBag { Limit = 0 };
        var c = new Checker(new PackageInfo("", "p"), new Info(), bag, _ => null);
        RunWithLargeStack(() => { foreach (var b in bodies) c.FuncBranches(b); });
        return bag.Items;
    }

    private sealed class LabelInfo(BranchBlock parent, Ast.LabeledStmt stmt)
    {
        public BranchBlock Parent { get; } = parent;
        public Ast.LabeledStmt Stmt { get; } = stmt;
        public bool Used { get; set; }
        public LabelObj Obj { get; } = new(stmt.Label.Value, stmt.Label.Pos);
    }

    private sealed record BranchBlock(BranchBlock? Parent, SourcePos Start, Ast.LabeledStmt? LStmt);

    /// <summary>The statements break and continue may refer to, and the index of the enclosing switch case.</summary>
    private readonly record struct Targets(Ast.Stmt? Breaks, Ast.ForStmt? Continues, int CaseIndex);

    /// <summary>One function body (function literals inside it are checked on their own).</summary>
    private void FuncBranches(Ast.BlockStmt body)
    {
        var labels = new Dictionary<string, LabelInfo>(StringComparer.Ordinal);
        var fwd = BlockBranches(labels, null, new Targets(null, null, -1), null, body.Pos, body.Stmts);
        foreach (var g in fwd)
        {
            var name = g.Label!.Value;
            if (labels.TryGetValue(name, out var l))
            {
                l.Used = true;
                Error(g.Label.Pos, $"goto {name} jumps into block starting at {l.Parent.Start}");
            }
            else Error(g.Label.Pos, $"label {name} not defined");
        }
        foreach (var l in labels.Values)
            if (!l.Used) Error(l.Stmt.Label.Pos, $"label {l.Stmt.Label.Value} defined and not used");
        // Function literals in this body have their own labels.
        foreach (var n in Descendants(body)) if (n is Ast.FuncLit fl) FuncBranches(fl.Body);
    }

    private List<Ast.BranchStmt> BlockBranches(Dictionary<string, LabelInfo> labels, BranchBlock? parent, Targets ctxt,
        Ast.LabeledStmt? lstmt, SourcePos start, IReadOnlyList<Ast.Stmt> body)
    {
        var b = new BranchBlock(parent, start, lstmt);
        SourcePos? varPos = null;
        string? varName = null;
        var fwdGotos = new List<Ast.BranchStmt>();
        var badGotos = new List<Ast.BranchStmt>();

        void RecordVarDecl(SourcePos pos, string name)
        {
            varPos = pos;
            varName = name;
            badGotos = [.. fwdGotos];
        }
        bool JumpsOverVarDecl(Ast.BranchStmt g) => varPos != null && badGotos.Contains(g);
        void InnerBlock(Targets t, SourcePos st, IReadOnlyList<Ast.Stmt> stmts, Ast.LabeledStmt? ls) =>
            fwdGotos.AddRange(BlockBranches(labels, b, t, ls, st, stmts));

        var list = body.ToList();
        while (list.Count > 0 && list[^1] is Ast.EmptyStmt) list.RemoveAt(list.Count - 1);
        for (int stmtIndex = 0; stmtIndex < list.Count; stmtIndex++)
        {
            var stmt = list[stmtIndex];
            Ast.LabeledStmt? curLabel = null;
            while (stmt is Ast.LabeledStmt ls)
            {
                var name = ls.Label.Value;
                if (name != "_")
                {
                    LabelInfo l;
                    if (labels.TryGetValue(name, out var alt))
                    {
                        Error(ls.Label.Pos, $"label {name} already defined at {alt.Stmt.Label.Pos}");
                        l = alt;
                    }
                    else
                    {
                        l = new LabelInfo(b, ls);
                        labels[name] = l;
                        info.Defs[ls.Label] = l.Obj;
                    }
                    // Resolve the forward gotos to this label.
                    for (int i = fwdGotos.Count - 1; i >= 0; i--)
                    {
                        var g = fwdGotos[i];
                        if (g.Label!.Value != name) continue;
                        l.Used = true;
                        info.Uses[g.Label] = l.Obj;
                        if (JumpsOverVarDecl(g))
                            Error(g.Label.Pos, $"goto {name} jumps over declaration of {varName} at {varPos}");
                        fwdGotos.RemoveAt(i);
                    }
                    curLabel = ls;
                }
                stmt = ls.Stmt;
            }
            switch (stmt)
            {
                case Ast.DeclStmt ds:
                    foreach (var d in ds.Decls)
                        if (d is Ast.VarDecl v) { RecordVarDecl(v.Pos, v.Names[0].Value); break; }
                    break;
                case Ast.BranchStmt br when br.Label == null:
                    switch (br.Tok)
                    {
                        case Ast.BranchToken.Break:
                            if (ctxt.Breaks == null) Error(br.Pos, "break is not in a loop, switch, or select");
                            break;
                        case Ast.BranchToken.Continue:
                            if (ctxt.Continues == null) Error(br.Pos, "continue is not in a loop");
                            break;
                        case Ast.BranchToken.Fallthrough:
                        {
                            var msg = "fallthrough statement out of place";
                            if (ctxt.Breaks is Ast.SwitchStmt sw)
                            {
                                if (sw.Tag is Ast.TypeSwitchGuard) msg = "cannot fallthrough in type switch";
                                else if (ctxt.CaseIndex < 0 || stmtIndex + 1 < list.Count) { }
                                else if (ctxt.CaseIndex + 1 == sw.Body.Length) msg = "cannot fallthrough final case in switch";
                                else break;
                            }
                            Error(br.Pos, msg);
                            break;
                        }
                    }
                    break;
                case Ast.BranchStmt br:
                {
                    var name = br.Label!.Value;
                    switch (br.Tok)
                    {
                        case Ast.BranchToken.Break:
                        case Ast.BranchToken.Continue:
                        {
                            var isBreak = br.Tok == Ast.BranchToken.Break;
                            var t = EnclosingTarget(labels, b, name, br.Label, out var defined);
                            if (t != null)
                            {
                                var okTarget = isBreak ? t.Stmt is Ast.SwitchStmt or Ast.SelectStmt or Ast.ForStmt : t.Stmt is Ast.ForStmt;
                                if (!okTarget) Error(br.Label.Pos, $"invalid {(isBreak ? "break" : "continue")} label {name}");
                            }
                            else if (defined) Error(br.Label.Pos, $"invalid {(isBreak ? "break" : "continue")} label {name}");
                            else Error(br.Label.Pos, $"{(isBreak ? "break" : "continue")} label not defined: {name}");
                            break;
                        }
                        case Ast.BranchToken.Goto:
                            if (!GotoTarget(labels, b, name, br.Label)) fwdGotos.Add(br);
                            break;
                    }
                    break;
                }
                case Ast.AssignStmt { IsDefine: true } a:
                    RecordVarDecl(a.Pos, string.Join(", ", a.Lhs.Select(S)));
                    break;
                case Ast.BlockStmt blk:
                    InnerBlock(ctxt with { CaseIndex = -1 }, blk.Pos, blk.Stmts, curLabel);
                    break;
                case Ast.IfStmt ifs:
                    InnerBlock(ctxt with { CaseIndex = -1 }, ifs.Then.Pos, ifs.Then.Stmts, curLabel);
                    if (ifs.Else != null) InnerBlock(ctxt with { CaseIndex = -1 }, ifs.Else.Pos, [ifs.Else], curLabel);
                    break;
                case Ast.ForStmt fs:
                    InnerBlock(new Targets(fs, fs, -1), fs.Body.Pos, fs.Body.Stmts, curLabel);
                    break;
                case Ast.SwitchStmt sw:
                    for (int i = 0; i < sw.Body.Length; i++)
                        InnerBlock(new Targets(sw, ctxt.Continues, i), sw.Body[i].Pos, sw.Body[i].Body, curLabel);
                    break;
                case Ast.SelectStmt sel:
                    foreach (var cc in sel.Body) InnerBlock(new Targets(sel, ctxt.Continues, -1), cc.Pos, cc.Body, curLabel);
                    break;
            }
        }
        return fwdGotos;
    }

    /// <summary>The enclosing labeled statement with this label (a break or continue target), or null; defined: the label exists.</summary>
    private Ast.LabeledStmt? EnclosingTarget(Dictionary<string, LabelInfo> labels, BranchBlock? b, string name, Ast.Name use, out bool defined)
    {
        defined = false;
        if (!labels.TryGetValue(name, out var l)) return null;
        defined = true;
        l.Used = true;
        info.Uses[use] = l.Obj;
        for (; b != null; b = b.Parent)
            if (ReferenceEquals(l.Stmt, b.LStmt)) return l.Stmt;
        return null;
    }

    /// <summary>A backward goto to a label of this block or an enclosing one.</summary>
    private bool GotoTarget(Dictionary<string, LabelInfo> labels, BranchBlock? b, string name, Ast.Name use)
    {
        if (!labels.TryGetValue(name, out var l)) return false;
        l.Used = true;
        info.Uses[use] = l.Obj;
        for (; b != null; b = b.Parent)
            if (ReferenceEquals(l.Parent, b)) return true;
        return false;
    }

    // ---- walking the syntax tree ----

    /// <summary>All nodes under n (not n itself), not entering function literal bodies' descendants twice: FuncLits are yielded, their bodies not walked.</summary>
    private static IEnumerable<Ast.Node> Descendants(Ast.Node n)
    {
        foreach (var c in Children(n))
        {
            yield return c;
            if (c is Ast.FuncLit) continue;
            foreach (var d in Descendants(c)) yield return d;
        }
    }

    /// <summary>The direct children of a syntax node.</summary>
    public static IEnumerable<Ast.Node> Children(Ast.Node n)
    {
        switch (n)
        {
            case Ast.File f: yield return f.PkgName; foreach (var d in f.Decls) yield return d; break;
            case Ast.ImportDecl imp: if (imp.LocalName != null) yield return imp.LocalName; yield return imp.Path; break;
            case Ast.ConstDecl c:
                foreach (var nm in c.Names) yield return nm;
                if (c.Type != null) yield return c.Type;
                foreach (var v in c.Values) yield return v;
                break;
            case Ast.VarDecl v:
                foreach (var nm in v.Names) yield return nm;
                if (v.Type != null) yield return v.Type;
                foreach (var x in v.Values) yield return x;
                break;
            case Ast.TypeDecl t: yield return t.Name; foreach (var f in t.TypeParams) yield return f; yield return t.Type; break;
            case Ast.FuncDecl fd:
                if (fd.Recv != null) yield return fd.Recv;
                yield return fd.Name;
                foreach (var f in fd.TypeParams) yield return f;
                yield return fd.Type;
                if (fd.Body != null) yield return fd.Body;
                break;
            case Ast.Field f: if (f.Name != null) yield return f.Name; yield return f.Type; break;
            case Ast.CompositeLit c: if (c.Type != null) yield return c.Type; foreach (var e in c.Elems) yield return e; break;
            case Ast.KeyValueExpr kv: yield return kv.Key; yield return kv.Value; break;
            case Ast.FuncLit fl: yield return fl.Type; yield return fl.Body; break;
            case Ast.ParenExpr p: yield return p.X; break;
            case Ast.SelectorExpr s: yield return s.X; yield return s.Sel; break;
            case Ast.IndexExpr ix: yield return ix.X; yield return ix.Index; break;
            case Ast.SliceExpr sx:
                yield return sx.X;
                if (sx.Low != null) yield return sx.Low;
                if (sx.High != null) yield return sx.High;
                if (sx.Max != null) yield return sx.Max;
                break;
            case Ast.AssertExpr a: yield return a.X; yield return a.Type; break;
            case Ast.TypeSwitchGuard g: if (g.Lhs != null) yield return g.Lhs; yield return g.X; break;
            case Ast.Operation o: yield return o.X; if (o.Y != null) yield return o.Y; break;
            case Ast.CallExpr c: yield return c.Fun; foreach (var a in c.Args) yield return a; break;
            case Ast.ListExpr l: foreach (var e in l.Elems) yield return e; break;
            case Ast.ArrayType at: if (at.Len != null) yield return at.Len; yield return at.Elem; break;
            case Ast.SliceType st: yield return st.Elem; break;
            case Ast.DotsType dt: yield return dt.Elem; break;
            case Ast.StructType st:
                foreach (var f in st.Fields) yield return f;
                foreach (var tag in st.Tags) if (tag != null) yield return tag;
                break;
            case Ast.InterfaceType it: foreach (var f in it.Methods) yield return f; break;
            case Ast.FuncType ft: foreach (var f in ft.Params) yield return f; foreach (var f in ft.Results) yield return f; break;
            case Ast.MapType mt: yield return mt.Key; yield return mt.Value; break;
            case Ast.ChanType ct: yield return ct.Elem; break;
            case Ast.LabeledStmt ls: yield return ls.Label; yield return ls.Stmt; break;
            case Ast.BranchStmt br: if (br.Label != null) yield return br.Label; break;
            case Ast.BlockStmt b: foreach (var s in b.Stmts) yield return s; break;
            case Ast.ExprStmt es: yield return es.X; break;
            case Ast.SendStmt ss: yield return ss.Chan; yield return ss.Value; break;
            case Ast.DeclStmt ds: foreach (var d in ds.Decls) yield return d; break;
            case Ast.AssignStmt a: foreach (var l in a.Lhs) yield return l; foreach (var r in a.Rhs) yield return r; break;
            case Ast.CallStmt cs: yield return cs.Call; break;
            case Ast.ReturnStmt r: foreach (var e in r.Results) yield return e; break;
            case Ast.IfStmt i:
                if (i.Init != null) yield return i.Init;
                yield return i.Cond;
                yield return i.Then;
                if (i.Else != null) yield return i.Else;
                break;
            case Ast.ForStmt fs:
                if (fs.Init != null) yield return fs.Init;
                if (fs.Cond != null) yield return fs.Cond;
                if (fs.Post != null) yield return fs.Post;
                yield return fs.Body;
                break;
            case Ast.RangeClause rc: foreach (var l in rc.Lhs) yield return l; yield return rc.X; break;
            case Ast.SwitchStmt sw:
                if (sw.Init != null) yield return sw.Init;
                if (sw.Tag != null) yield return sw.Tag;
                foreach (var c in sw.Body) yield return c;
                break;
            case Ast.SelectStmt sel: foreach (var c in sel.Body) yield return c; break;
            case Ast.CaseClause cc: foreach (var e in cc.Cases) yield return e; foreach (var s in cc.Body) yield return s; break;
            case Ast.CommClause cc: if (cc.Comm != null) yield return cc.Comm; foreach (var s in cc.Body) yield return s; break;
        }
    }
}
