using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.Check;

// Field and method lookup, with promotion through embedded fields (the spec's selector rules).
public sealed partial class Checker
{
    /// <summary>The result of looking up x.name: the field or method, the embedded-field path to it, and whether a pointer was followed.</summary>
    internal readonly record struct LookupResult(GoObject Obj, IReadOnlyList<int> Index, bool Indirect, bool Ambiguous);

    /// <summary>
    /// Finds the field or method <paramref name="name"/> of type t, searching embedded fields breadth-first
    /// by depth. Unexported names match only within <paramref name="from"/>'s package.
    /// </summary>
    internal static LookupResult? Lookup(GoType t, string name, PackageInfo? from)
    {
        var start = t;
        var indirect = false;
        if (t is PointerType p && p.Elem is NamedType or StructType) { start = p.Elem; indirect = true; }
        else if (t.Underlying is PointerType up && t is NamedType)
        {
            // Methods are not found through a named pointer type, fields are.
            start = up.Elem;
            indirect = true;
        }

        var current = new List<(GoType Type, List<int> Index, bool Indirect)> { (start, [], indirect) };
        var seen = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        for (int depth = 0; current.Count > 0 && depth < 32; depth++)
        {
            LookupResult? found = null;
            var next = new List<(GoType, List<int>, bool)>();
            foreach (var (typ, index, ind) in current)
            {
                var ty = typ;
                if (ty is NamedType named)
                {
                    if (!seen.Add(named)) continue;
                    foreach (var m in named.Methods)
                        if (m.Name == name && Visible(m, from))
                        {
                            if (found != null) return found.Value with { Ambiguous = true };
                            found = new LookupResult(m, index, ind, false);
                        }
                }
                switch (ty.Underlying)
                {
                    case StructType st:
                        for (int i = 0; i < st.Fields.Length; i++)
                        {
                            var f = st.Fields[i];
                            if (f.Name == name && Visible(f, from))
                            {
                                if (found != null) return found.Value with { Ambiguous = true };
                                found = new LookupResult(f, [.. index, i], ind, false);
                            }
                            if (f.Embedded)
                            {
                                var (et, ptr) = f.Type is PointerType ep ? (ep.Elem, true) : (f.Type, false);
                                next.Add((et, [.. index, i], ind || ptr));
                            }
                        }
                        break;
                    case InterfaceType it:
                        foreach (var m in it.AllMethods)
                            if (m.Name == name && Visible(m, from))
                            {
                                if (found != null) return found.Value with { Ambiguous = true };
                                found = new LookupResult(m, index, ind, false);
                            }
                        break;
                }
            }
            if (found != null) return found;
            current = next;
        }
        return null;
    }

    private static bool Visible(GoObject o, PackageInfo? from) => o.Exported || o.Pkg == from || o.Pkg == null;

    /// <summary>A method of t (through embedding too): the method and whether it needs a pointer receiver.</summary>
    internal (FuncObj Method, bool PointerRecv)? LookupMethod(GoType t, string name, PackageInfo? from)
    {
        var r = Lookup(t, name, from ?? pkg);
        if (r is not { Obj: FuncObj m, Ambiguous: false }) return null;
        var ptrRecv = m.Signature.Recv?.Type is PointerType && !r.Value.Indirect && t.Underlying is not InterfaceType;
        return (m, ptrRecv);
    }
}
