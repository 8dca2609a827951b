using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.Check;

// Field and method lookup, with promotion through embedded fields (the spec's selector rules), and
// the method-set relations built on it: implements, missing methods.
public sealed partial class Checker
{
    /// <summary>
    /// The result of looking up x.name. Found: Obj set, Index the embedded-field path (including the
    /// field's own index for a field, excluding anything for a method), Indirect when a pointer is
    /// followed. Not found: Obj null; Ambiguous for a name found twice at the same depth;
    /// NeedsPointer when the method needs a pointer receiver the value cannot provide.
    /// </summary>
    internal readonly record struct LookupResult(GoObject? Obj, IReadOnlyList<int> Index, bool Indirect, bool Ambiguous, bool NeedsPointer);

    private static readonly LookupResult NotFound = new(null, [], false, false, false);

    /// <summary>go/types' LookupFieldOrMethod: finds field or method name of type t (t addressable when a variable).</summary>
    internal LookupResult LookupFieldOrMethod(GoType t, bool addressable, PackageInfo? from, string name, bool foldCase = false)
    {
        if (name == "_") return NotFound;
        // A named pointer type has the fields of its base type but no methods.
        if (t is NamedType n && n.Underlying is PointerType p)
        {
            var r = LookupImpl(p, false, from, name, false);
            return r.Obj is FuncObj ? NotFound : r;
        }
        // Fields are not selected through a type parameter's core type (Go 1.22 does not allow it, go.dev/issue/51576).
        return LookupImpl(t, addressable, from, name, foldCase);
    }

    private readonly record struct Embedded(GoType Type, List<int> Index, bool Indirect, bool Multiples);

    private LookupResult LookupImpl(GoType t, bool addressable, PackageInfo? from, string name, bool foldCase)
    {
        var (typ, isPtr) = t is PointerType p ? (p.Elem, true) : (t, false);
        // *T where T is an interface (or type parameter) has no methods.
        if (isPtr && typ.Underlying is InterfaceType) return NotFound;
        var current = new List<Embedded> { new(typ, [], isPtr, false) };
        var seen = new List<NamedType>();
        while (current.Count > 0)
        {
            GoObject? obj = null;
            List<int>? index = null;
            var indirect = false;
            var next = new List<Embedded>();
            foreach (var e in current)
            {
                var et = e.Type;
                if (et is NamedType named)
                {
                    if (seen.Any(s => Predicates.Identical(s, named))) continue;
                    seen.Add(named);
                    var m = FindMethod(named.Methods, from, name, foldCase);
                    if (m != null)
                    {
                        // The method's signature may not be checked yet; an instance's methods are then made again.
                        EnsureMethod(m);
                        m = FindMethod(named.Methods, from, name, foldCase) ?? m;
                        if (obj != null || e.Multiples) return new LookupResult(null, e.Index, false, true, false);
                        obj = m;
                        index = e.Index;
                        indirect = e.Indirect;
                        continue;
                    }
                }
                switch (et is TypeParamType ? et.Underlying : et.Underlying)
                {
                    case StructType st:
                        for (int i = 0; i < st.Fields.Length; i++)
                        {
                            var f = st.Fields[i];
                            if (SameName(f, from, name, foldCase))
                            {
                                if (obj != null || e.Multiples) return new LookupResult(null, [.. e.Index, i], false, true, false);
                                obj = f;
                                index = [.. e.Index, i];
                                indirect = e.Indirect;
                                continue;
                            }
                            if (obj == null && f.Embedded)
                            {
                                var (ft, fptr) = f.Type is PointerType fp ? (fp.Elem, true) : (f.Type, false);
                                next.Add(new Embedded(ft, [.. e.Index, i], e.Indirect || fptr, e.Multiples));
                            }
                        }
                        break;
                    case InterfaceType it:
                    {
                        var m = FindMethod(it.AllMethods, from, name, foldCase);
                        if (m != null)
                        {
                            if (obj != null || e.Multiples) return new LookupResult(null, e.Index, false, true, false);
                            obj = m;
                            index = e.Index;
                            indirect = e.Indirect;
                        }
                        break;
                    }
                }
            }
            if (obj != null)
            {
                if (obj is FuncObj f)
                {
                    EnsureMethod(f);
                    if (HasPtrRecv(f) && !indirect && !addressable) return new LookupResult(null, [], true, false, true);
                }
                return new LookupResult(obj, index!, indirect, false, false);
            }
            current = ConsolidateMultiples(next);
        }
        return NotFound;
    }

    /// <summary>Embedded types found several times at one depth are one entry marked Multiples.</summary>
    private static List<Embedded> ConsolidateMultiples(List<Embedded> list)
    {
        if (list.Count <= 1) return list;
        var result = new List<Embedded>();
        foreach (var e in list)
        {
            var i = result.FindIndex(x => Predicates.Identical(x.Type, e.Type));
            if (i < 0) result.Add(e);
            else result[i] = result[i] with { Multiples = true };
        }
        return result;
    }

    private static FuncObj? FindMethod(IEnumerable<FuncObj> methods, PackageInfo? from, string name, bool foldCase)
    {
        foreach (var m in methods)
            if (SameName(m, from, name, foldCase)) return m;
        return null;
    }

    /// <summary>Whether object o is named name as seen from package from (unexported names only match within their package).</summary>
    private static bool SameName(GoObject o, PackageInfo? from, string name, bool foldCase)
    {
        if (foldCase) return string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase);
        if (o.Name != name) return false;
        return o.Exported || o.Pkg == null || o.Pkg == from || from == null;
    }

    private static bool HasPtrRecv(FuncObj f) => f.Signature.Recv?.Type is PointerType && f.Signature.Recv.Type.Underlying is not InterfaceType;

    /// <summary>A method of this package may be found before its declaration was checked: check its signature now.</summary>
    private void EnsureMethod(FuncObj f)
    {
        var o = f.Origin ?? f;
        if (o.Pkg == pkg && decls.ContainsKey(o) && colors.GetValueOrDefault(o) == Color.White) ObjDecl(o);
    }

    // ---- implements, missing methods ----

    /// <summary>
    /// A method of interface t that type v lacks (static: all methods; otherwise, for a type assertion
    /// from an interface, only methods v has with another type), with an alternative v has (wrong
    /// type, pointer receiver, other case) for the message.
    /// </summary>
    internal (FuncObj? Method, FuncObj? Alt) MissingMethod(GoType v, InterfaceType t, bool isStatic)
    {
        var methods = t.AllMethods;
        if (methods.IsEmpty) return (null, null);
        if (v is not TypeParamType && v.Underlying is InterfaceType vi)
        {
            foreach (var m in methods)
            {
                var f = FindMethod(vi.AllMethods, m.Pkg, m.Name, false);
                if (f == null)
                {
                    if (!isStatic) continue;
                    return (m, null);
                }
                if (!Predicates.Identical(StripRecv(f.Signature), StripRecv(m.Signature))) return (m, f);
            }
            return (null, null);
        }
        foreach (var m in methods)
        {
            var r = LookupFieldOrMethod(v, false, m.Pkg, m.Name);
            var found = r.Obj != null;
            var obj = r.Obj;
            if (!found)
            {
                obj = LookupFieldOrMethod(new PointerType(v), false, m.Pkg, m.Name).Obj;
                obj ??= LookupFieldOrMethod(v, false, m.Pkg, m.Name, true).Obj;
            }
            if (obj is not FuncObj f) return (m, null);
            EnsureMethod(f);
            if (!found || !Predicates.Identical(StripRecv(f.Signature), StripRecv(m.Signature))) return (m, f);
        }
        return (null, null);
    }

    /// <summary>"(missing method M)", "(wrong type for method M)\n\t\thave ...\n\t\twant ...", "(method M has pointer receiver)".</summary>
    private string MissingMethodReason(GoType v, GoType t, FuncObj m, FuncObj? alt)
    {
        // gc 1.19 says "M method" where go/types says "method M".
        var mname = m.Name + " method";
        if (alt != null)
        {
            if (m.Name != alt.Name)
                return $"(missing {mname})\n\t\thave {FuncString(alt)}\n\t\twant {FuncString(m)}";
            if (Predicates.Identical(StripRecv(m.Signature), StripRecv(alt.Signature)))
                return $"({mname} has pointer receiver)";
            return $"(wrong type for {mname})\n\t\thave {FuncString(alt)}\n\t\twant {FuncString(m)}";
        }
        if (IsInterfacePtr(v)) return "(" + InterfacePtrError(v) + ")";
        if (IsInterfacePtr(t)) return "(" + InterfacePtrError(t) + ")";
        return $"(missing {mname})";
    }

    private string InterfacePtrError(GoType t) =>
        t.Underlying is PointerType { Elem: TypeParamType }
            ? $"type {T(t)} is pointer to type parameter, not type parameter"
            : $"type {T(t)} is pointer to interface, not interface";

    private string FuncString(FuncObj f) => f.Name + TypeString.Signature(StripRecv(f.Signature), Qualifier);

    /// <summary>
    /// Whether type v implements (or, for a constraint, satisfies) t; <paramref name="cause"/> says why
    /// not, in gc's words: "T does not implement I (missing method M)".
    /// </summary>
    internal bool Implements(GoType v, GoType t, bool constraint, out string? cause)
    {
        cause = null;
        var (vu, tu) = (v.Underlying, t.Underlying);
        if (vu == Universe.Invalid || tu == Universe.Invalid) return true;
        if (vu is PointerType pv && pv.Elem.Underlying == Universe.Invalid) return true;
        const string verb = "implement"; // gc 1.19 says "implement" for constraints too
        if (tu is not InterfaceType ti || t is TypeParamType)
        {
            var detail = IsInterfacePtr(tu) ? $"type {T(t)} is pointer to interface, not interface" : $"{T(t)} is not an interface";
            cause = $"{T(v)} does not {verb} {T(t)} ({detail})";
            return false;
        }
        if (ti.IsEmpty) return true;
        var vi = v is TypeParamType vtp ? vtp.Iface : vu as InterfaceType;
        if (vi != null && vi.TypeSet.IsEmptySet) return true;
        var tset = ti.TypeSet;
        if (tset.IsEmptySet)
        {
            cause = $"cannot {verb} {T(t)} (empty type set)";
            return false;
        }
        var (m, alt) = MissingMethod(v, ti, true);
        if (m != null)
        {
            cause = $"{T(v)} does not {verb} {T(t)} {MissingMethodReason(v, t, m, alt)}";
            return false;
        }
        string? comparableCause = $"{T(v)} does not {verb} comparable";
        bool CheckComparable() => !tset.Comparable || Predicates.StrictlyComparable(v) || constraint && Predicates.Comparable(v);
        if (tset.Terms == null)
        {
            if (CheckComparable()) return true;
            cause = comparableCause;
            return false;
        }
        if (vi != null)
        {
            if (!TermSets.SubsetOf(vi.TypeSet.Terms, tset.Terms))
            {
                cause = $"{T(v)} does not {verb} {T(t)}";
                return false;
            }
            if (CheckComparable()) return true;
            cause = comparableCause;
            return false;
        }
        GoType? altType = null;
        var inSet = false;
        foreach (var term in tset.Terms.Value)
        {
            if (TermSets.Includes(term, v)) { inSet = true; break; }
            if (altType == null && !term.Tilde && Predicates.Identical(term.Type, term.Type.Underlying) && TermSets.Includes(new Term(true, term.Type), v))
                altType = term.Type;
        }
        if (!inSet)
        {
            string detail;
            if (altType != null) detail = $"possibly missing ~ for {T(altType)} in constraint {T(t)}";
            else detail = $"{T(v)} missing in {TermListString(tset.Terms.Value)}";
            cause = $"{T(v)} does not {verb} {T(t)} ({detail})";
            return false;
        }
        if (CheckComparable()) return true;
        cause = comparableCause;
        return false;
    }

    /// <summary>A term list as types2 prints it in messages: its types qualified by package path, this package's too (p.Sf).</summary>
    private static string TermListString(IReadOnlyList<Term> terms) =>
        string.Join(" | ", terms.Select(t => (t.Tilde ? "~" : "") + TypeString.Write(t.Type, p => p.Path)));
}
