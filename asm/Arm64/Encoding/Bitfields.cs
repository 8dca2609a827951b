using Gosharp.Asm.Syntax;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>Shifts by a constant, sign/zero extensions and the bitfield aliases, all of them SBFM/BFM/UBFM or EXTR.</summary>
internal static class Bitfields
{
    public const uint Sbfm = 0, Bfm = 1, Ubfm = 2;

    /// <summary>LSL, LSR, ASR, ROR by a constant.</summary>
    public static void ShiftImm(Emitter e, bool is64, ShiftKind kind, long amount, Reg rn, Reg rd)
    {
        int width = is64 ? 64 : 32;
        if (amount < 0 || amount >= width) throw Emitter.Error($"shift amount out of range 0 to {width - 1}: {e.Instr.Text}");
        int s = (int)amount;
        e.Emit(kind switch
        {
            ShiftKind.Lsl => A64.Bitfield(is64, Ubfm, (width - s) % width, width - 1 - s, rn, rd),
            ShiftKind.Lsr => A64.Bitfield(is64, Ubfm, s, width - 1, rn, rd),
            ShiftKind.Asr => A64.Bitfield(is64, Sbfm, s, width - 1, rn, rd),
            _ => A64.Extract(is64, rn, s, rn, rd),
        });
    }

    /// <summary>SXTB/SXTH/SXTW/UXTB/UXTH/UXTW: extract the low 8, 16 or 32 bits.</summary>
    public static void Extend(Emitter e, bool is64, uint opc, int bits, Reg rn, Reg rd)
        => e.Emit(A64.Bitfield(is64, opc, 0, bits - 1, rn, rd));

    public enum Alias { Ubfx, Sbfx, Ubfiz, Sbfiz, Bfi, Bfxil }

    /// <summary><c>UBFX $lsb, Rn, $width, Rd</c> and friends, checked against the register width.</summary>
    public static void Field(Emitter e, bool is64, Alias alias, long lsb, long width, Reg rn, Reg rd)
    {
        int size = is64 ? 64 : 32;
        if (lsb < 0 || lsb >= size) throw Emitter.Error($"lsb out of range 0 to {size - 1}: {e.Instr.Text}");
        if (width < 1 || lsb + width > size) throw Emitter.Error($"width out of range 1 to {size - lsb}: {e.Instr.Text}");
        int l = (int)lsb, w = (int)width;
        e.Emit(alias switch
        {
            Alias.Ubfx => A64.Bitfield(is64, Ubfm, l, l + w - 1, rn, rd),
            Alias.Sbfx => A64.Bitfield(is64, Sbfm, l, l + w - 1, rn, rd),
            Alias.Bfxil => A64.Bitfield(is64, Bfm, l, l + w - 1, rn, rd),
            Alias.Ubfiz => A64.Bitfield(is64, Ubfm, (size - l) % size, w - 1, rn, rd),
            Alias.Sbfiz => A64.Bitfield(is64, Sbfm, (size - l) % size, w - 1, rn, rd),
            _ => A64.Bitfield(is64, Bfm, (size - l) % size, w - 1, rn, rd),
        });
    }

    /// <summary>UBFM/SBFM/BFM <c>$immr, Rn, $imms, Rd</c> written out.</summary>
    public static void Raw(Emitter e, bool is64, uint opc, long immr, long imms, Reg rn, Reg rd)
    {
        int size = is64 ? 64 : 32;
        if (immr < 0 || immr >= size || imms < 0 || imms >= size) throw Emitter.Error($"immediate out of range 0 to {size - 1}: {e.Instr.Text}");
        e.Emit(A64.Bitfield(is64, opc, (int)immr, (int)imms, rn, rd));
    }

    /// <summary><c>EXTR $lsb, Rm, Rn, Rd</c>.</summary>
    public static void Extr(Emitter e, bool is64, long lsb, Reg rm, Reg rn, Reg rd)
    {
        int size = is64 ? 64 : 32;
        if (lsb < 0 || lsb >= size) throw Emitter.Error($"lsb out of range 0 to {size - 1}: {e.Instr.Text}");
        e.Emit(A64.Extract(is64, rm, (int)lsb, rn, rd));
    }
}
