using Gosharp.Asm.Syntax;

namespace Gosharp.Asm.Arm64;

/// <summary>
/// What an operand can stand for, as a set: the instruction table lists, per mnemonic, the classes
/// each operand position accepts, and the first form whose every position intersects the operand's
/// classes is the one encoded. <c>$0</c> is both <see cref="Imm"/> and <see cref="Reg"/> (ZR), as gc treats it.
/// </summary>
[Flags]
internal enum OpClass : uint
{
    None = 0,
    /// <summary>R0–R30 or ZR (register number 31 read as zero).</summary>
    Gpr = 1 << 0,
    /// <summary>R0–R30 or RSP (register number 31 read as the stack pointer).</summary>
    GprSP = 1 << 1,
    FReg = 1 << 2,
    /// <summary><c>R1&lt;&lt;3</c> and the other shifts.</summary>
    Shifted = 1 << 3,
    /// <summary><c>R1.UXTW&lt;&lt;2</c>.</summary>
    Extended = 1 << 4,
    /// <summary>An integer constant <c>$n</c>.</summary>
    Const = 1 << 5,
    /// <summary>A floating-point constant <c>$1.5</c>.</summary>
    FConst = 1 << 6,
    CondCode = 1 << 7,
    /// <summary>A branch target in this function (a label or <c>n(PC)</c>).</summary>
    Label = 1 << 8,
    /// <summary><c>off(Rn)</c>, <c>(Rn)</c>, and pseudo-register forms once resolved.</summary>
    Mem = 1 << 9,
    /// <summary><c>(Rn)(Rm)</c>, <c>(Rn)(Rm&lt;&lt;s)</c>, <c>(Rn)(Rm.SXTW)</c>.</summary>
    MemIndexed = 1 << 10,
    /// <summary><c>sym+off(SB)</c>: memory at a symbol, or a branch to it.</summary>
    MemSym = 1 << 11,
    /// <summary><c>$sym+off(SB)</c>.</summary>
    AddrSym = 1 << 12,
    /// <summary><c>$off(Rn)</c> (or <c>$x-8(SP)</c>): an address computed from a register.</summary>
    AddrReg = 1 << 13,
    Pair = 1 << 14,
    SysReg = 1 << 15,
    /// <summary><c>(Rn)</c> with no offset: a register indirect jump.</summary>
    Indirect = 1 << 16,
    /// <summary>V0–V31 without an arrangement (a scalar SIMD register).</summary>
    VReg = 1 << 17,
    /// <summary><c>V1.B16</c>.</summary>
    VArr = 1 << 18,
    /// <summary><c>V1.S[2]</c>.</summary>
    VElem = 1 << 19,
    /// <summary><c>[V1.B16, V2.B16]</c>.</summary>
    VList = 1 << 20,
    /// <summary>A bare name the encoder looks up: a prefetch operation, a PSTATE field, a TLBI or DC operation.</summary>
    Name = 1 << 21,
    /// <summary>A PSTATE field of <c>MSR $imm, field</c>: SPSel, DAIFSet, DAIFClr, ...</summary>
    PState = 1 << 22,
}

internal static class OperandClassifier
{
    /// <summary>Classes of an operand whose pseudo-registers (FP, SP) are already resolved.</summary>
    public static OpClass Classify(Operand op) => op switch
    {
        RegOperand { Reg: var r } => r.Kind switch
        {
            RegKind.General => OpClass.Gpr | OpClass.GprSP,
            RegKind.Zero => OpClass.Gpr,
            RegKind.StackPointer => OpClass.GprSP,
            RegKind.Vector => OpClass.VReg,
            _ => OpClass.FReg,
        },
        VArrOperand => OpClass.VArr,
        VElemOperand => OpClass.VElem,
        VListOperand => OpClass.VList,
        ShiftedRegOperand => OpClass.Shifted,
        ExtendedRegOperand => OpClass.Extended,
        ImmOperand { Value: 0 } => OpClass.Const | OpClass.Gpr,
        ImmOperand => OpClass.Const,
        FloatOperand => OpClass.FConst,
        IdentOperand id => (Conditions.TryParse(id.Name, out _) ? OpClass.CondCode : 0)
                           | (SystemRegister.TryParse(id.Name, out _) ? OpClass.SysReg : 0)
                           | (PStateField.Lookup(id.Name) != null ? OpClass.PState : 0) | OpClass.Name,
        TargetOperand => OpClass.Label,
        PairOperand => OpClass.Pair,
        MemOperand { IsAddress: true, IsSymbol: true, Index: null } => OpClass.AddrSym,
        MemOperand { IsAddress: true, Name: AddrName.None, Base: not null, Index: null } => OpClass.AddrReg,
        MemOperand { IsAddress: false, IsSymbol: true, Index: null } => OpClass.MemSym,
        MemOperand { IsAddress: false, Name: AddrName.None, Base: not null, Index: not null } => OpClass.MemIndexed,
        MemOperand { IsAddress: false, Name: AddrName.None, Base: not null, Offset: 0 } => OpClass.Mem | OpClass.Indirect,
        MemOperand { IsAddress: false, Name: AddrName.None, Base: not null } => OpClass.Mem,
        _ => OpClass.None,
    };
}
