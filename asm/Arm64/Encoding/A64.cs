using Gosharp.Asm.Syntax;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>
/// The A64 instruction words gosharp emits, one builder per encoding class of the Arm ARM
/// ("C4: A64 instruction set encoding"). Builders only place fields; callers check ranges.
/// </summary>
internal static class A64
{
    private static uint Sf(bool is64) => is64 ? 1u << 31 : 0;

    // Data processing, immediate.
    public static uint AddSubImm(bool is64, bool sub, bool setFlags, uint imm12, bool lsl12, Reg rn, Reg rd)
        => Sf(is64) | (sub ? 1u << 30 : 0) | (setFlags ? 1u << 29 : 0) | 0x11000000 | (lsl12 ? 1u << 22 : 0)
           | (imm12 & 0xfff) << 10 | rn.Field << 5 | rd.Field;

    /// <summary>opc: 0 AND, 1 ORR, 2 EOR, 3 ANDS; nImmrImms from <see cref="BitmaskImmediate"/>.</summary>
    public static uint LogicalImm(bool is64, uint opc, uint nImmrImms, Reg rn, Reg rd)
        => Sf(is64) | opc << 29 | 0x12000000 | nImmrImms << 10 | rn.Field << 5 | rd.Field;

    /// <summary>opc: 0 MOVN, 2 MOVZ, 3 MOVK; hw: which 16-bit half-word.</summary>
    public static uint MoveWide(bool is64, uint opc, int hw, uint imm16, Reg rd)
        => Sf(is64) | opc << 29 | 0x12800000 | (uint)hw << 21 | (imm16 & 0xffff) << 5 | rd.Field;

    /// <summary>opc: 0 SBFM, 1 BFM, 2 UBFM.</summary>
    public static uint Bitfield(bool is64, uint opc, int immr, int imms, Reg rn, Reg rd)
        => Sf(is64) | opc << 29 | 0x13000000 | (is64 ? 1u << 22 : 0) | (uint)immr << 16 | (uint)imms << 10 | rn.Field << 5 | rd.Field;

    public static uint Extract(bool is64, Reg rm, int lsb, Reg rn, Reg rd)
        => Sf(is64) | 0x13800000 | (is64 ? 1u << 22 : 0) | rm.Field << 16 | (uint)lsb << 10 | rn.Field << 5 | rd.Field;

    public static uint Adrp(Reg rd) => 0x90000000 | rd.Field;

    // Data processing, register.
    public static uint LogicalShifted(bool is64, uint opc, bool invert, ShiftKind shift, int amount, Reg rm, Reg rn, Reg rd)
        => Sf(is64) | opc << 29 | 0x0a000000 | (uint)shift << 22 | (invert ? 1u << 21 : 0) | rm.Field << 16
           | (uint)amount << 10 | rn.Field << 5 | rd.Field;

    public static uint AddSubShifted(bool is64, bool sub, bool setFlags, ShiftKind shift, int amount, Reg rm, Reg rn, Reg rd)
        => Sf(is64) | (sub ? 1u << 30 : 0) | (setFlags ? 1u << 29 : 0) | 0x0b000000 | (uint)shift << 22 | rm.Field << 16
           | (uint)amount << 10 | rn.Field << 5 | rd.Field;

    public static uint AddSubExtended(bool is64, bool sub, bool setFlags, ExtendKind ext, int amount, Reg rm, Reg rn, Reg rd)
        => Sf(is64) | (sub ? 1u << 30 : 0) | (setFlags ? 1u << 29 : 0) | 0x0b200000 | rm.Field << 16
           | ((uint)ext & 7) << 13 | (uint)amount << 10 | rn.Field << 5 | rd.Field;

    /// <summary>op: 0 ADC, 1 SBC.</summary>
    public static uint AddSubCarry(bool is64, bool sub, bool setFlags, Reg rm, Reg rn, Reg rd)
        => Sf(is64) | (sub ? 1u << 30 : 0) | (setFlags ? 1u << 29 : 0) | 0x1a000000 | rm.Field << 16 | rn.Field << 5 | rd.Field;

    /// <summary>Two-source: opcode 2 UDIV, 3 SDIV, 8 LSLV, 9 LSRV, 10 ASRV, 11 RORV.</summary>
    public static uint DataProc2(bool is64, uint opcode, Reg rm, Reg rn, Reg rd)
        => Sf(is64) | 0x1ac00000 | rm.Field << 16 | opcode << 10 | rn.Field << 5 | rd.Field;

    /// <summary>One-source: opcode 0 RBIT, 1 REV16, 2 REV32 (REV for 32-bit), 3 REV, 4 CLZ, 5 CLS.</summary>
    public static uint DataProc1(bool is64, uint opcode, Reg rn, Reg rd)
        => Sf(is64) | 0x5ac00000 | opcode << 10 | rn.Field << 5 | rd.Field;

    /// <summary>Three-source: op31 0 MADD/MSUB, 1 SMADDL, 2 SMULH, 5 UMADDL, 6 UMULH; o0 1 for the subtracting forms.</summary>
    public static uint DataProc3(bool is64, uint op31, bool o0, Reg rm, Reg ra, Reg rn, Reg rd)
        => Sf(is64) | 0x1b000000 | op31 << 21 | rm.Field << 16 | (o0 ? 1u << 15 : 0) | ra.Field << 10 | rn.Field << 5 | rd.Field;

    /// <summary>op/op2: CSEL 0/0, CSINC 0/1, CSINV 1/0, CSNEG 1/1.</summary>
    public static uint CondSelect(bool is64, uint op, uint op2, Cond cond, Reg rm, Reg rn, Reg rd)
        => Sf(is64) | op << 30 | 0x1a800000 | rm.Field << 16 | (uint)cond << 12 | op2 << 10 | rn.Field << 5 | rd.Field;

    /// <summary>CCMN (op 0) / CCMP (op 1), register or 5-bit immediate second operand.</summary>
    public static uint CondCompare(bool is64, uint op, bool imm, uint rmOrImm5, Cond cond, Reg rn, uint nzcv)
        => Sf(is64) | op << 30 | 0x3a400000 | (rmOrImm5 & 31) << 16 | (uint)cond << 12 | (imm ? 1u << 11 : 0) | rn.Field << 5 | (nzcv & 15);

    // Loads and stores. size: log2 of the access (0–3, 4 for a 128-bit Q register, which the encodings
    // write as size 0 with the high opc bit set); opc: 0 store, 1 load, 2 load signed to 64, 3 load signed to 32.
    private static uint SizeOpc(uint size, uint opc) => size == 4 ? (opc | 2) << 22 : size << 30 | opc << 22;

    public static uint LdStUnsignedOffset(uint size, bool vector, uint opc, uint imm12, Reg rn, Reg rt)
        => SizeOpc(size, opc) | 0x39000000 | (vector ? 1u << 26 : 0) | (imm12 & 0xfff) << 10 | rn.Field << 5 | rt.Field;

    /// <summary>mode: 0 unscaled (LDUR/STUR), 1 post-index, 3 pre-index.</summary>
    public static uint LdStImm9(uint size, bool vector, uint opc, int imm9, uint mode, Reg rn, Reg rt)
        => SizeOpc(size, opc) | 0x38000000 | (vector ? 1u << 26 : 0) | ((uint)imm9 & 0x1ff) << 12 | mode << 10 | rn.Field << 5 | rt.Field;

    public static uint LdStRegister(uint size, bool vector, uint opc, Reg rm, ExtendKind option, bool scaled, Reg rn, Reg rt)
        => SizeOpc(size, opc) | 0x38200800 | (vector ? 1u << 26 : 0) | rm.Field << 16 | ((uint)option & 7) << 13
           | (scaled ? 1u << 12 : 0) | rn.Field << 5 | rt.Field;

    /// <summary>opc: 0 32-bit (or S), 1 LDPSW (or D), 2 64-bit (or Q); mode: 1 post, 2 offset, 3 pre.</summary>
    public static uint LdStPair(uint opc, bool vector, uint mode, bool load, int imm7, Reg rt2, Reg rn, Reg rt)
        => opc << 30 | 0x28000000 | (vector ? 1u << 26 : 0) | mode << 23 | (load ? 1u << 22 : 0) | ((uint)imm7 & 0x7f) << 15
           | rt2.Field << 10 | rn.Field << 5 | rt.Field;

    /// <summary>Load-acquire/store-release and exclusives; base is the size-specific opcode with Rs, Rt2 as 31.</summary>
    public static uint LdStExclusive(uint baseWord, Reg rs, Reg rn, Reg rt)
        => baseWord | rs.Field << 16 | rn.Field << 5 | rt.Field;

    // Branches.
    public const uint B = 0x14000000;
    public const uint BL = 0x94000000;
    public static uint BCond(Cond c) => 0x54000000 | (uint)c;
    public static uint CompareBranch(bool is64, bool nonZero, Reg rt) => Sf(is64) | (nonZero ? 0x35000000u : 0x34000000u) | rt.Field;
    public static uint TestBranch(bool nonZero, int bit, Reg rt)
        => (uint)(bit >> 5) << 31 | (nonZero ? 0x37000000u : 0x36000000u) | (uint)(bit & 31) << 19 | rt.Field;
    public static uint BranchRegister(uint opc, Reg rn) => 0xd61f0000 | opc << 21 | rn.Field << 5; // 0 BR, 1 BLR, 2 RET

    // System.
    public static uint Exception(uint opcBase, uint imm16) => opcBase | (imm16 & 0xffff) << 5; // SVC d4000001, BRK d4200000, HLT d4400000
    public const uint Nop = 0xd503201f;
    public static uint Hint(uint imm) => 0xd503201f | imm << 5; // 0 NOP, 1 YIELD, 2 WFE, 3 WFI, 4 SEV, 5 SEVL
    public static uint Barrier(uint op2, uint crm) => 0xd503301f | crm << 8 | op2 << 5; // DSB 4, DMB 5, ISB 6
    public static uint Mrs(SystemRegister sr, Reg rt) => 0xd5300000 | sr.Bits | rt.Field;
    public static uint Msr(SystemRegister sr, Reg rt) => 0xd5100000 | sr.Bits | rt.Field;

    // Floating point (type: 0 single, 1 double).
    public static uint FpData2(uint type, uint opcode, Reg rm, Reg rn, Reg rd)
        => 0x1e200800 | type << 22 | rm.Field << 16 | opcode << 12 | rn.Field << 5 | rd.Field;

    public static uint FpData1(uint type, uint opcode, Reg rn, Reg rd)
        => 0x1e204000 | type << 22 | opcode << 15 | rn.Field << 5 | rd.Field;

    public static uint FpCompare(uint type, bool withZero, bool signaling, Reg rm, Reg rn)
        => 0x1e202000 | type << 22 | rm.Field << 16 | rn.Field << 5 | (withZero ? 8u : 0) | (signaling ? 16u : 0);

    public static uint FpImm(uint type, uint imm8, Reg rd) => 0x1e201000 | type << 22 | imm8 << 13 | rd.Field;

    /// <summary>Conversions between integer and floating point registers (FMOV general, SCVTF, FCVTZS, ...).</summary>
    public static uint FpIntConvert(bool is64, uint type, uint rmode, uint opcode, Reg rn, Reg rd)
        => Sf(is64) | 0x1e200000 | type << 22 | rmode << 19 | opcode << 16 | rn.Field << 5 | rd.Field;

    public static uint FpCondSelect(uint type, Cond c, Reg rm, Reg rn, Reg rd)
        => 0x1e200c00 | type << 22 | rm.Field << 16 | (uint)c << 12 | rn.Field << 5 | rd.Field;
}
