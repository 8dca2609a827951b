using System.Numerics;

namespace Gosharp.Asm.Arm64.Encoding;

/// <summary>The immediate forms A64 can encode directly.</summary>
internal static class Immediates
{
    /// <summary>
    /// The N:immr:imms field of a logical (bitmask) immediate: a value made of one element of 2, 4,
    /// ..., 64 bits repeated, the element being a rotated run of ones. 32-bit operations use the low
    /// 32 bits of <paramref name="value"/> repeated.
    /// </summary>
    public static bool TryBitmask(ulong value, bool is64, out uint field)
    {
        field = 0;
        if (!is64) value = (value & 0xffffffff) | (value << 32);
        if (value == 0 || value == ulong.MaxValue) return false;
        int size = 64;
        while (size > 2)
        {
            int half = size / 2;
            ulong mask = (1UL << half) - 1;
            if ((value & mask) != ((value >> half) & mask)) break;
            size = half;
        }
        ulong elemMask = size == 64 ? ulong.MaxValue : (1UL << size) - 1;
        ulong elem = value & elemMask;
        int ones = BitOperations.PopCount(elem);
        ulong run = (1UL << ones) - 1;
        for (int rot = 0; rot < size; rot++)
        {
            ulong r = size == 64 ? BitOperations.RotateRight(elem, rot)
                : ((elem >> rot) | (elem << (size - rot))) & elemMask;
            if (r != run) continue;
            uint immr = (uint)((size - rot) % size);
            uint imms = (uint)((-size << 1 | (ones - 1)) & 0x3f);
            uint n = size == 64 ? 1u : 0u;
            field = n << 12 | immr << 6 | imms;
            return true;
        }
        return false;
    }

    /// <summary>ADD/SUB immediates: 12 bits, optionally shifted left by 12.</summary>
    public static bool IsAddImm(ulong v) => v <= 0xfff || ((v & 0xfff) == 0 && v <= 0xfff000);

    /// <summary>A value one MOVZ sets: at most one non-zero 16-bit half-word within the width.</summary>
    public static bool TryMovz(ulong v, bool is64, out int hw, out uint imm16)
    {
        hw = 0; imm16 = 0;
        int halves = is64 ? 4 : 2;
        if (!is64 && v > 0xffffffff) return false;
        int found = -1;
        for (int i = 0; i < halves; i++)
        {
            if (((v >> (16 * i)) & 0xffff) == 0) continue;
            if (found >= 0) return false;
            found = i;
        }
        hw = Math.Max(found, 0);
        imm16 = (uint)((v >> (16 * hw)) & 0xffff);
        return true;
    }

    /// <summary>A value one MOVN sets: its complement (within the width) is a MOVZ value.</summary>
    public static bool TryMovn(ulong v, bool is64, out int hw, out uint imm16)
    {
        ulong inv = is64 ? ~v : ~v & 0xffffffff;
        if (!is64 && v > 0xffffffff) { hw = 0; imm16 = 0; return false; }
        return TryMovz(inv, is64, out hw, out imm16);
    }

    /// <summary>Whether one instruction (MOVZ, MOVN or ORR of a bitmask) can put the value in a register.</summary>
    public static bool IsSingleMove(ulong v, bool is64)
        => TryMovz(v, is64, out _, out _) || TryMovn(v, is64, out _, out _) || TryBitmask(v, is64, out _);

    /// <summary>The 8-bit FMOV immediate of a float: ±(16..31)/16 × 2^(-3..4).</summary>
    public static bool TryFloat8(double d, out uint imm8)
    {
        imm8 = 0;
        ulong bits = BitConverter.DoubleToUInt64Bits(d);
        // A representable value has only the top 4 fraction bits and an exponent in [-3, 4].
        if ((bits & 0x0000ffffffffffffUL) != 0) return false;
        uint sign = (uint)(bits >> 63);
        int exp = (int)((bits >> 52) & 0x7ff) - 1023;
        uint frac = (uint)((bits >> 48) & 0xf);
        if (exp < -3 || exp > 4) return false;
        // imm8 = a:b:cd:efgh; the exponent expands from b and cd: b=1 gives cd-3 (-3..0), b=0 gives cd+1 (1..4).
        uint b = exp <= 0 ? 1u : 0u;
        uint cd = (uint)(exp <= 0 ? exp + 3 : exp - 1);
        imm8 = sign << 7 | b << 6 | cd << 4 | frac;
        return true;
    }
}
