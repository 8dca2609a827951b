using System.Collections.Immutable;

namespace Gosharp.Compiler.Types;

/// <summary>
/// A Go type. Types are immutable once the checker has completed them (a Named type's underlying type
/// and methods are filled in while its declaration is checked). Identity is structural for composite
/// types (<see cref="Predicates.Identical"/>), by declaration for named types.
/// </summary>
public abstract class GoType
{
    /// <summary>The underlying type: the type itself for all but named types and type parameters.</summary>
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

/// <summary>A function type. For methods, Recv is the receiver; it is not part of the type's identity.</summary>
public sealed class Signature(VarObj? recv, TupleType parameters, TupleType results, bool variadic) : GoType
{
    public VarObj? Recv { get; } = recv;
    public TupleType Params { get; } = parameters;
    public TupleType Results { get; } = results;
    /// <summary>The last parameter is ...T (its type is []T).</summary>
    public bool Variadic { get; } = variadic;
    public ImmutableArray<TypeParamType> TypeParams { get; init; } = [];
}

/// <summary>An interface: explicit methods plus embedded interfaces/terms; <see cref="AllMethods"/> is the complete, sorted method set.</summary>
public sealed class InterfaceType : GoType
{
    public ImmutableArray<FuncObj> Methods { get; }
    public ImmutableArray<GoType> Embedded { get; }
    private ImmutableArray<FuncObj>? allMethods;

    public InterfaceType(ImmutableArray<FuncObj> methods, ImmutableArray<GoType> embedded)
    {
        Methods = methods;
        Embedded = embedded;
    }

    /// <summary>Methods including those of embedded interfaces, sorted by name (exported names before unexported with the same text is impossible; gc sorts by name then package).</summary>
    public ImmutableArray<FuncObj> AllMethods
    {
        get
        {
            if (allMethods is { } m) return m;
            var all = new List<FuncObj>(Methods);
            foreach (var e in Embedded)
                if (e.Underlying is InterfaceType it)
                    foreach (var f in it.AllMethods)
                        if (!all.Any(x => x.Name == f.Name && x.SamePackageScope(f))) all.Add(f);
            var sorted = all.OrderBy(f => f.Name, StringComparer.Ordinal).ToImmutableArray();
            allMethods = sorted;
            return sorted;
        }
    }

    public bool IsEmpty => AllMethods.Length == 0 && !Embedded.Any(e => e.Underlying is not InterfaceType);
}

/// <summary>A defined type (type T U): an identity, an underlying type and methods.</summary>
public sealed class NamedType(TypeNameObj obj) : GoType
{
    public TypeNameObj Obj { get; } = obj;
    private GoType? underlying;
    public List<FuncObj> Methods { get; } = [];
    public ImmutableArray<GoType> TypeArgs { get; init; } = [];

    public void SetUnderlying(GoType u) => underlying = u;
    public bool IsComplete => underlying != null;
    public override GoType Underlying => underlying?.Underlying ?? Universe.Invalid;

    public FuncObj? Method(string name) => Methods.FirstOrDefault(m => m.Name == name);
}

/// <summary>A type parameter of a generic function or type.</summary>
public sealed class TypeParamType(TypeNameObj obj, int index) : GoType
{
    public TypeNameObj Obj { get; } = obj;
    public int Index { get; } = index;
    public GoType Constraint { get; set; } = Universe.Any;
    public override GoType Underlying => Constraint.Underlying;
}
