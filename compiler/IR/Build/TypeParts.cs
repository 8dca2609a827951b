using Gosharp.Compiler.Types;

namespace Gosharp.Compiler.IR.Build;

/// <summary>
/// How a Go type is represented in the scalar IR: as one or more register values (an int is one i64, a
/// string a ptr and an i64 length, a slice ptr/len/cap), or in memory (structs and arrays, for now).
/// </summary>
public static class TypeParts
{
    /// <summary>The register parts of t, or null when values of t live in memory.</summary>
    public static IrType[]? Of(GoType t) => t.Underlying switch
    {
        BasicType b => b.Kind switch
        {
            BasicKind.Bool or BasicKind.UntypedBool => [IrType.Bool],
            BasicKind.Int8 or BasicKind.Uint8 => [IrType.I8],
            BasicKind.Int16 or BasicKind.Uint16 => [IrType.I16],
            BasicKind.Int32 or BasicKind.Uint32 or BasicKind.UntypedRune => [IrType.I32],
            BasicKind.Int or BasicKind.Int64 or BasicKind.Uint or BasicKind.Uint64 or BasicKind.Uintptr or BasicKind.UntypedInt => [IrType.I64],
            BasicKind.Float32 => [IrType.F32],
            BasicKind.Float64 or BasicKind.UntypedFloat => [IrType.F64],
            BasicKind.Complex64 => [IrType.F32, IrType.F32],
            BasicKind.Complex128 or BasicKind.UntypedComplex => [IrType.F64, IrType.F64],
            BasicKind.String or BasicKind.UntypedString => [IrType.Ptr, IrType.I64],
            BasicKind.UnsafePointer or BasicKind.UntypedNil => [IrType.Ptr],
            _ => null,
        },
        PointerType or MapType or ChanType or Signature => [IrType.Ptr],
        SliceType => [IrType.Ptr, IrType.I64, IrType.I64],
        InterfaceType => [IrType.Ptr, IrType.Ptr],
        _ => null,
    };

    /// <summary>Byte offsets of the parts in memory (a string's length at 8, a slice's cap at 16...).</summary>
    public static long[] Offsets(GoType t)
    {
        var parts = Of(t) ?? [];
        var offs = new long[parts.Length];
        if (t.Underlying is BasicType { Kind: BasicKind.Complex64 }) { if (parts.Length == 2) offs[1] = 4; return offs; }
        for (int i = 1; i < parts.Length; i++) offs[i] = offs[i - 1] + Math.Max(8, parts[i - 1].Size());
        return offs;
    }

    public static bool IsSigned(GoType t) => t.Underlying is BasicType b && b.Is(BasicInfo.IsInteger) && !b.Is(BasicInfo.IsUnsigned);
}
