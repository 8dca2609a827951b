using System.Text;

namespace Gosharp.Compiler.Types;

/// <summary>
/// Type text as Go prints it. Compiler messages qualify named types by package name except those of
/// the package being compiled (types2's style); runtime type names (reflect, panics) qualify all.
/// </summary>
public static class TypeString
{
    /// <summary>Fully qualified by package name: main.T, []main.T.</summary>
    public static string Of(GoType t) => Write(t, _ => true);

    /// <summary>Relative to a package: its own types unqualified.</summary>
    public static string Relative(GoType t, PackageInfo? current) => Write(t, p => p != current);

    public static string Write(GoType t, Func<PackageInfo, bool> qualify)
    {
        var sb = new StringBuilder();
        Write(sb, t, qualify, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, GoType t, Func<PackageInfo, bool> q, int depth)
    {
        if (depth > 64) { sb.Append("..."); return; }
        switch (t)
        {
            case BasicType b: sb.Append(b.Name); break;
            case NamedType n:
                if (n.Obj.Pkg is { } p && q(p)) sb.Append(p.Name).Append('.');
                sb.Append(n.Obj.Name);
                if (n.TypeArgs.Length > 0)
                {
                    sb.Append('[');
                    for (int i = 0; i < n.TypeArgs.Length; i++) { if (i > 0) sb.Append(','); Write(sb, n.TypeArgs[i], q, depth + 1); }
                    sb.Append(']');
                }
                break;
            case TypeParamType tp: sb.Append(tp.Obj.Name); break;
            case PointerType pt: sb.Append('*'); Write(sb, pt.Elem, q, depth + 1); break;
            case SliceType s: sb.Append("[]"); Write(sb, s.Elem, q, depth + 1); break;
            case ArrayType a: sb.Append('[').Append(a.Len).Append(']'); Write(sb, a.Elem, q, depth + 1); break;
            case MapType m: sb.Append("map["); Write(sb, m.Key, q, depth + 1); sb.Append(']'); Write(sb, m.Elem, q, depth + 1); break;
            case ChanType c:
                sb.Append(c.Dir switch { ChanDir.SendOnly => "chan<- ", ChanDir.RecvOnly => "<-chan ", _ => "chan " });
                // chan (<-chan int) needs parentheses.
                var paren = c.Dir == ChanDir.Both && c.Elem is ChanType { Dir: ChanDir.RecvOnly };
                if (paren) sb.Append('(');
                Write(sb, c.Elem, q, depth + 1);
                if (paren) sb.Append(')');
                break;
            case StructType st:
                sb.Append("struct{");
                for (int i = 0; i < st.Fields.Length; i++)
                {
                    if (i > 0) sb.Append("; ");
                    var f = st.Fields[i];
                    if (!f.Embedded) sb.Append(f.Name).Append(' ');
                    Write(sb, f.Type, q, depth + 1);
                    if (st.Tag(i).Length > 0) sb.Append(' ').Append(Constants.ByteString.Quote(Constants.ByteString.FromUtf8(st.Tag(i))));
                }
                sb.Append('}');
                break;
            case Signature sig:
                sb.Append("func");
                WriteSignature(sb, sig, q, depth);
                break;
            case InterfaceType it:
                if (ReferenceEquals(it, Universe.Any)) { sb.Append("any"); break; }
                if (it.Methods.Length == 0 && it.Embedded.Length == 0) { sb.Append("interface {}"); break; }
                sb.Append("interface {");
                var first = true;
                foreach (var e in it.Embedded) { sb.Append(first ? " " : "; "); first = false; Write(sb, e, q, depth + 1); }
                foreach (var m in it.Methods)
                {
                    sb.Append(first ? " " : "; "); first = false;
                    sb.Append(m.Name);
                    WriteSignature(sb, m.Signature, q, depth);
                }
                sb.Append(" }");
                break;
            case TupleType tt:
                sb.Append('(');
                for (int i = 0; i < tt.Count; i++) { if (i > 0) sb.Append(", "); Write(sb, tt[i], q, depth + 1); }
                sb.Append(')');
                break;
            default: sb.Append(t.GetType().Name); break;
        }
    }

    public static void WriteSignature(StringBuilder sb, Signature sig, Func<PackageInfo, bool> q, int depth)
    {
        sb.Append('(');
        for (int i = 0; i < sig.Params.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            if (sig.Variadic && i == sig.Params.Count - 1 && sig.Params[i] is SliceType s)
            {
                sb.Append("...");
                Write(sb, s.Elem, q, depth + 1);
            }
            else Write(sb, sig.Params[i], q, depth + 1);
        }
        sb.Append(')');
        if (sig.Results.Count == 1 && sig.Results.Vars[0].Name is "" or "_")
        {
            sb.Append(' ');
            Write(sb, sig.Results[0], q, depth + 1);
        }
        else if (sig.Results.Count > 0)
        {
            sb.Append(" (");
            for (int i = 0; i < sig.Results.Count; i++)
            {
                if (i > 0) sb.Append(", ");
                Write(sb, sig.Results[i], q, depth + 1);
            }
            sb.Append(')');
        }
    }
}
