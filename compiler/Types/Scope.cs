namespace Gosharp.Compiler.Types;

/// <summary>A lexical scope: names declared in a block, file, package or the universe; lookups walk outwards.</summary>
public sealed class Scope(Scope? parent, string description)
{
    private readonly Dictionary<string, GoObject> names = new(StringComparer.Ordinal);
    /// <summary>Declaration order (for deterministic iteration).</summary>
    private readonly List<GoObject> ordered = [];

    public Scope? Parent { get; } = parent;
    public string Description { get; } = description;
    public IReadOnlyList<GoObject> Objects => ordered;

    public GoObject? LookupLocal(string name) => names.GetValueOrDefault(name);

    public GoObject? Lookup(string name)
    {
        for (var s = this; s != null; s = s.Parent)
            if (s.names.TryGetValue(name, out var o)) return o;
        return null;
    }

    /// <summary>Declares; returns the object already declared under that name here, if any (nothing is changed then).</summary>
    public GoObject? Insert(GoObject obj)
    {
        if (obj.Name == "_") return null;
        if (names.TryGetValue(obj.Name, out var prev)) return prev;
        names[obj.Name] = obj;
        ordered.Add(obj);
        obj.Parent ??= this;
        return null;
    }
}
