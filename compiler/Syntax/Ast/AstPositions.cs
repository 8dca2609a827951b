using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>Positions derived from a node's children.</summary>
public static class AstPositions
{
    /// <summary>
    /// The start of a node as gc's syntax.StartPos computes it: a node's own Pos is its
    /// identifying token (the operator of <c>a + b</c>); this walks down to the leftmost operand for
    /// the nodes gc corrects (selectors, index, assertions, calls, binary operations, composite
    /// literals with a type, lists, sends, assignments, range clauses); a File starts at 1:1.
    /// </summary>
    public static SourcePos StartPos(Node n)
    {
        while (true)
        {
            switch (n)
            {
                case File f: return new SourcePos(f.Pos.File, 1, 1);
                case CompositeLit { Type: { } t }: n = t; continue;
                case SelectorExpr x: n = x.X; continue;
                case IndexExpr x: n = x.X; continue;
                case AssertExpr x: n = x.X; continue;
                case TypeSwitchGuard x: n = (Node?)x.Lhs ?? x.X; continue;
                case Operation { Y: not null } x: n = x.X; continue;
                case CallExpr x: n = x.Fun; continue;
                case ListExpr x when x.Elems.Length > 0: n = x.Elems[0]; continue;
                case SendStmt x: n = x.Chan; continue;
                case AssignStmt x when x.Lhs.Length > 0: n = x.Lhs[0]; continue;
                case RangeClause x: n = x.Lhs.Length > 0 ? x.Lhs[0] : x.X; continue;
                default: return n.Pos;
            }
        }
    }
}
