using System.Text;
using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

/// <summary>An expression as gc's messages print it (types2's ExprString): compact, with "..." for bodies.</summary>
public static class ExprString
{
    public static string Of(Expr e)
    {
        var sb = new StringBuilder();
        Write(sb, e);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Expr e)
    {
        switch (e)
        {
            case Name n: sb.Append(n.Value); break;
            case BasicLit l: sb.Append(l.Value); break;
            case ParenExpr p: sb.Append('('); Write(sb, p.X); sb.Append(')'); break;
            case SelectorExpr s: Write(sb, s.X); sb.Append('.').Append(s.Sel.Value); break;
            case IndexExpr i: Write(sb, i.X); sb.Append('['); Write(sb, i.Index); sb.Append(']'); break;
            case ListExpr l:
                for (int k = 0; k < l.Elems.Length; k++) { if (k > 0) sb.Append(", "); Write(sb, l.Elems[k]); }
                break;
            case SliceExpr s:
                Write(sb, s.X); sb.Append('[');
                if (s.Low != null) Write(sb, s.Low);
                sb.Append(':');
                if (s.High != null) Write(sb, s.High);
                if (s.Full) { sb.Append(':'); if (s.Max != null) Write(sb, s.Max); }
                sb.Append(']');
                break;
            case AssertExpr a: Write(sb, a.X); sb.Append(".("); Write(sb, a.Type); sb.Append(')'); break;
            case TypeSwitchGuard g:
                if (g.Lhs != null) sb.Append(g.Lhs.Value).Append(" := ");
                Write(sb, g.X); sb.Append(".(type)");
                break;
            case Operation o when o.Y == null:
                sb.Append(o.Op.Text());
                Write(sb, o.X);
                break;
            case Operation o:
                Write(sb, o.X);
                sb.Append(' ').Append(o.Op.Text()).Append(' ');
                Write(sb, o.Y!);
                break;
            case CallExpr c:
                Write(sb, c.Fun); sb.Append('(');
                for (int k = 0; k < c.Args.Length; k++) { if (k > 0) sb.Append(", "); Write(sb, c.Args[k]); }
                if (c.HasDots) sb.Append("...");
                sb.Append(')');
                break;
            case CompositeLit c:
                if (c.Type != null) Write(sb, c.Type);
                sb.Append("{…}");
                break;
            case KeyValueExpr kv: Write(sb, kv.Key); sb.Append(": "); Write(sb, kv.Value); break;
            case FuncLit f: sb.Append("func"); WriteSig(sb, f.Type); sb.Append(" {…}"); break;
            case ArrayType a:
                sb.Append('[');
                if (a.Len != null) Write(sb, a.Len); else sb.Append("...");
                sb.Append(']'); Write(sb, a.Elem);
                break;
            case SliceType s: sb.Append("[]"); Write(sb, s.Elem); break;
            case DotsType d: sb.Append("..."); Write(sb, d.Elem); break;
            case MapType m: sb.Append("map["); Write(sb, m.Key); sb.Append(']'); Write(sb, m.Value); break;
            case ChanType c:
                sb.Append(c.Dir switch { ChanDir.Send => "chan<- ", ChanDir.Recv => "<-chan ", _ => "chan " });
                Write(sb, c.Elem);
                break;
            case FuncType f: sb.Append("func"); WriteSig(sb, f); break;
            case StructType st:
                sb.Append("struct{");
                for (int k = 0; k < st.Fields.Length; k++)
                {
                    if (k > 0) sb.Append("; ");
                    if (st.Fields[k].Name is { } fn) sb.Append(fn.Value).Append(' ');
                    Write(sb, st.Fields[k].Type);
                }
                sb.Append('}');
                break;
            case InterfaceType it:
                if (it.Methods.IsEmpty) { sb.Append("interface{}"); break; }
                sb.Append("interface{");
                for (int k = 0; k < it.Methods.Length; k++)
                {
                    if (k > 0) sb.Append("; ");
                    var m = it.Methods[k];
                    if (m.Name != null && m.Type is FuncType ft) { sb.Append(m.Name.Value); WriteSig(sb, ft); }
                    else Write(sb, m.Type);
                }
                sb.Append('}');
                break;
            case BadExpr: sb.Append("_"); break;
            default: sb.Append('?'); break;
        }
    }

    private static void WriteSig(StringBuilder sb, FuncType f)
    {
        sb.Append('(');
        WriteFields(sb, f.Params);
        sb.Append(')');
        if (f.Results.Length == 0) return;
        sb.Append(' ');
        if (f.Results.Length == 1 && f.Results[0].Name == null) { Write(sb, f.Results[0].Type); return; }
        sb.Append('(');
        WriteFields(sb, f.Results);
        sb.Append(')');
    }

    private static void WriteFields(StringBuilder sb, System.Collections.Immutable.ImmutableArray<Field> fields)
    {
        for (int k = 0; k < fields.Length; k++)
        {
            if (k > 0) sb.Append(", ");
            if (fields[k].Name is { } n)
            {
                sb.Append(n.Value);
                // Names sharing a type are printed "a, b int".
                if (k + 1 < fields.Length && ReferenceEquals(fields[k + 1].Type, fields[k].Type)) continue;
                sb.Append(' ');
            }
            Write(sb, fields[k].Type);
        }
    }
}
