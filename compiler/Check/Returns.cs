using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Terminating statements (the spec's definition), for "missing return".
public sealed partial class Checker
{
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
            case Ast.ExprStmt es when Unparen(es.X) is Ast.CallExpr c && panicCalls.Contains(c): return true;
            case Ast.BlockStmt b: return IsTerminatingList(b.Stmts, null);
            case Ast.IfStmt i: return i.Else != null && IsTerminating(i.Then, null) && IsTerminating(i.Else, null);
            case Ast.LabeledStmt ls: return IsTerminating(ls.Stmt, ls.Label.Value);
            case Ast.ForStmt f:
                return f.Cond == null && f.Init is not Ast.RangeClause && !HasBreak(f.Body, label, true);
            case Ast.SwitchStmt sw:
            {
                var hasDefault = false;
                foreach (var cc in sw.Body)
                {
                    if (cc.IsDefault) hasDefault = true;
                    if (!IsTerminatingList(cc.Body, null) || HasBreakList(cc.Body, label, true)) return false;
                }
                return hasDefault;
            }
            case Ast.SelectStmt sel:
                foreach (var cc in sel.Body)
                    if (!IsTerminatingList(cc.Body, null) || HasBreakList(cc.Body, label, true)) return false;
                return true;
            default: return false;
        }
    }

    private static bool HasBreakList(IEnumerable<Ast.Stmt> list, string? label, bool implicitTarget) =>
        list.Any(x => HasBreak(x, label, implicitTarget));

    /// <summary>Whether s contains a break out of the enclosing statement (unlabeled when <paramref name="implicitTarget"/>, or to <paramref name="label"/>).</summary>
    private static bool HasBreak(Ast.Stmt s, string? label, bool implicitTarget)
    {
        switch (s)
        {
            case Ast.BranchStmt { Tok: Ast.BranchToken.Break } b:
                return b.Label == null ? implicitTarget : b.Label.Value == label;
            case Ast.BlockStmt blk: return HasBreakList(blk.Stmts, label, implicitTarget);
            case Ast.IfStmt i: return HasBreak(i.Then, label, implicitTarget) || (i.Else != null && HasBreak(i.Else, label, implicitTarget));
            case Ast.LabeledStmt ls: return HasBreak(ls.Stmt, label, implicitTarget);
            // Nested breakable statements capture unlabeled breaks.
            case Ast.ForStmt f: return label != null && HasBreak(f.Body, label, false);
            case Ast.SwitchStmt sw: return label != null && sw.Body.Any(c => HasBreakList(c.Body, label, false));
            case Ast.SelectStmt sel: return label != null && sel.Body.Any(c => HasBreakList(c.Body, label, false));
            default: return false;
        }
    }
}
