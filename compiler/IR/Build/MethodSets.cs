using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.IR.Build;

/// <summary>
/// One method of a type's method set, as method tables and itabs need it: the method, and the
/// embedded fields leading to the receiver it was promoted from (empty when declared on the type).
/// ViaInterface: the receiver is an embedded interface, so the call dispatches through it.
/// </summary>
public sealed record MethodEntry(FuncObj Method, IReadOnlyList<int> Path, bool ViaInterface)
{
    public bool Promoted => Path.Count > 0;
    public bool PtrRecv => !ViaInterface && Method.Signature.Recv?.Type is PointerType;
}

/// <summary>
/// Method sets by the spec's rules, including promotion through embedded fields: the methods at the
/// shallowest depth win, a name found twice at one depth (or shadowed by a field at a shallower
/// one) is not promoted. A method with a pointer receiver belongs to the set of T only when it is
/// reached through an embedded pointer; every method belongs to the set of *T.
/// </summary>
public static class MethodSets
{
    private sealed record Level(GoType Type, List<int> Path, bool Addressable);

    /// <summary>The method set of t (a defined type or a pointer to one), sorted by method-table name.</summary>
    public static List<MethodEntry> Of(GoType t)
    {
        // Defined types and unnamed struct types (struct{ io.Reader } has the promoted Read), or pointers to them.
        var isPtr = false;
        var baseType = t;
        if (t is PointerType p && p.Elem is NamedType or StructType) { baseType = p.Elem; isPtr = true; }
        if (baseType is not (NamedType or StructType) || baseType.Underlying is InterfaceType) return [];
        var root = baseType;

        var result = new Dictionary<string, MethodEntry>(StringComparer.Ordinal);
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
        var current = new List<Level> { new(root, [], isPtr) };
        while (current.Count > 0)
        {
            // Every name at this depth, with how often it occurs; the candidates among them.
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var candidates = new Dictionary<string, (MethodEntry Entry, bool InSet)>(StringComparer.Ordinal);
            var next = new List<Level>();
            void Count(string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
            foreach (var level in current)
            {
                var typ = level.Type;
                if (typ is NamedType named)
                {
                    if (!seen.Add(named)) continue;
                    if (named.Underlying is InterfaceType it)
                    {
                        foreach (var m in it.AllMethods)
                        {
                            var key = TypeDescriptors.MethodName(m);
                            Count(key);
                            candidates[key] = (new MethodEntry(m, level.Path, true), true);
                        }
                        continue;
                    }
                    foreach (var m in named.Methods)
                    {
                        var key = TypeDescriptors.MethodName(m);
                        Count(key);
                        var entry = new MethodEntry(m, level.Path, false);
                        candidates[key] = (entry, !entry.PtrRecv || level.Addressable);
                    }
                }
                if (typ.Underlying is StructType st)
                    for (int i = 0; i < st.Fields.Length; i++)
                    {
                        var f = st.Fields[i];
                        Count(f.Exported || f.Pkg == null ? f.Name : $"{f.Pkg.Path}.{f.Name}");
                        if (!f.Embedded) continue;
                        var ft = f.Type;
                        var viaPtr = false;
                        if (ft is PointerType fp) { ft = fp.Elem; viaPtr = true; }
                        next.Add(new Level(ft, [.. level.Path, i], level.Addressable || viaPtr));
                    }
            }
            foreach (var (key, (entry, inSet)) in candidates)
                if (!blocked.Contains(key) && counts[key] == 1 && inSet && (entry.Promoted || !result.ContainsKey(key)))
                    result[key] = entry;
            foreach (var key in counts.Keys) blocked.Add(key);
            current = next;
        }
        return result.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value).ToList();
    }
}
