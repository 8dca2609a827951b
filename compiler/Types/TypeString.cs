using System.Text;

namespace Gosharp.Compiler.Types;

/// <summary>
/// Type text. Compiler messages use types2's form (<c>struct{x int}</c>, <c>func(x int) string</c>,
/// <c>interface{M()}</c>), qualifying named types by package name except those of the package
/// being compiled. Run-time type names (reflect, panics) use reflect's form (<c>struct { x int }</c>).
/// </summary>
public static class TypeString
{
    /// <summary>types2's form, every named type qualified by its package name: main.T, []main.T.</summary>
    public static string Of(GoType t) => Write(t, p => p.Name);

    /// <summary>types2's form relative to a package: its own types unqualified.</summary>
    public static string Relative(GoType t, PackageInfo? current) => Write(t, p => p == current ? null : p.Name);

    /// <summary>types2's form with a qualifier: the prefix for a package's names (null: none).</summary>
    public static string Write(GoType t, Func<PackageInfo, string?> qualifier)
    {
        var w = new Writer(qualifier, false);
        w.Type(t);
        return w.ToString();
    }

    /// <summary>reflect's form (run-time type names): <c>main.T</c>, <c>struct { X int }</c>, <c>interface { M() }</c>.</summary>
    public static string Reflect(GoType t, PackageInfo? unqualified = null)
    {
        var w = new Writer(p => p == unqualified ? null : p.Name, true);
        w.Type(t);
        return w.ToString();
    }

    /// <summary>A signature without "func": <c>(x int) string</c>.</summary>
    public static string Signature(Signature sig, Func<PackageInfo, string?> qualifier)
    {
        var w = new Writer(qualifier, false);
        w.Sig(sig);
        return w.ToString();
    }

    private sealed class Writer(Func<PackageInfo, string?> qualifier, bool reflect)
    {
        private readonly StringBuilder sb = new();
        private readonly HashSet<GoType> seen = new(ReferenceEqualityComparer.Instance);

        public override string ToString() => sb.ToString();

        private void Comma(int i) { if (i > 0) sb.Append(reflect ? ", " : ", "); }

        public void Type(GoType t)
        {
            if (t is InterfaceType or StructType && !seen.Add(t)) { sb.Append("<cycle>"); return; }
            try { TypeInner(t); }
            finally { if (t is InterfaceType or StructType) seen.Remove(t); }
        }

        private void TypeInner(GoType t)
        {
            switch (t)
            {
                case BasicType b: sb.Append(b.Kind == BasicKind.UnsafePointer ? QualifiedUnsafe() : b.Name); break;
                case NamedType n:
                    if (n.Obj.Pkg is { } p && qualifier(p) is { } q) sb.Append(q).Append('.');
                    sb.Append(n.Obj.Name);
                    if (n.TypeArgs.Length > 0)
                    {
                        sb.Append('[');
                        for (int i = 0; i < n.TypeArgs.Length; i++) { if (i > 0) sb.Append(reflect ? "," : ", "); Type(n.TypeArgs[i]); }
                        sb.Append(']');
                    }
                    else if (n.TypeParams.Length > 0 && !reflect) TypeParamList(n.TypeParams);
                    break;
                case TypeParamType tp: sb.Append(tp.Obj.Name); break;
                case PointerType pt: sb.Append('*'); Type(pt.Elem); break;
                case SliceType s: sb.Append("[]"); Type(s.Elem); break;
                case ArrayType a: sb.Append('[').Append(a.Len).Append(']'); Type(a.Elem); break;
                case MapType m: sb.Append("map["); Type(m.Key); sb.Append(']'); Type(m.Elem); break;
                case ChanType c:
                    sb.Append(c.Dir switch { ChanDir.SendOnly => "chan<- ", ChanDir.RecvOnly => "<-chan ", _ => "chan " });
                    // chan (<-chan int) needs parentheses.
                    var paren = c.Dir == ChanDir.Both && c.Elem is ChanType { Dir: ChanDir.RecvOnly };
                    if (paren) sb.Append('(');
                    Type(c.Elem);
                    if (paren) sb.Append(')');
                    break;
                case StructType st:
                    if (reflect && st.Fields.Length == 0) { sb.Append("struct {}"); break; }
                    sb.Append(reflect ? "struct { " : "struct{");
                    for (int i = 0; i < st.Fields.Length; i++)
                    {
                        if (i > 0) sb.Append("; ");
                        var f = st.Fields[i];
                        if (!f.Embedded) sb.Append(f.Name).Append(' ');
                        Type(f.Type);
                        if (st.Tag(i).Length > 0) sb.Append(' ').Append(Constants.ByteString.Quote(Constants.ByteString.FromUtf8(st.Tag(i))));
                    }
                    sb.Append(reflect ? " }" : "}");
                    break;
                case Types.Signature sig:
                    sb.Append("func");
                    Sig(sig);
                    break;
                case UnionType u:
                    for (int i = 0; i < u.Terms.Length; i++)
                    {
                        if (i > 0) sb.Append(reflect ? " | " : "|");
                        if (u.Terms[i].Tilde) sb.Append('~');
                        Type(u.Terms[i].Type);
                    }
                    break;
                case InterfaceType it:
                    if (ReferenceEquals(it, Universe.Any) && !reflect) { sb.Append("any"); break; }
                    if (it.IsComparableMarker && it.Methods.IsEmpty && it.Embedded.IsEmpty) { sb.Append("interface{comparable}"); break; }
                    if (it.IsImplicit && it.Methods.IsEmpty && it.Embedded.Length == 1) { Type(it.Embedded[0]); break; }
                    if (it.Methods.IsEmpty && it.Embedded.IsEmpty) { sb.Append(reflect ? "interface {}" : "interface{}"); break; }
                    sb.Append(reflect ? "interface { " : "interface{");
                    var first = true;
                    foreach (var m in it.Methods)
                    {
                        if (!first) sb.Append("; ");
                        first = false;
                        sb.Append(m.Name);
                        Sig(m.Signature);
                    }
                    foreach (var e in it.Embedded)
                    {
                        if (!first) sb.Append("; ");
                        first = false;
                        Type(e);
                    }
                    sb.Append(reflect ? " }" : "}");
                    break;
                case TupleType tt:
                    Tuple(tt, false);
                    break;
                default: sb.Append(t.GetType().Name); break;
            }
        }

        private string QualifiedUnsafe() => qualifier(Universe.Unsafe) is { } q ? q + ".Pointer" : "Pointer";

        private void TypeParamList(IReadOnlyList<TypeParamType> tps)
        {
            sb.Append('[');
            for (int i = 0; i < tps.Count; i++)
            {
                if (i > 0)
                {
                    if (!ReferenceEquals(tps[i].Constraint, tps[i - 1].Constraint)) { sb.Append(' '); Type(tps[i - 1].Constraint); }
                    sb.Append(", ");
                }
                sb.Append(tps[i].Obj.Name);
            }
            if (tps.Count > 0) { sb.Append(' '); Type(tps[^1].Constraint); }
            sb.Append(']');
        }

        private void Tuple(TupleType tt, bool variadic)
        {
            sb.Append('(');
            for (int i = 0; i < tt.Count; i++)
            {
                Comma(i);
                var v = tt.Vars[i];
                if (!reflect && v.Name != "") sb.Append(v.Name).Append(' ');
                if (variadic && i == tt.Count - 1 && v.Type is SliceType s)
                {
                    sb.Append("...");
                    Type(s.Elem);
                }
                else Type(v.Type);
            }
            sb.Append(')');
        }

        public void Sig(Types.Signature sig)
        {
            if (sig.TypeParams.Length > 0 && !reflect) TypeParamList(sig.TypeParams);
            Tuple(sig.Params, sig.Variadic);
            var n = sig.Results.Count;
            if (n == 0) return;
            sb.Append(' ');
            if (n == 1 && (reflect || sig.Results.Vars[0].Name == ""))
            {
                Type(sig.Results[0]);
                return;
            }
            Tuple(sig.Results, false);
        }
    }
}
