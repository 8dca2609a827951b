namespace Gosharp.Compiler.IR;

/// <summary>
/// The type of an SSA value. The IR is scalar: Go aggregates (strings, slices, interfaces, small structs)
/// are split into several values when they are built, or live in memory. Signedness is in the ops.
/// </summary>
public enum IrType : byte
{
    Void, Bool, I8, I16, I32, I64, F32, F64,
    /// <summary>A pointer the garbage collector must see.</summary>
    Ptr,
    /// <summary>The memory state: threads loads, stores and calls in program order.</summary>
    Mem,
    /// <summary>Condition flags (after lowering: the result of CMP and friends).</summary>
    Flags,
}

public static class IrTypes
{
    public static int Size(this IrType t) => t switch
    {
        IrType.Bool or IrType.I8 => 1,
        IrType.I16 => 2,
        IrType.I32 or IrType.F32 => 4,
        IrType.I64 or IrType.F64 or IrType.Ptr => 8,
        _ => 0,
    };

    public static bool IsFloat(this IrType t) => t is IrType.F32 or IrType.F64;
    public static bool IsInt(this IrType t) => t is IrType.Bool or IrType.I8 or IrType.I16 or IrType.I32 or IrType.I64 or IrType.Ptr;
    /// <summary>Values of these types occupy a register.</summary>
    public static bool IsRegister(this IrType t) => t.IsInt() || t.IsFloat();

    public static string Name(this IrType t) => t switch
    {
        IrType.Void => "void", IrType.Bool => "bool", IrType.I8 => "i8", IrType.I16 => "i16", IrType.I32 => "i32",
        IrType.I64 => "i64", IrType.F32 => "f32", IrType.F64 => "f64", IrType.Ptr => "ptr", IrType.Mem => "mem",
        IrType.Flags => "flags", _ => "?",
    };
}
