using System.Collections.Immutable;
using Gosharp.Compiler.Types.Constants;

namespace Gosharp.Compiler.Types;

/// <summary>The universe scope: predeclared types, constants, nil and builtin functions.</summary>
public static class Universe
{
    public static readonly BasicType Invalid = new(BasicKind.Invalid, BasicInfo.None, "invalid type");
    public static readonly BasicType Bool = new(BasicKind.Bool, BasicInfo.IsBoolean, "bool");
    public static readonly BasicType Int = new(BasicKind.Int, BasicInfo.IsInteger, "int");
    public static readonly BasicType Int8 = new(BasicKind.Int8, BasicInfo.IsInteger, "int8");
    public static readonly BasicType Int16 = new(BasicKind.Int16, BasicInfo.IsInteger, "int16");
    public static readonly BasicType Int32 = new(BasicKind.Int32, BasicInfo.IsInteger, "int32");
    public static readonly BasicType Int64 = new(BasicKind.Int64, BasicInfo.IsInteger, "int64");
    public static readonly BasicType Uint = new(BasicKind.Uint, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint");
    public static readonly BasicType Uint8 = new(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint8");
    public static readonly BasicType Uint16 = new(BasicKind.Uint16, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint16");
    public static readonly BasicType Uint32 = new(BasicKind.Uint32, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint32");
    public static readonly BasicType Uint64 = new(BasicKind.Uint64, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uint64");
    public static readonly BasicType Uintptr = new(BasicKind.Uintptr, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "uintptr");
    public static readonly BasicType Float32 = new(BasicKind.Float32, BasicInfo.IsFloat, "float32");
    public static readonly BasicType Float64 = new(BasicKind.Float64, BasicInfo.IsFloat, "float64");
    public static readonly BasicType Complex64 = new(BasicKind.Complex64, BasicInfo.IsComplex, "complex64");
    public static readonly BasicType Complex128 = new(BasicKind.Complex128, BasicInfo.IsComplex, "complex128");
    public static readonly BasicType String = new(BasicKind.String, BasicInfo.IsString, "string");
    public static readonly BasicType UnsafePointer = new(BasicKind.UnsafePointer, BasicInfo.None, "unsafe.Pointer");
    public static readonly BasicType UntypedBool = new(BasicKind.UntypedBool, BasicInfo.IsBoolean | BasicInfo.IsUntyped, "untyped bool");
    public static readonly BasicType UntypedInt = new(BasicKind.UntypedInt, BasicInfo.IsInteger | BasicInfo.IsUntyped, "untyped int");
    public static readonly BasicType UntypedRune = new(BasicKind.UntypedRune, BasicInfo.IsInteger | BasicInfo.IsUntyped, "untyped rune");
    public static readonly BasicType UntypedFloat = new(BasicKind.UntypedFloat, BasicInfo.IsFloat | BasicInfo.IsUntyped, "untyped float");
    public static readonly BasicType UntypedComplex = new(BasicKind.UntypedComplex, BasicInfo.IsComplex | BasicInfo.IsUntyped, "untyped complex");
    public static readonly BasicType UntypedString = new(BasicKind.UntypedString, BasicInfo.IsString | BasicInfo.IsUntyped, "untyped string");
    public static readonly BasicType UntypedNil = new(BasicKind.UntypedNil, BasicInfo.IsUntyped, "untyped nil");

    /// <summary>byte and rune are aliases of uint8 and int32 (identical types) that print as byte and rune.</summary>
    public static readonly BasicType Byte = new(BasicKind.Uint8, BasicInfo.IsInteger | BasicInfo.IsUnsigned, "byte");
    public static readonly BasicType Rune = new(BasicKind.Int32, BasicInfo.IsInteger, "rune");

    public static readonly Scope Scope = new(null, "universe");
    public static readonly NamedType Error;
    public static readonly InterfaceType Any = new([], []);
    public static readonly NamedType Comparable;
    public static readonly PackageInfo Unsafe = new("unsafe", "unsafe") { Complete = true };

    static Universe()
    {
        foreach (var t in new[] { Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64, Complex64, Complex128, String })
            Scope.Insert(new TypeNameObj(t.Name, default, null, t));
        Scope.Insert(new TypeNameObj("byte", default, null, Byte) { IsAlias = true });
        Scope.Insert(new TypeNameObj("rune", default, null, Rune) { IsAlias = true });
        Scope.Insert(new TypeNameObj("any", default, null, Any) { IsAlias = true });

        // type error interface { Error() string }
        var errObj = new TypeNameObj("error", default, null, Invalid);
        Error = new NamedType(errObj);
        errObj.Type = Error;
        var errSig = new Signature(new VarObj("", default, null, Error), TupleType.Empty,
            new TupleType([new VarObj("", default, null, String)]), false);
        Error.SetUnderlying(new InterfaceType([new FuncObj("Error", default, null, errSig)], []));
        Scope.Insert(errObj);

        var cmpObj = new TypeNameObj("comparable", default, null, Invalid);
        Comparable = new NamedType(cmpObj);
        cmpObj.Type = Comparable;
        Comparable.SetUnderlying(new InterfaceType([], []) { IsComparableMarker = true });
        Scope.Insert(cmpObj);

        Scope.Insert(new ConstObj("true", default, null, UntypedBool, ConstValue.Of(true)));
        Scope.Insert(new ConstObj("false", default, null, UntypedBool, ConstValue.Of(false)));
        Scope.Insert(new ConstObj("iota", default, null, UntypedInt, ConstValue.Of(0)));
        Scope.Insert(new NilObj());

        foreach (var (name, id) in new[]
        {
            ("append", BuiltinId.Append), ("cap", BuiltinId.Cap), ("clear", BuiltinId.Clear), ("close", BuiltinId.Close),
            ("complex", BuiltinId.Complex), ("copy", BuiltinId.Copy), ("delete", BuiltinId.Delete), ("imag", BuiltinId.Imag),
            ("len", BuiltinId.Len), ("make", BuiltinId.Make), ("max", BuiltinId.Max), ("min", BuiltinId.Min), ("new", BuiltinId.New),
            ("panic", BuiltinId.Panic), ("print", BuiltinId.Print), ("println", BuiltinId.Println), ("real", BuiltinId.Real),
            ("recover", BuiltinId.Recover),
        })
            Scope.Insert(new BuiltinObj(name, id));

        Unsafe.Scope.Insert(new TypeNameObj("Pointer", default, Unsafe, UnsafePointer));
        foreach (var (name, id) in new[]
        {
            ("Add", BuiltinId.UnsafeAdd), ("Alignof", BuiltinId.UnsafeAlignof), ("Offsetof", BuiltinId.UnsafeOffsetof),
            ("Sizeof", BuiltinId.UnsafeSizeof), ("Slice", BuiltinId.UnsafeSlice), ("SliceData", BuiltinId.UnsafeSliceData),
            ("String", BuiltinId.UnsafeString), ("StringData", BuiltinId.UnsafeStringData),
        })
            Unsafe.Scope.Insert(new BuiltinObj(name, id, Unsafe));
    }

    /// <summary>The default type of an untyped constant kind (int for untyped int, ...).</summary>
    public static GoType Default(GoType t) => t is BasicType b ? b.Kind switch
    {
        BasicKind.UntypedBool => Bool,
        BasicKind.UntypedInt => Int,
        BasicKind.UntypedRune => Rune,
        BasicKind.UntypedFloat => Float64,
        BasicKind.UntypedComplex => Complex128,
        BasicKind.UntypedString => String,
        _ => t,
    } : t;

    public static ImmutableArray<BasicType> SizedIntegers => [Int8, Int16, Int32, Int64, Uint8, Uint16, Uint32, Uint64];
}
