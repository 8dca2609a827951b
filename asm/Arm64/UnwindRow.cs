namespace Gosharp.Asm.Arm64;

/// <summary>
/// How to find the caller's state from <see cref="Offset"/> (a byte offset in the function) on, for
/// debuggers (<c>.debug_frame</c>): the canonical frame address (CFA, the caller's RSP) is
/// RSP + <see cref="CfaOffset"/>; the return address is saved at CFA − <see cref="LrSaved"/>
/// (0: it is still in R30) and the caller's R29 at CFA − <see cref="FpSaved"/> (0: still in R29).
/// </summary>
public readonly record struct UnwindRow(int Offset, int CfaOffset, int LrSaved, int FpSaved)
{
    /// <summary>The state at a function's entry, and in frameless functions throughout.</summary>
    public bool IsEntry => CfaOffset == 0 && LrSaved == 0 && FpSaved == 0;
}
