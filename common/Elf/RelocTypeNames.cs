namespace Gosharp.Common.Elf;

/// <summary>The names binutils prints for AArch64 relocation types (R_AARCH64_CALL26, ...).</summary>
public static class RelocTypeNames
{
    public static string ElfName(this RelocType type) => type switch
    {
        RelocType.None => "R_AARCH64_NONE",
        RelocType.Abs64 => "R_AARCH64_ABS64",
        RelocType.Abs32 => "R_AARCH64_ABS32",
        RelocType.Abs16 => "R_AARCH64_ABS16",
        RelocType.Prel64 => "R_AARCH64_PREL64",
        RelocType.Prel32 => "R_AARCH64_PREL32",
        RelocType.Prel16 => "R_AARCH64_PREL16",
        RelocType.MovwUabsG0 => "R_AARCH64_MOVW_UABS_G0",
        RelocType.MovwUabsG0Nc => "R_AARCH64_MOVW_UABS_G0_NC",
        RelocType.MovwUabsG1 => "R_AARCH64_MOVW_UABS_G1",
        RelocType.MovwUabsG1Nc => "R_AARCH64_MOVW_UABS_G1_NC",
        RelocType.MovwUabsG2 => "R_AARCH64_MOVW_UABS_G2",
        RelocType.MovwUabsG2Nc => "R_AARCH64_MOVW_UABS_G2_NC",
        RelocType.MovwUabsG3 => "R_AARCH64_MOVW_UABS_G3",
        RelocType.LdPrelLo19 => "R_AARCH64_LD_PREL_LO19",
        RelocType.AdrPrelLo21 => "R_AARCH64_ADR_PREL_LO21",
        RelocType.AdrPrelPgHi21 => "R_AARCH64_ADR_PREL_PG_HI21",
        RelocType.AdrPrelPgHi21Nc => "R_AARCH64_ADR_PREL_PG_HI21_NC",
        RelocType.AddAbsLo12Nc => "R_AARCH64_ADD_ABS_LO12_NC",
        RelocType.Ldst8AbsLo12Nc => "R_AARCH64_LDST8_ABS_LO12_NC",
        RelocType.Ldst16AbsLo12Nc => "R_AARCH64_LDST16_ABS_LO12_NC",
        RelocType.Ldst32AbsLo12Nc => "R_AARCH64_LDST32_ABS_LO12_NC",
        RelocType.Ldst64AbsLo12Nc => "R_AARCH64_LDST64_ABS_LO12_NC",
        RelocType.Ldst128AbsLo12Nc => "R_AARCH64_LDST128_ABS_LO12_NC",
        RelocType.TstBr14 => "R_AARCH64_TSTBR14",
        RelocType.CondBr19 => "R_AARCH64_CONDBR19",
        RelocType.Jump26 => "R_AARCH64_JUMP26",
        RelocType.Call26 => "R_AARCH64_CALL26",
        _ => $"R_AARCH64_{(uint)type}",
    };
}
