using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Statements (the branch rules are checked separately, as gc's parser does: Branches.cs).
public sealed partial class Checker
{
    /// <summary>Context of the statement list being checked (kept for go/types parity; branch errors come from the branch pass).</summary>
    [Flags]
    private enum StmtContext { None = 0, Break = 1, Continue = 2, Fallthrough = 4, FinalSwitchCase = 8, InTypeSwitch = 16 }

    private void OpenScope(Ast.Node node, string what)
    {
        scope = new Scope(scope, what);
        info.Scopes[node] = scope;
    }

    private void CloseScope() => scope = scope.Parent!;

    private void StmtList(IEnumerable<Ast.Stmt> stmts, StmtContext ctx)
    {
        var list = stmts.ToList();
        int last = list.Count - 1;
        while (last >= 0 && list[last] is Ast.EmptyStmt) last--;
        var inner = ctx & ~StmtContext.Fallthrough;
        for (int i = 0; i <= last; i++)
            Stmt(list[i], i == last && (ctx & StmtContext.Fallthrough) != 0 ? inner | StmtContext.Fallthrough : inner);
    }

    private void Stmt(Ast.Stmt s, StmtContext ctx)
    {
        var inner = ctx & ~(StmtContext.Fallthrough | StmtContext.FinalSwitchCase | StmtContext.InTypeSwitch);
        switch (s)
        {
            case Ast.EmptyStmt: break;
            case Ast.DeclStmt ds: DeclStmt(ds); break;
            case Ast.LabeledStmt ls: Stmt(ls.Stmt, ctx); break;
            case Ast.ExprStmt es: ExprStmt(es); break;
            case Ast.SendStmt ss: SendStmt(ss); break;
            case Ast.AssignStmt a: AssignStmt(a); break;
            case Ast.CallStmt cs: SuspendedCall(cs.Tok.Text(), cs.Call); break;
            case Ast.ReturnStmt r: ReturnStmt(r); break;
            case Ast.BranchStmt: break; // checked by the branch pass
            case Ast.BlockStmt b:
                OpenScope(b, "block");
                StmtList(b.Stmts, inner);
                CloseScope();
                break;
            case Ast.IfStmt ifs:
                OpenScope(ifs, "if");
                if (ifs.Init != null) Stmt(ifs.Init, StmtContext.None);
                {
                    var x = Expr(ifs.Cond);
                    if (!x.Invalid && !Predicates.AllBoolean(x.Type)) Error(ifs.Cond, "non-boolean condition in if statement");
                }
                Stmt(ifs.Then, inner);
                if (ifs.Else != null) Stmt(ifs.Else, inner);
                CloseScope();
                break;
            case Ast.SwitchStmt sw:
                OpenScope(sw, "switch");
                if (sw.Init != null) Stmt(sw.Init, StmtContext.None);
                if (sw.Tag is Ast.TypeSwitchGuard g) TypeSwitchStmt(inner | StmtContext.Break | StmtContext.InTypeSwitch, sw, g);
                else SwitchStmt(inner | StmtContext.Break, sw);
                CloseScope();
                break;
            case Ast.SelectStmt sel: SelectStmt(inner | StmtContext.Break, sel); break;
            case Ast.ForStmt fs:
            {
                inner |= StmtContext.Break | StmtContext.Continue;
                if (fs.Init is Ast.RangeClause rc) { RangeStmt(inner, fs, rc); break; }
                OpenScope(fs, "for");
                var before = fn?.Locals.Count ?? 0;
                if (fs.Init != null) Stmt(fs.Init, StmtContext.None);
                if (fn != null && fn.Locals.Count > before) info.LoopVars[fs] = fn.Locals.Skip(before).ToList();
                if (fs.Cond != null)
                {
                    var x = Expr(fs.Cond);
                    if (!x.Invalid && !Predicates.AllBoolean(x.Type)) Error(fs.Cond, "non-boolean condition in for statement");
                }
                if (fs.Post != null)
                {
                    if (fs.Post is Ast.AssignStmt { IsDefine: true } def)
                    {
                        // The parser reports it; use the names so they are not reported as unused.
                        foreach (var l in def.Lhs) RawExpr(l, null, true, true);
                        foreach (var r in def.Rhs) RawExpr(r, null, true, true);
                    }
                    else Stmt(fs.Post, StmtContext.None);
                }
                Stmt(fs.Body, inner);
                CloseScope();
                break;
            }
            default:
                Error(s, "invalid statement");
                break;
        }
    }

    /// <summary>What kind of expression an expression statement is: a call (or receive) may stand alone.</summary>
    private ExprKind KindOf(Ast.Expr e)
    {
        e = Unparen(e);
        if (e is Ast.CallExpr c) return callKinds.GetValueOrDefault(c, ExprKind.Statement);
        if (e is Ast.Operation { Op: Ast.Operator.Recv, Y: null }) return ExprKind.Statement;
        return ExprKind.Expression;
    }

    private void ExprStmt(Ast.ExprStmt es)
    {
        var x = RawExpr(es.X, null, false, false);
        var kind = KindOf(es.X);
        string msg;
        switch (x.Mode)
        {
            case Mode.Invalid: return;
            case Mode.Builtin: msg = "must be called"; break;
            case Mode.TypeExpr: msg = "is not an expression"; break;
            default:
                if (kind == ExprKind.Statement) return;
                msg = "is not used";
                break;
        }
        Error(x.Expr, $"{Describe(x)} {msg}");
    }

    private void SendStmt(Ast.SendStmt s)
    {
        var ch = Expr(s.Chan);
        var val = Expr(s.Value);
        if (ch.Invalid || val.Invalid) return;
        var u = Predicates.CoreType(ch.Type);
        if (u == null) { Error(s, $"invalid operation: cannot send to {Describe(ch)}: no core type"); return; }
        if (u is not ChanType uch) { Error(s, $"invalid operation: cannot send to non-channel {Describe(ch)}"); return; }
        if (uch.Dir == Types.ChanDir.RecvOnly) { Error(s, $"invalid operation: cannot send to receive-only channel {Describe(ch)}"); return; }
        Assignment(val, uch.Elem, "send");
    }

    private void SuspendedCall(string keyword, Ast.CallExpr call)
    {
        var x = RawExpr(call, null, false, false);
        var kind = callKinds.GetValueOrDefault(call, ExprKind.Statement);
        string msg;
        switch (kind)
        {
            case ExprKind.Conversion: msg = "requires function call, not conversion"; break;
            case ExprKind.Expression: msg = "discards result of"; break;
            default: return;
        }
        if (x.Invalid) return;
        Error(x.Expr, $"{keyword} {msg} {Describe(x)}");
    }

    private void AssignStmt(Ast.AssignStmt a)
    {
        if (a.IsIncDec)
        {
            var x = Expr(a.Lhs[0]);
            if (x.Invalid) return;
            if (!Predicates.AllNumeric(x.Type))
            {
                var op = a.Op == Ast.Operator.Add ? "++" : "--";
                Error(a.Lhs[0], $"invalid operation: {S(a.Lhs[0])}{op} (non-numeric type {T(x.Type)})");
                return;
            }
            AssignVar(a.Lhs[0], null, x, "assignment");
            return;
        }
        if (a.IsDefine) { ShortVarDecl(a); return; }
        if (a.Op == Ast.Operator.None) { AssignVars(a.Lhs, a.Rhs); return; }
        if (a.Lhs.Length != 1 || a.Rhs.Length != 1)
        {
            Error(a, $"assignment operation {a.Op.Text()} requires single-valued expressions");
            return;
        }
        // x op= y: the binary operation x op y, then the assignment.
        var r = Binary(a.Rhs[0], a.Lhs[0], a.Rhs[0], a.Op, assignOp: true);
        r.Expr = a.Rhs[0];
        AssignVar(a.Lhs[0], null, r, "assignment");
    }

    private void ReturnStmt(Ast.ReturnStmt r)
    {
        var res = fn!.Sig.Results;
        if (r.Results.Length == 0 && res.Count > 0 && res.Vars[0].Name != "")
        {
            // A bare return: the named results must not be shadowed.
            foreach (var v in res.Vars)
            {
                if (scope.Lookup(v.Name) is { } alt && alt != v)
                {
                    Error(r, $"result parameter {v.Name} not in scope at return\n\t{alt.Pos}: inner declaration of {ObjString(v)}");
                }
            }
            return;
        }
        if (res.Count == 0 && r.Results.Length > 0)
        {
            var xs = r.Results.Select(e => MultiExpr(e)).ToList();
            if (xs.Any(x => x.Invalid)) return;
            var types = xs.SelectMany(x => x.Type is TupleType tt ? tt.Vars.Select(v => v.Type) : [x.Type]);
            Error(r.Results[0], $"too many return values\n\thave {TypesSummary(types)}\n\twant ()");
            return;
        }
        ReturnValues(r, res, r.Results);
    }

    /// <summary>Checks return values against the results (as go/types' initVars for a return statement).</summary>
    private void ReturnValues(Ast.ReturnStmt r, TupleType res, System.Collections.Immutable.ImmutableArray<Ast.Expr> rhs)
    {
        int l = res.Count, n = rhs.Length;
        var isCall = n == 1 && Unparen(rhs[0]) is Ast.CallExpr;
        if (l == n && !isCall)
        {
            for (int i = 0; i < l; i++)
            {
                var x = ExprWithTarget(rhs[i], res[i]);
                Assignment(x, res[i], "return statement");
            }
            return;
        }
        List<Operand> values;
        if (n != 1)
        {
            values = rhs.Select(e => Expr(e)).ToList();
            if (values.Any(v => v.Invalid)) return;
            ReturnError(r, res, values);
            return;
        }
        var (xs, _) = MultiValues(rhs[0], false);
        if (xs.Count == l)
        {
            for (int i = 0; i < l; i++) Assignment(xs[i], res[i], "return statement");
            return;
        }
        if (xs.Count > 0 && xs[0].Invalid) return;
        ReturnError(r, res, xs);
    }

    private void ReturnError(Ast.ReturnStmt r, TupleType res, List<Operand> values)
    {
        int l = res.Count, n = values.Count;
        var qualifier = "not enough";
        SourcePos at = r.Pos;
        if (n > l) { at = Ast.AstPositions.StartPos(values[l].Expr); qualifier = "too many"; }
        else if (n > 0) at = Ast.AstPositions.StartPos(values[n - 1].Expr);
        Error(at, $"{qualifier} return values\n\thave {TypesSummary(values.Select(v => v.Type))}\n\twant {TypesSummary(res.Vars.Select(v => v.Type))}");
    }

    private string ObjString(GoObject o) => o switch
    {
        VarObj v => $"var {v.Name} {T(v.Type)}",
        ConstObj c => $"const {c.Name} {T(c.Type)}",
        TypeNameObj t => $"type {t.Name} {T(t.Type.Underlying)}",
        FuncObj f => $"func {f.Name}",
        _ => o.Name,
    };

    // ---- declarations in functions ----

    private void DeclStmt(Ast.DeclStmt ds)
    {
        if (ds.Decls.Length > 0 && ds.Decls[0] is Ast.TypeDecl) NoteTypeDeclInGeneric(ds.Pos);
        Ast.ConstDecl? lastWithValues = null;
        foreach (var d in ds.Decls)
        {
            switch (d)
            {
                case Ast.VarDecl vd:
                {
                    var lhs = vd.Names.Select(n => new VarObj(n.Value, n.Pos, pkg, Universe.Invalid)).ToList();
                    for (int i = 0; i < lhs.Count; i++) info.Defs[vd.Names[i]] = lhs[i];
                    GoType? typ = vd.Type != null ? VarType(vd.Type) : null;
                    if (typ != null) foreach (var v in lhs) v.Type = typ;
                    if (vd.Values.Length > 0)
                    {
                        if (vd.Values.Length == lhs.Count)
                        {
                            // var a, b = x, y: each variable is initialized on its own ("variable declaration").
                            for (int i = 0; i < lhs.Count; i++) InitVar(lhs[i], ExprWithTarget(vd.Values[i], typ), "variable declaration", typ != null);
                        }
                        else if (vd.Values.Length == 1)
                            InitVars(lhs, vd.Values, null, lhs.Select(_ => typ != null).ToList());
                        else
                        {
                            // As gc 1.19: the variables that have a value are initialized from it; those left
                            // without a type are marked used (no follow-on "declared but not used").
                            Arity(vd.Pos, vd.Names, vd.Values, false, false);
                            for (int i = 0; i < vd.Values.Length; i++)
                            {
                                if (i < lhs.Count) InitVar(lhs[i], ExprWithTarget(vd.Values[i], typ), "variable declaration", typ != null);
                                else Expr(vd.Values[i]);
                            }
                        }
                    }
                    // As gc 1.19: a variable whose type is invalid after an error counts as used.
                    foreach (var v in lhs) if (v.Type == Universe.Invalid) v.Used = true;
                    // Declared after the initializers: `var x = x` refers to an outer x.
                    foreach (var v in lhs) DeclareVar(v);
                    break;
                }
                case Ast.ConstDecl cd:
                {
                    var src = cd;
                    var inherited = false;
                    if (cd.Values.IsEmpty && cd.Type == null && cd.Group != null && lastWithValues != null && ReferenceEquals(lastWithValues.Group, cd.Group))
                    {
                        src = lastWithValues;
                        inherited = true;
                    }
                    else lastWithValues = cd;
                    var savedIota = iota;
                    iota = ConstValue.Of(cd.Iota);
                    GoType? typ = null;
                    if (src.Type != null)
                    {
                        typ = TypeExpr(src.Type);
                        if (typ != Universe.Invalid && !Predicates.IsConstType(typ))
                        {
                            Error(src.Type, $"invalid constant type {T(typ)}");
                            typ = Universe.Invalid;
                        }
                    }
                    var objs = new List<ConstObj>();
                    for (int i = 0; i < cd.Names.Length; i++)
                    {
                        var c = new ConstObj(cd.Names[i].Value, cd.Names[i].Pos, pkg, Universe.Invalid, ConstValue.Unknown);
                        info.Defs[cd.Names[i]] = c;
                        if (i < src.Values.Length && typ != Universe.Invalid)
                        {
                            var savedErrPos = errPos;
                            if (inherited) errPos = c.Pos;
                            try { InitConst(c, Expr(src.Values[i]), typ); }
                            finally { errPos = savedErrPos; }
                        }
                        objs.Add(c);
                    }
                    Arity(cd.Pos, cd.Names, src.Values, true, inherited);
                    iota = savedIota;
                    for (int i = 0; i < objs.Count; i++) DeclareLocalObj(cd.Names[i], objs[i]);
                    break;
                }
                case Ast.TypeDecl td:
                {
                    var tn = new TypeNameObj(td.Name.Value, td.Name.Pos, pkg, Universe.Invalid) { IsAlias = td.IsAlias, LocalIndex = ++localTypeCount };
                    DeclareLocalObj(td.Name, tn);
                    if (!td.IsAlias) RecordLocalType(tn);
                    // On the object path while its type is checked, as a package-level one, so that
                    // type T = T is a cycle (Ident checks references to it).
                    colors[tn] = Color.Grey;
                    objPath.Add(tn);
                    try { TypeDecl(tn, td, scope); }
                    finally
                    {
                        objPath.RemoveAt(objPath.Count - 1);
                        colors[tn] = Color.Black;
                    }
                    if (tn.Type is NamedType n) ValidType(n);
                    break;
                }
            }
        }
    }

    private void DeclareLocalObj(Ast.Name name, GoObject obj)
    {
        info.Defs[name] = obj;
        if (name.Value == "_") return;
        if (scope.Insert(obj) is { } prev)
            Error(name, $"{name.Value} redeclared in this block\n\t{prev.Pos}: other declaration of {name.Value}");
    }
}
