using System.Collections.Immutable;

namespace Gosharp.Compiler.Types;

/// <summary>
/// The type set of an interface (the spec's "General interfaces"): the methods every type in the
/// set has, the type terms that restrict it (null: no restriction), and whether it holds only
/// comparable types (the predeclared comparable embedded, with no terms).
/// </summary>
public sealed class TypeSet(ImmutableArray<FuncObj> methods, ImmutableArray<Term>? terms, bool comparable)
{
    public static readonly TypeSet All = new([], null, false);

    public ImmutableArray<FuncObj> Methods { get; } = methods;
    /// <summary>The terms (a normalized union); null when every type is allowed; empty for the empty set.</summary>
    public ImmutableArray<Term>? Terms { get; } = terms;
    public bool Comparable { get; } = comparable;

    public bool IsAll => Methods.IsEmpty && Terms == null && !Comparable;
    public bool IsEmptySet => Terms is { IsEmpty: true };
    public bool HasTerms => Terms != null;

    [ThreadStatic] private static HashSet<InterfaceType>? computing;
    /// <summary>Incomplete type sets already computed during the outermost computation (they cannot be
    /// cached on the interface, but recomputing each embedding again would be exponential).</summary>
    [ThreadStatic] private static Dictionary<InterfaceType, TypeSet>? incomplete;

    /// <summary>Computes an interface's type set; incomplete (not to be cached) while an embedded type is not yet declared.</summary>
    internal static (TypeSet Set, bool Complete) Compute(InterfaceType it)
    {
        computing ??= new HashSet<InterfaceType>(ReferenceEqualityComparer.Instance);
        incomplete ??= new Dictionary<InterfaceType, TypeSet>(ReferenceEqualityComparer.Instance);
        if (incomplete.TryGetValue(it, out var known)) return (known, false);
        if (!computing.Add(it)) return (All, false); // an invalid cycle (reported by the checker)
        try
        {
            var (set, complete) = ComputeUncached(it);
            if (!complete) incomplete[it] = set;
            return (set, complete);
        }
        finally
        {
            computing.Remove(it);
            if (computing.Count == 0) incomplete.Clear();
        }
    }

    private static (TypeSet Set, bool Complete) ComputeUncached(InterfaceType it)
    {
        var complete = true;
        var methods = new List<FuncObj>(it.Methods);
        ImmutableArray<Term>? terms = null;
        var comparable = it.IsComparableMarker;
        foreach (var e in it.Embedded)
        {
            if (e is NamedType { IsComplete: false }) { complete = false; continue; }
            switch (e)
            {
                case UnionType u:
                {
                    var (ut, c, _) = UnionTerms(u);
                    complete &= c;
                    terms = TermSets.Intersect(terms, ut);
                    break;
                }
                case TypeParamType:
                    break; // not allowed (reported by the checker)
                default:
                    if (e.Underlying is InterfaceType ei)
                    {
                        var (es, c) = ei.TypeSetAndCompleteness();
                        complete &= c;
                        foreach (var m in es.Methods)
                            if (!methods.Any(x => x.Name == m.Name && x.SamePackageScope(m))) methods.Add(m);
                        terms = TermSets.Intersect(terms, es.Terms);
                        comparable |= es.Comparable;
                    }
                    else if (e.Underlying != Universe.Invalid) // an invalid type (reported) restricts nothing
                        terms = TermSets.Intersect(terms, [new Term(false, e)]);
                    break;
            }
        }
        if (comparable && terms != null)
        {
            terms = terms.Value.Where(t => Predicates.Comparable(t.Type)).ToImmutableArray();
            comparable = false;
        }
        var sorted = methods.OrderBy(m => m.Name, StringComparer.Ordinal)
            .ThenBy(m => m.Exported ? "" : m.Pkg?.Path ?? "", StringComparer.Ordinal).ToImmutableArray();
        return (new TypeSet(sorted, terms, comparable), complete);
    }

    /// <summary>The most terms a union's type set may have: gc's implementation limit (beyond it the set is empty and the checker reports it).</summary>
    public const int MaxTermCount = 100;

    /// <summary>Whether a union's type set grows past <see cref="MaxTermCount"/> terms (counted after each term, as types2 does).</summary>
    public static bool TooManyTerms(UnionType u) => UnionTerms(u).TooMany;

    private static (ImmutableArray<Term>? Terms, bool Complete, bool TooMany) UnionTerms(UnionType u)
    {
        var complete = true;
        ImmutableArray<Term>? result = [];
        foreach (var t in u.Terms)
        {
            if (t.Type is NamedType { IsComplete: false }) { complete = false; continue; }
            ImmutableArray<Term>? tt;
            if (!t.Tilde && t.Type.Underlying is InterfaceType ti && t.Type is not TypeParamType)
            {
                var (s, c) = ti.TypeSetAndCompleteness();
                complete &= c;
                tt = s.Terms; // methods and comparable of union terms are ignored (the checker rejects those)
            }
            else if (t.Type.Underlying == Universe.Invalid) continue;
            // ~T where T is not its own underlying type (an error) holds no type: no type has T as underlying type.
            else if (t.Tilde && !Predicates.Identical(t.Type, t.Type.Underlying)) tt = [];
            else tt = [t];
            result = TermSets.Union(result, tt);
            if (result is { Length: > MaxTermCount }) return ([], complete, true);
        }
        return (result, complete, false);
    }

    /// <summary>The type set as constraint text: "~int | string".</summary>
    public override string ToString() =>
        Terms == null ? "any" : Terms.Value.IsEmpty ? "∅" : string.Join(" | ", Terms.Value.Select(t => (t.Tilde ? "~" : "") + TypeString.Of(t.Type)));
}

/// <summary>Set operations on terms and normalized term lists (null: all types).</summary>
public static class TermSets
{
    /// <summary>Whether type t is in the set of term x.</summary>
    public static bool Includes(Term x, GoType t) => x.Tilde ? Predicates.Identical(t.Underlying, x.Type) : Predicates.Identical(t, x.Type);

    /// <summary>Whether the sets of two terms have no type in common (their types are not the same after dropping ~).</summary>
    public static bool Disjoint(Term x, Term y)
    {
        var ux = y.Tilde ? x.Type.Underlying : x.Type;
        var uy = x.Tilde ? y.Type.Underlying : y.Type;
        return !Predicates.Identical(ux, uy);
    }

    public static bool SubsetOf(Term x, Term y) => !Disjoint(x, y) && (!x.Tilde || y.Tilde);

    /// <summary>x ∩ y: the smaller term, or null when disjoint.</summary>
    public static Term? Intersect(Term x, Term y)
    {
        if (Disjoint(x, y)) return null;
        return !x.Tilde || y.Tilde ? x : y;
    }

    public static ImmutableArray<Term>? Union(ImmutableArray<Term>? a, ImmutableArray<Term>? b)
    {
        if (a == null || b == null) return null;
        return Normalize(a.Value.Concat(b.Value));
    }

    public static ImmutableArray<Term>? Intersect(ImmutableArray<Term>? a, ImmutableArray<Term>? b)
    {
        if (a == null) return b;
        if (b == null) return a;
        var result = new List<Term>();
        foreach (var x in a.Value)
            foreach (var y in b.Value)
                if (Intersect(x, y) is { } i) result.Add(i);
        return Normalize(result);
    }

    /// <summary>Drops terms contained in others (T next to ~U with U = T's underlying type, duplicates).</summary>
    public static ImmutableArray<Term> Normalize(IEnumerable<Term> terms)
    {
        var list = new List<Term>();
        foreach (var t in terms)
        {
            if (list.Any(e => SubsetOf(t, e))) continue;
            list.RemoveAll(e => SubsetOf(e, t));
            list.Add(t);
        }
        return [.. list];
    }

    /// <summary>Whether every type of set a is in set b.</summary>
    public static bool SubsetOf(ImmutableArray<Term>? a, ImmutableArray<Term>? b)
    {
        if (b == null) return true;
        if (a == null) return false;
        return a.Value.All(x => b.Value.Any(y => SubsetOf(x, y)));
    }
}
