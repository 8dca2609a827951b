using System.Collections.Immutable;

namespace Gosharp.Compiler.Types;

/// <summary>
/// A Go type. Types are immutable once the checker has completed them (a Named type's underlying type
/// and methods are filled in while its declaration is checked). Identity is structural for composite
/// types (<see cref="Predicates.Identical"/>), by declaration for named types.
/// </summary>
public abstract class GoType
{
    /// <summary>
    /// The underlying type: the type itself for all but named types and type parameters (whose
    /// underlying type is their constraint interface, as in go/types).
    /// </summary>
    public virtual GoType Underlying => this;

    public override string ToString() => TypeString.Of(this);
}

public enum BasicKind
{
    Invalid,
    Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
    Float32, Float64, Complex64, Complex128, String, UnsafePointer,
    UntypedBool, UntypedInt, UntypedRune, UntypedFloat, UntypedComplex, UntypedString, UntypedNil,
}

[Flags]
public enum BasicInfo
{
    None = 0, IsBoolean = 1, IsInteger = 2, IsUnsigned = 4, IsFloat = 8, IsComplex = 16, IsString = 32, IsUntyped = 64,
    IsOrdered = IsInteger | IsFloat | IsString,
    IsNumeric = IsInteger | IsFloat | IsComplex,
    IsConstType = IsBoolean | IsNumeric | IsString,
}

/// <summary>A predeclared type: bool, int, ..., string, unsafe.Pointer, and the untyped constant kinds.</summary>
public sealed class BasicType(BasicKind kind, BasicInfo info, string name) : GoType
{
    public BasicKind Kind { get; } = kind;
    public BasicInfo Info { get; } = info;
    public string Name { get; } = name;

    public bool Is(BasicInfo i) => (Info & i) != 0;
}

public sealed class PointerType(GoType elem) : GoType
{
    public GoType Elem { get; } = elem;
}

public sealed class SliceType(GoType elem) : GoType
{
    public GoType Elem { get; } = elem;
}

public sealed class ArrayType(GoType elem, long len) : GoType
{
    public GoType Elem { get; } = elem;
    public long Len { get; } = len;
}

public sealed class MapType(GoType key, GoType elem) : GoType
{
    public GoType Key { get; } = key;
    public GoType Elem { get; } = elem;
}

public enum ChanDir { Both, SendOnly, RecvOnly }

public sealed class ChanType(ChanDir dir, GoType elem) : GoType
{
    public ChanDir Dir { get; } = dir;
    public GoType Elem { get; } = elem;
}

/// <summary>A struct; its fields are <see cref="VarObj"/>s with IsField set (Embedded for embedded fields).</summary>
public sealed class StructType(ImmutableArray<VarObj> fields, ImmutableArray<string> tags) : GoType
{
    public ImmutableArray<VarObj> Fields { get; } = fields;
    public ImmutableArray<string> Tags { get; } = tags;

    public string Tag(int i) => i < Tags.Length ? Tags[i] : "";
}

/// <summary>An ordered list of variables: parameters, results, or the values of a multi-value expression.</summary>
public sealed class TupleType(ImmutableArray<VarObj> vars) : GoType
{
    public static readonly TupleType Empty = new([]);
    public ImmutableArray<VarObj> Vars { get; } = vars;
    public int Count => Vars.Length;
    public GoType this[int i] => Vars[i].Type;
}

/// <summary>
/// A function type. For methods, Recv is the receiver; it is not part of the type's identity.
/// A generic function has TypeParams; a method of a generic type has RecvTypeParams (the type
/// parameters its receiver declares, e.g. T in <c>func (l *List[T]) Push(v T)</c>).
/// </summary>
public sealed class Signature(VarObj? recv, TupleType parameters, TupleType results, bool variadic) : GoType
{
    public VarObj? Recv { get; } = recv;
    public TupleType Params { get; } = parameters;
    public TupleType Results { get; } = results;
    /// <summary>The last parameter is ...T (its type is []T).</summary>
    public bool Variadic { get; } = variadic;
    public ImmutableArray<TypeParamType> TypeParams { get; init; } = [];
    public ImmutableArray<TypeParamType> RecvTypeParams { get; init; } = [];
}

/// <summary>One term of a union or type set: T, or ~T (all types whose underlying type is T).</summary>
public readonly record struct Term(bool Tilde, GoType Type);

/// <summary>A union of terms <c>A | ~B</c>, only as an embedded element of an interface (a constraint).</summary>
public sealed class UnionType(ImmutableArray<Term> terms) : GoType
{
    public ImmutableArray<Term> Terms { get; } = terms;
}

/// <summary>
/// An interface: explicit methods plus embedded elements (interfaces, unions, single types or ~T).
/// Its type set (<see cref="TypeSet"/>) is computed when first needed, once its embedded types are complete.
/// </summary>
public sealed class InterfaceType : GoType
{
    public ImmutableArray<FuncObj> Methods { get; }
    public ImmutableArray<GoType> Embedded { get; }
    /// <summary>The implicit interface of a constraint written without "interface" (<c>[T ~int | string]</c>).</summary>
    public bool IsImplicit { get; init; }
    /// <summary>The predeclared comparable's underlying interface: its type set is the comparable types.</summary>
    public bool IsComparableMarker { get; init; }
    private TypeSet? typeSet;

    public InterfaceType(ImmutableArray<FuncObj> methods, ImmutableArray<GoType> embedded)
    {
        Methods = methods;
        Embedded = embedded;
    }

    /// <summary>An interface whose methods refer to the interface itself (their receiver type).</summary>
    public InterfaceType(Func<InterfaceType, ImmutableArray<FuncObj>> methods, ImmutableArray<GoType> embedded)
    {
        Embedded = embedded;
        Methods = methods(this);
    }

    /// <summary>The interface's type set: all methods, the type terms, whether it is restricted to comparable types.</summary>
    public TypeSet TypeSet => TypeSetAndCompleteness().Set;

    /// <summary>The type set, cached once complete (embedded interfaces reach theirs through here too,
    /// so an interface embedding another twice at each of n levels costs n computations, not 2^n).</summary>
    internal (TypeSet Set, bool Complete) TypeSetAndCompleteness()
    {
        if (typeSet != null) return (typeSet, true);
        var (ts, complete) = TypeSet.Compute(this);
        if (complete) typeSet = ts;
        return (ts, complete);
    }

    /// <summary>Methods including those of embedded interfaces, sorted by name.</summary>
    public ImmutableArray<FuncObj> AllMethods => TypeSet.Methods;

    /// <summary>An ordinary interface: a method set only (no type terms, not comparable).</summary>
    public bool IsMethodSet => TypeSet.Terms == null && !TypeSet.Comparable;

    /// <summary>The empty interface: all types.</summary>
    public bool IsEmpty => TypeSet.IsAll;
}

/// <summary>
/// A defined type (type T U): an identity, an underlying type and methods. A generic type has
/// TypeParams; its instances (List[int]) have Origin (the generic type) and TypeArgs, and compute
/// their underlying type and methods by substitution when first needed.
/// </summary>
public sealed class NamedType : GoType
{
    private static int nextId;

    public TypeNameObj Obj { get; }
    /// <summary>A number unique to this type in the process (identity for hashing and caches).</summary>
    public int Id { get; } = Interlocked.Increment(ref nextId);
    private GoType? underlying;
    private readonly List<FuncObj> methods = [];
    private List<FuncObj>? instanceMethods;
    /// <summary>The origin's method types the instance methods were made from (rebuilt when one changes, e.g. once a signature is checked).</summary>
    private GoType[]? instanceMethodsFrom;

    public NamedType(TypeNameObj obj) { Obj = obj; }

    /// <summary>The type parameters of a generic type (empty for instances and ordinary types).</summary>
    public ImmutableArray<TypeParamType> TypeParams { get; set; } = [];
    /// <summary>The type arguments of an instance (empty otherwise).</summary>
    public ImmutableArray<GoType> TypeArgs { get; init; } = [];
    /// <summary>The generic type an instance was made from (null for non-instances).</summary>
    public NamedType? Origin { get; init; }
    public NamedType OriginOrSelf => Origin ?? this;
    public bool IsGeneric => TypeParams.Length > 0 && Origin == null;
    public bool IsInstance => Origin != null;

    /// <summary>The declared methods (for an instance: the origin's, with its type arguments substituted).</summary>
    public IReadOnlyList<FuncObj> Methods
    {
        get
        {
            if (Origin == null) return methods;
            var om = Origin.methods;
            var stale = instanceMethods == null || instanceMethodsFrom!.Length != om.Count;
            for (int i = 0; !stale && i < om.Count; i++) stale = !ReferenceEquals(instanceMethodsFrom![i], om[i].Type);
            if (stale)
            {
                instanceMethods = om.Select(m => Subst.InstanceMethod(this, m)).ToList();
                instanceMethodsFrom = [.. om.Select(m => m.Type)];
            }
            return instanceMethods!;
        }
    }

    public void AddMethod(FuncObj m) => methods.Add(m);

    public void SetUnderlying(GoType u) => underlying = u;

    /// <summary>
    /// The type a declaration gave (type T2 T1: T1, not its underlying type), which a check for types
    /// containing themselves walks; null for types not declared in source checked here (imported ones).
    /// </summary>
    public GoType? FromRhs { get; set; }

    /// <summary>
    /// Gives this type the underlying type of another named type whose declaration is still being
    /// checked (type T2 T1 met inside T1's struct literal): known once T1's is, resolved on use.
    /// </summary>
    public void SetUnderlyingOf(NamedType n) => underlying = n;

    /// <summary>The type at the end of a chain of <see cref="SetUnderlyingOf"/> (this type when there is none).</summary>
    public NamedType UnderlyingSource => Origin == null && underlying is NamedType n ? n.UnderlyingSource : this;

    /// <summary>Whether the underlying type is known (for an instance: its origin's).</summary>
    public bool IsComplete => Origin?.IsComplete ?? (underlying is NamedType n ? n.IsComplete : underlying != null);

    /// <summary>The underlying type as set, without resolving through further names (null while incomplete).</summary>
    public GoType? RawUnderlying => Origin == null
        ? (underlying is NamedType n ? n.RawUnderlying : underlying)
        : (IsComplete ? Underlying : null);

    public override GoType Underlying
    {
        get
        {
            if (Origin == null) return underlying?.Underlying ?? Universe.Invalid;
            if (underlying != null) return underlying;
            if (!Origin.IsComplete) return Universe.Invalid;
            var u = Subst.Apply(Origin.Underlying, Subst.Map(Origin.TypeParams, TypeArgs));
            underlying = u;
            return u;
        }
    }

    public FuncObj? Method(string name) => Methods.FirstOrDefault(m => m.Name == name);
}

/// <summary>A type parameter of a generic function or type; its constraint is an interface (or a type the checker wraps in one).</summary>
public sealed class TypeParamType(TypeNameObj obj, int index) : GoType
{
    private static int nextId;

    public TypeNameObj Obj { get; } = obj;
    public int Index { get; } = index;
    /// <summary>A number unique to this type parameter in the process.</summary>
    public int Id { get; } = Interlocked.Increment(ref nextId);
    /// <summary>The constraint as declared (an interface type, or a named interface).</summary>
    public GoType Constraint { get; set; } = Universe.Any;

    /// <summary>The constraint's interface (an implicit interface for a non-interface constraint).</summary>
    public InterfaceType Iface => Constraint.Underlying as InterfaceType ?? Universe.Any;

    public override GoType Underlying => Iface;
}
