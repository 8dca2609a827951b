using System.Runtime.CompilerServices;
using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.Check;

/// <summary>
/// How gc 1.19 words a reference to an imported package's unexported name. gosharp's export data
/// holds every package-level object, gc's only the exported ones and what they mention: the types
/// their declarations refer to, with all the fields and methods of those types (unexported ones
/// too, and what those mention in turn). A name gc's export data lacks is "undefined: pkg.name";
/// one it holds is "name not exported by package pkg" (sync.noCopy, a field type of sync.WaitGroup).
/// Inlinable bodies bring more names into gc's export data; gosharp does not model them. An
/// approximation: an unexported function of a package outside the standard library counts as held
/// (a small exported wrapper of it is inlinable and brings it in: testdata/modules/unexported,
/// checked against gc), while the standard packages (whose bodies here are gosharp's own, not gc's)
/// follow the declarations alone.
/// </summary>
internal static class UnexportedNames
{
    private static readonly ConditionalWeakTable<PackageInfo, HashSet<GoObject>> cache = new();

    /// <summary>Whether gc's export data of <paramref name="pkg"/> would hold the unexported object.</summary>
    public static bool InGcExportData(PackageInfo pkg, GoObject obj)
    {
        if (obj is FuncObj && !IsStandard(pkg.Path)) return true;
        HashSet<GoObject> set;
        lock (cache) set = cache.GetValue(pkg, Reachable);
        return set.Contains(obj);
    }

    /// <summary>The go command's rule: a standard-library path has no dot in its first element.</summary>
    private static bool IsStandard(string path)
    {
        int slash = path.IndexOf('/');
        return !(slash < 0 ? path : path[..slash]).Contains('.');
    }

    /// <summary>The type names of the package reachable from its exported objects.</summary>
    private static HashSet<GoObject> Reachable(PackageInfo pkg)
    {
        var found = new HashSet<GoObject>(ReferenceEqualityComparer.Instance);
        var seen = new HashSet<GoType>(ReferenceEqualityComparer.Instance);
        var work = new Stack<GoType>();
        foreach (var o in pkg.Scope.Objects)
            if (o.Exported) work.Push(o.Type);
        while (work.Count > 0)
        {
            var t = work.Pop();
            if (!seen.Add(t)) continue;
            switch (t)
            {
                case NamedType n:
                    if (n.Origin != null) { work.Push(n.Origin); foreach (var a in n.TypeArgs) work.Push(a); break; }
                    if (n.Obj.Pkg == pkg) found.Add(n.Obj);
                    if (n.RawUnderlying is { } u) work.Push(u);
                    foreach (var tp in n.TypeParams) work.Push(tp);
                    foreach (var m in n.Methods) work.Push(m.Type);
                    break;
                case TypeParamType tp: work.Push(tp.Constraint); break;
                case PointerType p: work.Push(p.Elem); break;
                case SliceType s: work.Push(s.Elem); break;
                case ArrayType a: work.Push(a.Elem); break;
                case MapType m: work.Push(m.Key); work.Push(m.Elem); break;
                case ChanType c: work.Push(c.Elem); break;
                case StructType st: foreach (var f in st.Fields) work.Push(f.Type); break;
                case TupleType tu: foreach (var v in tu.Vars) work.Push(v.Type); break;
                case Signature sig:
                    if (sig.Recv != null) work.Push(sig.Recv.Type);
                    foreach (var tp in sig.TypeParams) work.Push(tp);
                    work.Push(sig.Params);
                    work.Push(sig.Results);
                    break;
                case UnionType un: foreach (var term in un.Terms) work.Push(term.Type); break;
                case InterfaceType it:
                    foreach (var m in it.Methods) work.Push(m.Type);
                    foreach (var e in it.Embedded) work.Push(e);
                    break;
            }
        }
        return found;
    }
}
