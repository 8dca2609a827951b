using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>What the checker knows about the function body it is in.</summary>
internal sealed class FuncContext(GoObject? owner, Signature sig, Scope top, FuncContext? outer)
{
    public GoObject? Owner { get; } = owner;
    public Signature Sig { get; } = sig;
    /// <summary>The function's outermost scope (parameters).</summary>
    public Scope Top { get; } = top;
    public FuncContext? Outer { get; } = outer;
    public List<VarObj> Locals { get; } = [];
    public Dictionary<string, (LabelObj Obj, Ast.LabeledStmt Stmt)> Labels { get; } = new(StringComparer.Ordinal);
    public List<VarObj> Captured { get; } = [];

    /// <summary>Whether v is declared in an enclosing function (a closure captures it).</summary>
    public bool IsOuterVar(VarObj v) => Outer != null && !Locals.Contains(v) && !Sig.Params.Vars.Contains(v) && !Sig.Results.Vars.Contains(v) && v.Parent != null && !IsInside(v.Parent);

    private bool IsInside(Scope s)
    {
        for (var p = s; p != null; p = p.Parent) if (p == Top) return true;
        return false;
    }

    public void Captures(VarObj v) { if (!Captured.Contains(v)) Captured.Add(v); }
}

// Statements and function bodies.
public sealed partial class Checker
{
    /// <summary>Context of the statement list being checked: what break/continue/fallthrough may do.</summary>
    [Flags]
    private enum StmtContext { None = 0, Break = 1, Continue = 2, Fallthrough = 4, FinalSwitchCase = 8 }

    private void FuncBody(GoObject owner, string name, Signature sig, Ast.BlockStmt body, Scope paramScope)
    {
        var savedScope = scope;
        var savedFn = fn;
        var savedIota = iota;
        iota = null;
        fn = new FuncContext(owner, sig, paramScope, null);
        scope = paramScope;
        try
        {
            CollectLabels(body);
            StmtList(body.Stmts, StmtContext.None);
            if (sig.Results.Count > 0 && !IsTerminatingList(body.Stmts, null))
                Error(body.Rbrace, "missing return");
            foreach (var (lname, (lobj, lstmt)) in fn.Labels)
                if (!lobj.Used) Error(lstmt.Label, $"label {lname} defined and not used");
            ReportUnused(fn);
        }
        finally
        {
            scope = savedScope;
            fn = savedFn;
            iota = savedIota;
        }
    }

    private void ReportUnused(FuncContext f)
    {
        foreach (var v in f.Locals.OrderBy(v => v.Pos.Line).ThenBy(v => v.Pos.Col))
            if (!v.Used && v.Name != "_") Error(v.Pos, $"declared and not used: {v.Name}");
    }

    private void OpenScope(string what) => scope = new Scope(scope, what);
    private void CloseScope() => scope = scope.Parent!;

    private void StmtList(IEnumerable<Ast.Stmt> stmts, StmtContext ctx)
    {
        var list = stmts.ToList();
        // Only the last non-empty statement of a case may be fallthrough.
        int last = list.Count - 1;
        while (last >= 0 && list[last] is Ast.EmptyStmt) last--;
        for (int i = 0; i < list.Count; i++)
        {
            var inner = ctx;
            if (i != last) inner &= ~StmtContext.Fallthrough;
            Stmt(list[i], inner);
        }
    }

    private void Stmt(Ast.Stmt s, StmtContext ctx)
    {
        switch (s)
        {
            case Ast.EmptyStmt: break;
            case Ast.BlockStmt b:
                OpenScope("block");
                StmtList(b.Stmts, ctx & ~StmtContext.Fallthrough);
                CloseScope();
                break;
            case Ast.ExprStmt es: ExprStmt(es); break;
            case Ast.DeclStmt ds: DeclStmt(ds); break;
            case Ast.AssignStmt a: AssignStmt(a); break;
            case Ast.ReturnStmt r: ReturnStmt(r); break;
            case Ast.IfStmt ifs: IfStmt(ifs, ctx); break;
            case Ast.ForStmt fs: ForStmt(fs, ctx); break;
            case Ast.SwitchStmt sw: SwitchStmt(sw, ctx); break;
            case Ast.BranchStmt br: BranchStmt(br, ctx); break;
            case Ast.LabeledStmt ls:
                if (fn!.Labels.TryGetValue(ls.Label.Value, out var l) && l.Stmt == ls) info.Defs[ls.Label] = l.Obj;
                Stmt(ls.Stmt, ctx);
                break;
            case Ast.CallStmt cs:
                Error(cs, $"{cs.Tok.Text()} statements are not supported by gosharp yet");
                break;
            case Ast.SendStmt ss:
                Error(ss, "channel operations are not supported by gosharp yet");
                break;
            case Ast.SelectStmt sel:
                Error(sel, "select statements are not supported by gosharp yet");
                break;
            default:
                Error(s, $"statement not supported by gosharp yet");
                break;
        }
    }

    private void ExprStmt(Ast.ExprStmt es)
    {
        var x = MultiExpr(es.X);
        if (x.Invalid) return;
        var call = Unparen(es.X) as Ast.CallExpr;
        if (call != null && x.Mode != Mode.Constant)
        {
            // Calls are statements, except calls of builtins that only compute a value.
            if (info.TypeOf(call.Fun) is { Mode: Mode.Builtin } && x.Mode != Mode.NoValue)
                Error(es.X, $"{S(es.X)} (value of type {T(x.Type)}) is not used");
            else if (info.TypeOf(call.Fun) is { Mode: Mode.TypeExpr })
                Error(es.X, $"{S(es.X)} ({(x.Mode == Mode.Constant ? "constant" : "value")} of type {T(x.Type)}) is not used");
            return;
        }
        if (Unparen(es.X) is Ast.Operation { Op: Ast.Operator.Recv, Y: null }) return;
        Error(es.X, $"{Describe(x)} is not used");
    }

    private void DeclStmt(Ast.DeclStmt ds)
    {
        foreach (var d in ds.Decls)
        {
            switch (d)
            {
                case Ast.VarDecl vd:
                {
                    var lhs = vd.Names.Select(n => new VarObj(n.Value, n.Pos, pkg, Universe.Invalid)).ToList();
                    GoType? typ = vd.Type != null ? TypeExpr(vd.Type) : null;
                    if (typ != null) foreach (var v in lhs) v.Type = typ;
                    if (vd.Values.Length > 0) InitVars(lhs, vd.Values, vd.Pos);
                    else if (typ == null) foreach (var v in lhs) v.Type = Universe.Invalid;
                    // Declare after the initializers: `var x = x` refers to an outer x.
                    for (int i = 0; i < lhs.Count; i++) DeclareLocal(vd.Names[i], lhs[i]);
                    break;
                }
                case Ast.ConstDecl cd:
                {
                    // Local constants: like package-level ones, but declared in order.
                    var savedIota = iota;
                    iota = Types.Constants.ConstValue.Of(cd.Iota);
                    var (texpr, _) = (cd.Type, 0);
                    var objs = new List<ConstObj>();
                    var src = cd.Values.IsEmpty && cd.Group != null ? lastConstWithValues.GetValueOrDefault(cd.Group) ?? cd : cd;
                    if (!cd.Values.IsEmpty && cd.Group != null) lastConstWithValues[cd.Group] = cd;
                    GoType? typ = src.Type != null ? TypeExpr(src.Type) : null;
                    for (int i = 0; i < cd.Names.Length; i++)
                    {
                        var c = new ConstObj(cd.Names[i].Value, cd.Names[i].Pos, pkg, Universe.Invalid, Types.Constants.ConstValue.Unknown);
                        if (i < src.Values.Length) InitConst(c, Expr(src.Values[i], typ), typ);
                        else Error(cd.Names[i], src.Values.IsEmpty ? "missing init expr for const declaration" : "missing init expr for const declaration");
                        objs.Add(c);
                    }
                    if (src.Values.Length > cd.Names.Length) Error(src.Values[cd.Names.Length], "extra init expr");
                    iota = savedIota;
                    for (int i = 0; i < objs.Count; i++) { DeclareName(cd.Names[i], objs[i]); }
                    _ = texpr;
                    break;
                }
                case Ast.TypeDecl td:
                {
                    var tn = new TypeNameObj(td.Name.Value, td.Name.Pos, pkg, Universe.Invalid) { IsAlias = td.IsAlias };
                    DeclareName(td.Name, tn);
                    TypeDecl(tn, td);
                    break;
                }
            }
        }
    }

    private readonly Dictionary<Ast.Group, Ast.ConstDecl> lastConstWithValues = new(ReferenceEqualityComparer.Instance);

    private void DeclareLocal(Ast.Name name, VarObj v)
    {
        DeclareName(name, v);
        if (name.Value != "_") fn?.Locals.Add(v);
    }

    private void DeclareName(Ast.Name name, GoObject obj)
    {
        info.Defs[name] = obj;
        if (name.Value == "_") return;
        if (scope.Insert(obj) is { } prev)
            Error(name, $"{name.Value} redeclared in this block\n\t{prev.Pos}: other declaration of {name.Value}");
    }

    private void AssignStmt(Ast.AssignStmt a)
    {
        if (a.IsIncDec)
        {
            var x = Expr(a.Lhs[0], null);
            if (x.Invalid) return;
            if (!Predicates.IsNumeric(x.Type))
            {
                Error(a.Lhs[0], $"invalid operation: {S(a.Lhs[0])}{(a.Op == Ast.Operator.Add ? "++" : "--")} (non-numeric type {T(x.Type)})");
                return;
            }
            CheckAssignable(x, a.Lhs[0]);
            return;
        }
        if (a.Op != Ast.Operator.None)
        {
            // x op= y
            // Checked as the binary operation x op y (a node of its own, at the operator).
            var x = Expr(a.Lhs[0], null);
            var op = new Ast.Operation(a.Pos, a.Op, a.Lhs[0], a.Rhs[0]);
            var r = Binary(op, a.Lhs[0], a.Rhs[0], a.Op);
            info.Types.Remove(op);
            Record(x);
            if (x.Invalid || r.Invalid) return;
            CheckAssignable(x, a.Lhs[0]);
            Assignment(r, x.Type, "assignment");
            return;
        }
        if (a.IsDefine) { ShortVarDecl(a); return; }
        AssignVars(a.Lhs, a.Rhs, a.Pos);
    }

    /// <summary>The left side of an assignment must be addressable, a map index, or _.</summary>
    private bool CheckAssignable(Operand x, Ast.Expr e)
    {
        if (x.Mode is Mode.Variable or Mode.MapIndex) return true;
        if (Unparen(e) is Ast.SelectorExpr sel && info.Selections.TryGetValue(sel, out var s) && s.Kind == SelectionKind.FieldVal
            && info.TypeOf(sel.X)?.Mode == Mode.MapIndex)
        {
            Error(e, $"cannot assign to struct field {S(e)} in map");
            return false;
        }
        Error(e, $"cannot assign to {S(e)} (neither addressable nor a map index expression)");
        return false;
    }

    private void AssignVars(IReadOnlyList<Ast.Expr> lhs, IReadOnlyList<Ast.Expr> rhs, SourcePos pos)
    {
        // Left sides first (their types guide untyped right sides).
        var targets = new List<Operand?>();
        foreach (var l in lhs)
        {
            if (Unparen(l) is Ast.Name { Value: "_" }) { targets.Add(null); continue; }
            // Assigning to a local variable does not use it: resolve the name without marking it used.
            if (Unparen(l) is Ast.Name n && scope.Lookup(n.Value) is VarObj local && !local.IsGlobal)
            {
                info.Uses[n] = local;
                if (fn != null && fn.IsOuterVar(local)) { local.AddressTaken = true; fn.Captures(local); }
                var lx = new Operand(local.Type == Universe.Invalid ? Mode.Invalid : Mode.Variable, l, local.Type);
                Record(lx);
                targets.Add(lx);
                continue;
            }
            var x = Expr(l, null);
            if (x.Invalid) { targets.Add(x); continue; }
            CheckAssignable(x, l);
            targets.Add(x);
        }
        if (rhs.Count == 1 && lhs.Count > 1)
        {
            var x = MultiExpr(rhs[0]);
            if (x.Invalid) return;
            if (x.Type is TupleType tt && x.Mode == Mode.Value)
            {
                if (tt.Count != lhs.Count) { AssignError(1, lhs.Count, pos, rhs[0]); return; }
                for (int i = 0; i < lhs.Count; i++)
                    if (targets[i] is { Invalid: false } t) Assignment(new Operand(Mode.Value, rhs[0], tt[i]), t.Type, "assignment");
                return;
            }
            if (x.Mode is Mode.CommaOk or Mode.MapIndex && lhs.Count == 2)
            {
                if (targets[0] is { Invalid: false } t0) Assignment(x, t0.Type, "assignment");
                if (targets[1] is { Invalid: false } t1) Assignment(new Operand(Mode.Value, rhs[0], Universe.UntypedBool), t1.Type, "assignment");
                RecordCommaOk(rhs[0], x.Type);
                return;
            }
            Error(rhs[0], $"assignment mismatch: {lhs.Count} variables but 1 value");
            return;
        }
        if (lhs.Count != rhs.Count)
        {
            foreach (var r in rhs) Expr(r, null);
            AssignError(rhs.Count, lhs.Count, pos, rhs.Count > 0 ? rhs[0] : null);
            return;
        }
        for (int i = 0; i < rhs.Count; i++)
        {
            var x = Expr(rhs[i], targets[i]?.Type);
            if (x.Invalid) continue;
            if (targets[i] == null)
            {
                // _ = x: x must have a type.
                if (x.Type == Universe.UntypedNil) Error(rhs[i], "use of untyped nil in assignment");
                else if (Predicates.IsUntyped(x.Type)) DefaultType(x);
                continue;
            }
            if (!targets[i]!.Invalid) Assignment(x, targets[i]!.Type, "assignment");
        }
    }

    private void ShortVarDecl(Ast.AssignStmt a)
    {
        var newVars = new List<VarObj>();
        var lhsVars = new List<VarObj?>();
        var anyNew = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in a.Lhs)
        {
            if (l is not Ast.Name n)
            {
                Expr(l, null);
                Error(l, $"non-name {S(l)} on left side of :=");
                lhsVars.Add(null);
                continue;
            }
            if (n.Value != "_" && !seen.Add(n.Value))
            {
                Error(n, $"{n.Value} repeated on left side of :=");
                lhsVars.Add(null);
                continue;
            }
            if (n.Value != "_" && scope.LookupLocal(n.Value) is VarObj existing)
            {
                info.Uses[n] = existing;
                lhsVars.Add(existing);
                continue;
            }
            var v = new VarObj(n.Value, n.Pos, pkg, Universe.Invalid);
            if (n.Value != "_") anyNew = true;
            info.Defs[n] = v;
            newVars.Add(v);
            lhsVars.Add(v);
        }
        // Right side: in the scope before the new variables exist.
        if (a.Rhs.Length == 1 && a.Lhs.Length > 1)
        {
            var x = MultiExpr(a.Rhs[0]);
            if (!x.Invalid)
            {
                if (x.Type is TupleType tt && x.Mode == Mode.Value)
                {
                    if (tt.Count != a.Lhs.Length) AssignError(1, a.Lhs.Length, a.Pos, a.Rhs[0]);
                    else for (int i = 0; i < tt.Count; i++) AssignTo(lhsVars[i], new Operand(Mode.Value, a.Rhs[0], tt[i]), newVars);
                }
                else if (x.Mode is Mode.CommaOk or Mode.MapIndex && a.Lhs.Length == 2)
                {
                    AssignTo(lhsVars[0], x, newVars);
                    AssignTo(lhsVars[1], new Operand(Mode.Value, a.Rhs[0], Universe.UntypedBool), newVars);
                    RecordCommaOk(a.Rhs[0], x.Type);
                }
                else Error(a.Rhs[0], $"assignment mismatch: {a.Lhs.Length} variables but 1 value");
            }
        }
        else if (a.Rhs.Length != a.Lhs.Length)
        {
            foreach (var r in a.Rhs) Expr(r, null);
            AssignError(a.Rhs.Length, a.Lhs.Length, a.Pos, a.Rhs.Length > 0 ? a.Rhs[0] : null);
        }
        else
            for (int i = 0; i < a.Rhs.Length; i++)
                AssignTo(lhsVars[i], Expr(a.Rhs[i], lhsVars[i] is { } lv && !newVars.Contains(lv) ? lv.Type : null), newVars);

        foreach (var v in newVars)
        {
            if (v.Type == null!) v.Type = Universe.Invalid;
            if (v.Name == "_") continue;
            scope.Insert(v);
            fn?.Locals.Add(v);
        }
        if (!anyNew) Error(a, "no new variables on left side of :=");
    }

    private void AssignTo(VarObj? v, Operand x, List<VarObj> newVars)
    {
        if (v == null || x.Invalid) { if (v != null && newVars.Contains(v) && x.Invalid) v.Type = Universe.Invalid; return; }
        if (newVars.Contains(v)) InitVar(v, x, "assignment");
        else Assignment(x, v.Type, "assignment");
    }

    private void ReturnStmt(Ast.ReturnStmt r)
    {
        var results = fn!.Sig.Results;
        if (r.Results.Length == 0)
        {
            if (results.Count > 0 && results.Vars[0].Name == "")
                Error(r, "not enough return values\n\thave ()\n\twant " + TupleText(results));
            return;
        }
        if (results.Count == 0)
        {
            foreach (var e in r.Results) RawExpr(e, null, true);
            Error(r.Results[0], "too many return values\n\thave (" + string.Join(", ", r.Results.Select(e => HaveText(e))) + ")\n\twant ()");
            return;
        }
        if (r.Results.Length == 1 && results.Count > 1)
        {
            var x = MultiExpr(r.Results[0]);
            if (x.Invalid) return;
            if (x.Type is TupleType tt && x.Mode == Mode.Value)
            {
                if (tt.Count != results.Count)
                {
                    Error(r.Results[0], $"{(tt.Count < results.Count ? "not enough" : "too many")} return values\n\thave {TupleText(tt)}\n\twant {TupleText(results)}");
                    return;
                }
                for (int i = 0; i < tt.Count; i++) Assignment(new Operand(Mode.Value, r.Results[0], tt[i]), results[i], "return statement");
                return;
            }
            Error(r.Results[0], $"not enough return values\n\thave ({HaveText(r.Results[0])})\n\twant {TupleText(results)}");
            return;
        }
        var xs = r.Results.Select(e => Expr(e, null)).ToList();
        if (xs.Count != results.Count)
        {
            if (xs.Any(x => x.Invalid)) return;
            var at = xs.Count < results.Count ? r.Pos : r.Results[results.Count].Pos;
            Error(at, $"{(xs.Count < results.Count ? "not enough" : "too many")} return values\n\thave ({string.Join(", ", xs.Select(x => HaveText(x)))})\n\twant {TupleText(results)}");
            return;
        }
        for (int i = 0; i < xs.Count; i++) Assignment(xs[i], results[i], "return statement");
    }

    private string TupleText(TupleType t) => "(" + string.Join(", ", t.Vars.Select(v => T(v.Type))) + ")";

    private string HaveText(Ast.Expr e) => info.TypeOf(e) is { } tv ? HaveText(new Operand(tv.Mode, e, tv.Type, tv.Value)) : "?";

    private string HaveText(Operand x) => x.Mode == Mode.Constant && Predicates.IsUntyped(x.Type) ? "number" : T(x.Type);

    private void Cond(Ast.Expr e, string what)
    {
        var x = Expr(e, null);
        if (x.Invalid) return;
        if (!Predicates.IsBoolean(x.Type))
        {
            Error(e, $"non-boolean condition in {what} statement");
            return;
        }
        if (Predicates.IsUntyped(x.Type)) DefaultType(x);
    }

    private void IfStmt(Ast.IfStmt s, StmtContext ctx)
    {
        OpenScope("if");
        if (s.Init != null) Stmt(s.Init, StmtContext.None);
        Cond(s.Cond, "if");
        Stmt(s.Then, ctx & ~StmtContext.Fallthrough);
        if (s.Else != null) Stmt(s.Else, ctx & ~StmtContext.Fallthrough);
        CloseScope();
    }

    private void ForStmt(Ast.ForStmt s, StmtContext ctx)
    {
        OpenScope("for");
        if (s.Init is Ast.RangeClause rc)
        {
            Error(rc, "range loops are not supported by gosharp yet");
            CloseScope();
            return;
        }
        if (s.Init != null) Stmt(s.Init, StmtContext.None);
        if (s.Cond != null) Cond(s.Cond, "for");
        if (s.Post != null)
        {
            if (s.Post is Ast.AssignStmt { IsDefine: true } def) Error(def, "cannot declare in post statement of for loop");
            else Stmt(s.Post, StmtContext.None);
        }
        Stmt(s.Body, (ctx & ~StmtContext.Fallthrough) | StmtContext.Break | StmtContext.Continue);
        CloseScope();
    }

    private void SwitchStmt(Ast.SwitchStmt s, StmtContext ctx)
    {
        if (s.Tag is Ast.TypeSwitchGuard g)
        {
            Error(g, "type switches are not supported by gosharp yet");
            return;
        }
        OpenScope("switch");
        if (s.Init != null) Stmt(s.Init, StmtContext.None);
        Operand? tag = null;
        if (s.Tag != null)
        {
            tag = Expr(s.Tag, null);
            if (!tag.Invalid)
            {
                DefaultType(tag);
                if (tag.Type == Universe.UntypedNil) { Error(s.Tag, "use of untyped nil in switch expression"); tag = null; }
            }
        }
        var seenDefault = false;
        for (int i = 0; i < s.Body.Length; i++)
        {
            var cc = s.Body[i];
            if (cc.IsDefault)
            {
                if (seenDefault) Error(cc, "multiple defaults in switch");
                seenDefault = true;
            }
            foreach (var ce in cc.Cases)
            {
                if (tag == null && s.Tag == null)
                {
                    var x = Expr(ce, null);
                    if (x.Invalid) continue;
                    if (!Predicates.IsBoolean(x.Type)) { Error(ce, $"invalid case {S(ce)} in switch (mismatched types {T(x.Type)} and bool)"); continue; }
                    DefaultType(x);
                }
                else if (tag != null && !tag.Invalid)
                {
                    var y = Expr(ce, null);
                    if (y.Invalid) continue;
                    var t = new Operand(tag.Mode, s.Tag!, tag.Type, tag.Value);
                    MatchTypes(y, t);
                    if (y.Invalid || !Predicates.Identical(y.Type, tag.Type) && !AssignableTo(y, tag.Type) && !AssignableTo(t, y.Type))
                    {
                        Error(ce, $"invalid case {S(ce)} in switch on {S(s.Tag!)} (mismatched types {T(y.Type)} and {T(tag.Type)})");
                        continue;
                    }
                    if (Predicates.IsUntyped(y.Type)) DefaultType(y);
                }
                else Expr(ce, null);
            }
            OpenScope("case");
            var inner = (ctx & ~StmtContext.Fallthrough) | StmtContext.Break;
            if (i < s.Body.Length - 1) inner |= StmtContext.Fallthrough;
            else inner |= StmtContext.FinalSwitchCase;
            StmtList(cc.Body, inner);
            CloseScope();
        }
        CloseScope();
    }

    private void BranchStmt(Ast.BranchStmt br, StmtContext ctx)
    {
        if (br.Label != null)
        {
            if (!fn!.Labels.TryGetValue(br.Label.Value, out var l))
            {
                Error(br.Label, br.Tok == Ast.BranchToken.Goto ? $"label {br.Label.Value} not defined" : $"invalid {br.Tok.Text()} label {br.Label.Value}");
                return;
            }
            l.Obj.Used = true;
            info.Uses[br.Label] = l.Obj;
            if (br.Tok == Ast.BranchToken.Continue && l.Stmt.Stmt is not Ast.ForStmt)
                Error(br.Label, $"invalid continue label {br.Label.Value}");
            else if (br.Tok == Ast.BranchToken.Break && l.Stmt.Stmt is not (Ast.ForStmt or Ast.SwitchStmt or Ast.SelectStmt))
                Error(br.Label, $"invalid break label {br.Label.Value}");
            else if (br.Tok is Ast.BranchToken.Break or Ast.BranchToken.Continue && !EnclosingLabels.Contains(br.Label.Value))
                Error(br.Label, $"invalid {br.Tok.Text()} label {br.Label.Value}");
            return;
        }
        switch (br.Tok)
        {
            case Ast.BranchToken.Break when (ctx & StmtContext.Break) == 0:
                Error(br, "break is not in a loop, switch, or select"); break;
            case Ast.BranchToken.Continue when (ctx & StmtContext.Continue) == 0:
                Error(br, "continue is not in a loop"); break;
            case Ast.BranchToken.Fallthrough when (ctx & StmtContext.Fallthrough) == 0:
                Error(br, (ctx & StmtContext.FinalSwitchCase) != 0 ? "cannot fallthrough final case in switch" : "fallthrough statement out of place"); break;
        }
    }

    /// <summary>Labels of the labeled statements enclosing the current one (kept by the label walk).</summary>
    private HashSet<string> EnclosingLabels { get; } = new(StringComparer.Ordinal);

    /// <summary>Declares every label of a function body up front (labels have function scope).</summary>
    private void CollectLabels(Ast.BlockStmt body)
    {
        void Walk(Ast.Stmt s)
        {
            switch (s)
            {
                case Ast.LabeledStmt ls:
                    if (ls.Label.Value != "_")
                    {
                        if (fn!.Labels.TryGetValue(ls.Label.Value, out var prev))
                            Error(ls.Label, $"label {ls.Label.Value} already defined\n\t{prev.Obj.Pos}: previous definition");
                        else
                        {
                            fn.Labels[ls.Label.Value] = (new LabelObj(ls.Label.Value, ls.Label.Pos), ls);
                            EnclosingLabels.Add(ls.Label.Value);
                        }
                    }
                    Walk(ls.Stmt);
                    break;
                case Ast.BlockStmt b: foreach (var x in b.Stmts) Walk(x); break;
                case Ast.IfStmt i: Walk(i.Then); if (i.Else != null) Walk(i.Else); break;
                case Ast.ForStmt f: Walk(f.Body); break;
                case Ast.SwitchStmt sw: foreach (var c in sw.Body) foreach (var x in c.Body) Walk(x); break;
                case Ast.SelectStmt sel: foreach (var c in sel.Body) foreach (var x in c.Body) Walk(x); break;
            }
        }
        foreach (var s in body.Stmts) Walk(s);
    }

    // ---- terminating statements (the spec's definition, for "missing return") ----

    private bool IsTerminatingList(IReadOnlyList<Ast.Stmt> list, string? label)
    {
        int i = list.Count - 1;
        while (i >= 0 && list[i] is Ast.EmptyStmt) i--;
        return i >= 0 && IsTerminating(list[i], label);
    }

    private bool IsTerminating(Ast.Stmt s, string? label)
    {
        switch (s)
        {
            case Ast.ReturnStmt: return true;
            case Ast.BranchStmt { Tok: Ast.BranchToken.Goto or Ast.BranchToken.Fallthrough }: return true;
            case Ast.ExprStmt es when Unparen(es.X) is Ast.CallExpr c && info.TypeOf(c.Fun) is { Mode: Mode.Builtin } && Unparen(c.Fun) is Ast.Name { Value: "panic" }:
                return true;
            case Ast.BlockStmt b: return IsTerminatingList(b.Stmts, null);
            case Ast.IfStmt i: return i.Else != null && IsTerminating(i.Then, null) && IsTerminating(i.Else, null);
            case Ast.LabeledStmt ls: return IsTerminating(ls.Stmt, ls.Label.Value);
            case Ast.ForStmt f:
                return f.Cond == null && f.Init is not Ast.RangeClause && !HasBreak(f.Body, label, true);
            case Ast.SwitchStmt sw:
                var hasDefault = false;
                foreach (var cc in sw.Body)
                {
                    if (cc.IsDefault) hasDefault = true;
                    if (!IsTerminatingList(cc.Body, null) && !(cc.Body.LastOrDefault() is Ast.BranchStmt { Tok: Ast.BranchToken.Fallthrough })) return false;
                    if (cc.Body.Any(x => HasBreak(x, label, true))) return false;
                }
                return hasDefault;
            case Ast.SelectStmt sel:
                foreach (var cc in sel.Body)
                    if (!IsTerminatingList(cc.Body, null) || cc.Body.Any(x => HasBreak(x, label, true))) return false;
                return true;
            default: return false;
        }
    }

    /// <summary>Whether s contains a break out of the enclosing statement (unlabeled when <paramref name="implicitTarget"/>, or to <paramref name="label"/>).</summary>
    private static bool HasBreak(Ast.Stmt s, string? label, bool implicitTarget)
    {
        switch (s)
        {
            case Ast.BranchStmt { Tok: Ast.BranchToken.Break } b:
                return b.Label == null ? implicitTarget : b.Label.Value == label;
            case Ast.BlockStmt blk: return blk.Stmts.Any(x => HasBreak(x, label, implicitTarget));
            case Ast.IfStmt i: return HasBreak(i.Then, label, implicitTarget) || (i.Else != null && HasBreak(i.Else, label, implicitTarget));
            case Ast.LabeledStmt ls: return HasBreak(ls.Stmt, label, implicitTarget);
            // Nested breakable statements capture unlabeled breaks.
            case Ast.ForStmt f: return label != null && HasBreak(f.Body, label, false);
            case Ast.SwitchStmt sw: return label != null && sw.Body.Any(c => c.Body.Any(x => HasBreak(x, label, false)));
            case Ast.SelectStmt sel: return label != null && sel.Body.Any(c => c.Body.Any(x => HasBreak(x, label, false)));
            default: return false;
        }
    }
}
