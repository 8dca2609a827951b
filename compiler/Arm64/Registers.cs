using Gosharp.Compiler.IR;

namespace Gosharp.Compiler.Arm64;

/// <summary>
/// arm64 registers as the back end uses them. Numbers 0–31 are R0–R30 and RSP/ZR by context; 32–63
/// are F0–F31. Roles follow gc's ABIInternal (abi-internal.md): arguments and results in R0–R15 and
/// F0–F15; R16/R17 and R26 are this back end's scratch registers for spilled operands, R27 belongs to
/// the assembler, R28 is g, R29 the frame pointer, R30 the link register, R18 is never touched.
/// </summary>
public static class Registers
{
    public const int F0 = 32;
    public const int Scratch0 = 16, Scratch1 = 17, Scratch2 = 26;
    public const int FScratch0 = F0 + 30, FScratch1 = F0 + 31, FScratch2 = F0 + 29;
    public const int MaxIntArgs = 16, MaxFloatArgs = 16;

    /// <summary>The i-th scratch register for spilled operands (0..2), integer or float.</summary>
    public static int Scratch(int i, bool isFloat) => isFloat
        ? i switch { 0 => FScratch0, 1 => FScratch1, _ => FScratch2 }
        : i switch { 0 => Scratch0, 1 => Scratch1, _ => Scratch2 };

    /// <summary>Registers the allocator hands out, in preference order.</summary>
    public static readonly int[] AllocatableInt = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 19, 20, 21, 22, 23, 24, 25];
    public static readonly int[] AllocatableFloat = [.. Enumerable.Range(0, 29).Select(i => F0 + i)];

    public static bool IsFloat(int r) => r >= F0;

    public static string Name(int r) => r switch
    {
        >= F0 => $"F{r - F0}",
        28 => "g",
        31 => "RSP",
        _ => $"R{r}",
    };

}

/// <summary>Where a value lives during its lifetime: a register, or a stack slot.</summary>
public readonly record struct Loc(int Reg, StackSlot? Slot)
{
    public static Loc InReg(int r) => new(r, null);
    public static Loc InSlot(StackSlot s) => new(-1, s);
    public bool IsReg => Slot == null;
    public override string ToString() => IsReg ? Registers.Name(Reg) : $"{Slot!.Name}";
}
