using System.Collections.Immutable;
using System.Text;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>
/// Prints expressions and simple statements back as Go source, on one line, the way gc's
/// syntax.String does (its "short form": function bodies and composite literal elements are
/// elided as <c>{…}</c>). Error messages quote code with it, e.g. "cannot use x := 1 as value".
/// </summary>
public static class GoSyntaxPrinter
{
    public static string String(Node n)
    {
        var sb = new StringBuilder();
        Print(sb, n);
        return sb.ToString();
    }

    /// <summary>A comma-separated list, as gc prints a ListExpr.</summary>
    public static string String(ImmutableArray<Expr> list)
    {
        var sb = new StringBuilder();
        List(sb, list);
        return sb.ToString();
    }

    private static void List(StringBuilder sb, ImmutableArray<Expr> list)
    {
        for (int i = 0; i < list.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            Print(sb, list[i]);
        }
    }

    private static void Print(StringBuilder sb, Node? n)
    {
        switch (n)
        {
            case null:
                break;
            case BadExpr:
                sb.Append("<bad expr>");
                break;
            case Name x:
                sb.Append(x.Value);
                break;
            case BasicLit x:
                sb.Append(x.Value);
                break;
            case FuncLit x:
                Print(sb, x.Type);
                sb.Append(x.Body.Stmts.IsEmpty ? " {}" : " {…}");
                break;
            case CompositeLit x:
                Print(sb, x.Type);
                sb.Append(x.Elems.IsEmpty ? "{}" : "{…}");
                break;
            case ParenExpr x:
                sb.Append('(');
                Print(sb, x.X);
                sb.Append(')');
                break;
            case SelectorExpr x:
                Print(sb, x.X);
                sb.Append('.');
                Print(sb, x.Sel);
                break;
            case IndexExpr x:
                Print(sb, x.X);
                sb.Append('[');
                Print(sb, x.Index);
                sb.Append(']');
                break;
            case SliceExpr x:
                Print(sb, x.X);
                sb.Append('[');
                Print(sb, x.Low);
                sb.Append(':');
                Print(sb, x.High);
                if (x.Max != null)
                {
                    sb.Append(':');
                    Print(sb, x.Max);
                }
                sb.Append(']');
                break;
            case AssertExpr x:
                Print(sb, x.X);
                sb.Append(".(");
                Print(sb, x.Type);
                sb.Append(')');
                break;
            case TypeSwitchGuard x:
                if (x.Lhs != null)
                {
                    Print(sb, x.Lhs);
                    sb.Append(" := ");
                }
                Print(sb, x.X);
                sb.Append(".(type)");
                break;
            case CallExpr x:
                Print(sb, x.Fun);
                sb.Append('(');
                List(sb, x.Args);
                if (x.HasDots) sb.Append("...");
                sb.Append(')');
                break;
            case Operation { Y: null } x:
                sb.Append(x.Op.Text());
                Print(sb, x.X);
                break;
            case Operation x:
            {
                // Walk the left spine without recursion: chains can be thousands long.
                var spine = new Stack<Operation>();
                Expr left = x;
                while (left is Operation { Y: not null } op)
                {
                    spine.Push(op);
                    left = op.X;
                }
                Print(sb, left);
                while (spine.Count > 0)
                {
                    var op = spine.Pop();
                    sb.Append(' ').Append(op.Op.Text()).Append(' ');
                    Print(sb, op.Y);
                }
                break;
            }
            case KeyValueExpr x:
                Print(sb, x.Key);
                sb.Append(": ");
                Print(sb, x.Value);
                break;
            case ListExpr x:
                List(sb, x.Elems);
                break;
            case ArrayType x:
                sb.Append('[');
                if (x.Len == null) sb.Append("...");
                else Print(sb, x.Len);
                sb.Append(']');
                Print(sb, x.Elem);
                break;
            case SliceType x:
                sb.Append("[]");
                Print(sb, x.Elem);
                break;
            case DotsType x:
                sb.Append("...");
                Print(sb, x.Elem);
                break;
            case StructType x:
                sb.Append("struct{");
                Fields(sb, x);
                sb.Append('}');
                break;
            case FuncType x:
                sb.Append("func");
                Signature(sb, x);
                break;
            case InterfaceType x:
                sb.Append("interface{");
                for (int i = 0; i < x.Methods.Length; i++)
                {
                    if (i > 0) sb.Append("; ");
                    var m = x.Methods[i];
                    if (m.Name != null && m.Type is FuncType ft)
                    {
                        sb.Append(m.Name.Value);
                        Signature(sb, ft);
                    }
                    else
                    {
                        Print(sb, m.Type);
                    }
                }
                sb.Append('}');
                break;
            case MapType x:
                sb.Append("map[");
                Print(sb, x.Key);
                sb.Append(']');
                Print(sb, x.Value);
                break;
            case ChanType x:
                if (x.Dir == ChanDir.Recv) sb.Append("<-");
                sb.Append("chan");
                if (x.Dir == ChanDir.Send) sb.Append("<-");
                sb.Append(' ');
                if (x.Dir == ChanDir.Both && x.Elem is ChanType { Dir: ChanDir.Recv })
                {
                    sb.Append('(');
                    Print(sb, x.Elem);
                    sb.Append(')');
                }
                else
                {
                    Print(sb, x.Elem);
                }
                break;
            case Field x:
                if (x.Name != null)
                {
                    Print(sb, x.Name);
                    sb.Append(' ');
                }
                Print(sb, x.Type);
                break;

            case EmptyStmt:
                break;
            case ExprStmt x:
                Print(sb, x.X);
                break;
            case SendStmt x:
                Print(sb, x.Chan);
                sb.Append(" <- ");
                Print(sb, x.Value);
                break;
            case AssignStmt x:
                List(sb, x.Lhs);
                if (x.IsIncDec)
                {
                    sb.Append(x.Op.Text()).Append(x.Op.Text());
                }
                else
                {
                    sb.Append(' ').Append(x.IsDefine ? ":" : x.Op.Text()).Append("= ");
                    List(sb, x.Rhs);
                }
                break;
            case RangeClause x:
                if (!x.Lhs.IsEmpty)
                {
                    List(sb, x.Lhs);
                    sb.Append(x.IsDefine ? " := " : " = ");
                }
                sb.Append("range ");
                Print(sb, x.X);
                break;
            case ReturnStmt x:
                sb.Append("return");
                if (!x.Results.IsEmpty)
                {
                    sb.Append(' ');
                    List(sb, x.Results);
                }
                break;
            case BranchStmt x:
                sb.Append(x.Tok.Text());
                if (x.Label != null) sb.Append(' ').Append(x.Label.Value);
                break;
            case CallStmt x:
                sb.Append(x.Tok.Text()).Append(' ');
                Print(sb, x.Call);
                break;
            case BlockStmt x:
                sb.Append(x.Stmts.IsEmpty ? "{}" : "{…}");
                break;
            default:
                sb.Append(n.GetType().Name);
                break;
        }
    }

    // Fields sharing a Type object are printed as one group: `a, b int; c string`.
    private static void Fields(StringBuilder sb, StructType s)
    {
        for (int i = 0; i < s.Fields.Length;)
        {
            if (i > 0) sb.Append("; ");
            var f = s.Fields[i];
            int j = i + 1;
            if (f.Name != null)
                while (j < s.Fields.Length && s.Fields[j].Name != null && ReferenceEquals(s.Fields[j].Type, f.Type)) j++;
            for (int k = i; k < j; k++)
            {
                if (k > i) sb.Append(", ");
                if (s.Fields[k].Name is { } name) sb.Append(name.Value);
            }
            if (f.Name != null) sb.Append(' ');
            Print(sb, f.Type);
            if (s.Tags[j - 1] is { } tag) sb.Append(' ').Append(tag.Value);
            i = j;
        }
    }

    private static void Signature(StringBuilder sb, FuncType f)
    {
        Parameters(sb, f.Params);
        if (f.Results.IsEmpty) return;
        sb.Append(' ');
        if (f.Results.Length == 1 && f.Results[0].Name == null) Print(sb, f.Results[0].Type);
        else Parameters(sb, f.Results);
    }

    private static void Parameters(StringBuilder sb, ImmutableArray<Field> list)
    {
        sb.Append('(');
        for (int i = 0; i < list.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            var f = list[i];
            if (f.Name != null)
            {
                sb.Append(f.Name.Value);
                if (i + 1 < list.Length && list[i + 1].Name != null && ReferenceEquals(list[i + 1].Type, f.Type)) continue;
                sb.Append(' ');
            }
            var t = f.Type;
            while (t is ParenExpr p) t = p.X;
            Print(sb, t);
        }
        sb.Append(')');
    }
}
