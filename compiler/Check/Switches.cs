using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// Expression switches, type switches and select statements.
public sealed partial class Checker
{
    private void MultipleDefaults(IEnumerable<(Ast.Node Clause, bool IsDefault)> clauses)
    {
        Ast.Node? first = null;
        foreach (var (c, isDefault) in clauses)
        {
            if (!isDefault) continue;
            if (first != null) Error(c, $"multiple defaults (first at {first.Pos})");
            else first = c;
        }
    }

    private void SwitchStmt(StmtContext inner, Ast.SwitchStmt s)
    {
        Operand x;
        Ast.Expr tagExpr;
        if (s.Tag != null)
        {
            x = Expr(s.Tag);
            Assignment(x, null, "switch expression");
            if (!x.Invalid && !Predicates.Comparable(x.Type) && !Predicates.HasNil(x.Type))
            {
                Error(x.Expr, $"cannot switch on {Describe(x)} ({T(x.Type)} is not comparable)");
                x.SetInvalid();
            }
            tagExpr = s.Tag;
        }
        else
        {
            // A missing switch expression means "true".
            var pos = s.Body.Length > 0 ? s.Body[0].Pos : s.Rbrace;
            tagExpr = new Ast.Name(pos, "true");
            x = new Operand(Mode.Constant, tagExpr, Universe.Bool, ConstValue.Of(true));
        }
        MultipleDefaults(s.Body.Select(c => ((Ast.Node)c, c.IsDefault)));
        var seen = new Dictionary<string, List<(Gosharp.Common.Diagnostics.SourcePos Pos, GoType Type)>>(StringComparer.Ordinal);
        for (int i = 0; i < s.Body.Length; i++)
        {
            var clause = s.Body[i];
            var ctx = inner;
            if (i + 1 < s.Body.Length) ctx |= StmtContext.Fallthrough;
            else ctx |= StmtContext.FinalSwitchCase;
            CaseValues(x, tagExpr, clause.Cases, seen);
            OpenScope(clause, "case");
            StmtList(clause.Body, ctx);
            CloseScope();
        }
    }

    private void CaseValues(Operand x, Ast.Expr tagExpr, System.Collections.Immutable.ImmutableArray<Ast.Expr> values,
        Dictionary<string, List<(Gosharp.Common.Diagnostics.SourcePos Pos, GoType Type)>> seen)
    {
        foreach (var e in values)
        {
            var v = Expr(e);
            if (x.Invalid || v.Invalid) continue;
            ConvertUntyped(v, x.Type);
            if (v.Invalid) continue;
            // Compare v with the tag: errors are at the case value.
            var res = Comparison(e, v.Copy(), x.Copy(), Ast.Operator.Eql, tagExpr);
            if (res.Invalid) continue;
            if (v.Mode != Mode.Constant || v.Value == null || v.Value.IsUnknown) continue;
            if (v.Value.Kind is not (ConstKind.Int or ConstKind.Float or ConstKind.String)) continue;
            var key = KeyVal(v.Value);
            if (!seen.TryGetValue(key, out var list)) seen[key] = list = [];
            var dup = list.FirstOrDefault(p => Predicates.Identical(p.Type, v.Type));
            if (dup.Type != null)
            {
                Error(v.Expr, $"duplicate case {Describe(v)} in expression switch\n\t{dup.Pos}: previous case");
                continue;
            }
            list.Add((Ast.AstPositions.StartPos(v.Expr), v.Type));
        }
    }

    private void TypeSwitchStmt(StmtContext inner, Ast.SwitchStmt s, Ast.TypeSwitchGuard guard)
    {
        var lhs = guard.Lhs;
        if (lhs != null && lhs.Value == "_")
        {
            Error(lhs, "no new variable on left side of :=");
            lhs = null;
        }
        Operand? sx = null;
        {
            var x = Expr(guard.X);
            if (!x.Invalid)
            {
                if (x.Type is TypeParamType) Error(x.Expr, $"cannot use type switch on type parameter value {Describe(x)}");
                else if (Predicates.IsInterface(x.Type)) sx = x;
                else Error(x.Expr, $"{Describe(x)} is not an interface");
            }
        }
        info.Types[guard] = new TypeAndValue(sx == null ? Mode.Invalid : Mode.Value, sx?.Type ?? Universe.Invalid, null);
        MultipleDefaults(s.Body.Select(c => ((Ast.Node)c, c.IsDefault)));
        var lhsVars = new List<VarObj>();
        var seen = new List<(GoType? Type, Ast.Expr Expr)>();
        foreach (var clause in s.Body)
        {
            var t = CaseTypes(sx, clause.Cases, seen);
            OpenScope(clause, "case");
            if (lhs != null)
            {
                var v = new VarObj(lhs.Value, lhs.Pos, pkg, t);
                scope.Insert(v);
                varOwner[v] = fn!;
                info.Implicits[clause] = v;
                lhsVars.Add(v);
            }
            StmtList(clause.Body, inner);
            CloseScope();
        }
        if (lhs != null)
        {
            var used = lhsVars.Any(v => v.Used);
            foreach (var v in lhsVars) v.Used = true;
            if (!used) Error(lhs, $"{lhs.Value} declared but not used");
        }
    }

    /// <summary>The types of a type switch case (nil allowed), checked for duplicates and possibility; the clause variable's type.</summary>
    private GoType CaseTypes(Operand? x, System.Collections.Immutable.ImmutableArray<Ast.Expr> types, List<(GoType? Type, Ast.Expr Expr)> seen)
    {
        GoType? t = null;
        foreach (var e in types)
        {
            if (IsNilExpr(e))
            {
                t = null;
                Expr(e);
            }
            else
            {
                t = VarType(e);
                if (t == Universe.Invalid) continue;
            }
            var dup = seen.FirstOrDefault(p => p.Expr != null && (t == null && p.Type == null || t != null && p.Type != null && Predicates.Identical(t, p.Type)));
            if (dup.Expr != null)
            {
                Error(e, $"duplicate case {(t == null ? "nil" : T(t))} in type switch\n\t{Ast.AstPositions.StartPos(dup.Expr)}: previous case");
                continue;
            }
            seen.Add((t, e));
            if (x != null && t != null) TypeAssertion(e, x, t, true);
        }
        if (types.Length != 1 || t == null) return x?.Type ?? Universe.Invalid;
        return t;
    }

    /// <summary>Whether e is the predeclared nil (possibly parenthesized).</summary>
    private bool IsNilExpr(Ast.Expr e) => Unparen(e) is Ast.Name n && scope.Lookup(n.Value) is NilObj;

    private void SelectStmt(StmtContext inner, Ast.SelectStmt s)
    {
        MultipleDefaults(s.Body.Select(c => ((Ast.Node)c, c.Comm == null)));
        foreach (var clause in s.Body)
        {
            var valid = false;
            Ast.Expr? rhs = null;
            switch (clause.Comm)
            {
                case null or Ast.SendStmt: valid = true; break;
                case Ast.AssignStmt a: if (a.Rhs.Length == 1) rhs = a.Rhs[0]; break;
                case Ast.ExprStmt es: rhs = es.X; break;
            }
            if (rhs != null && Unparen(rhs) is Ast.Operation { Op: Ast.Operator.Recv, Y: null }) valid = true;
            if (!valid)
            {
                Error(clause.Comm!, "select case must be send or receive (possibly with assignment)");
                continue;
            }
            OpenScope(clause, "case");
            if (clause.Comm != null) Stmt(clause.Comm, inner);
            StmtList(clause.Body, inner);
            CloseScope();
        }
    }
}
