using System.Buffers.Binary;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;

namespace Gosharp.Linker.Relocate;

/// <summary>
/// The arithmetic of the AArch64 relocations static code uses (aaelf64, section 5.7): S is the
/// target's address, A the addend, P the address of the place. Each type computes a value X, checks
/// it fits the field (never truncates silently) and stores it into the instruction or data word.
/// </summary>
public static class Arm64Relocations
{
    /// <summary>How a relocation type computes X and where X goes.</summary>
    private enum Field { Data64, Data32, Data16, Imm26, Imm19, Imm14, AdrImm21, Imm12, MovwImm16 }

    /// <param name="Relative">X = S + A − P (else S + A).</param>
    /// <param name="Page">X = Page(S + A) − Page(P), then shifted right 12 (ADRP).</param>
    /// <param name="Shift">X is shifted right this much before storing (the field's scale).</param>
    /// <param name="Bits">Width of the stored value (after the shift); 0 means no overflow check.</param>
    /// <param name="SignedCheck">Overflow check: X must fit signed Bits; else unsigned Bits (or, for data, either).</param>
    private sealed record Rule(Field Field, bool Relative, bool Page, int Shift, int Bits, bool SignedCheck, ulong AlignMask);

    private static readonly Dictionary<RelocType, Rule> Rules = new()
    {
        [RelocType.Abs64] = new(Field.Data64, false, false, 0, 0, false, 0),
        [RelocType.Abs32] = new(Field.Data32, false, false, 0, 32, false, 0),
        [RelocType.Abs16] = new(Field.Data16, false, false, 0, 16, false, 0),
        [RelocType.Prel64] = new(Field.Data64, true, false, 0, 0, false, 0),
        [RelocType.Prel32] = new(Field.Data32, true, false, 0, 32, false, 0),
        [RelocType.Prel16] = new(Field.Data16, true, false, 0, 16, false, 0),
        [RelocType.Call26] = new(Field.Imm26, true, false, 2, 26, true, 3),
        [RelocType.Jump26] = new(Field.Imm26, true, false, 2, 26, true, 3),
        [RelocType.CondBr19] = new(Field.Imm19, true, false, 2, 19, true, 3),
        [RelocType.LdPrelLo19] = new(Field.Imm19, true, false, 2, 19, true, 3),
        [RelocType.TstBr14] = new(Field.Imm14, true, false, 2, 14, true, 3),
        [RelocType.AdrPrelLo21] = new(Field.AdrImm21, true, false, 0, 21, true, 0),
        [RelocType.AdrPrelPgHi21] = new(Field.AdrImm21, true, true, 12, 21, true, 0),
        [RelocType.AdrPrelPgHi21Nc] = new(Field.AdrImm21, true, true, 12, 0, true, 0),
        [RelocType.AddAbsLo12Nc] = new(Field.Imm12, false, false, 0, 0, false, 0),
        [RelocType.Ldst8AbsLo12Nc] = new(Field.Imm12, false, false, 0, 0, false, 0),
        [RelocType.Ldst16AbsLo12Nc] = new(Field.Imm12, false, false, 1, 0, false, 1),
        [RelocType.Ldst32AbsLo12Nc] = new(Field.Imm12, false, false, 2, 0, false, 3),
        [RelocType.Ldst64AbsLo12Nc] = new(Field.Imm12, false, false, 3, 0, false, 7),
        [RelocType.Ldst128AbsLo12Nc] = new(Field.Imm12, false, false, 4, 0, false, 15),
        [RelocType.MovwUabsG0] = new(Field.MovwImm16, false, false, 0, 16, false, 0),
        [RelocType.MovwUabsG0Nc] = new(Field.MovwImm16, false, false, 0, 0, false, 0),
        [RelocType.MovwUabsG1] = new(Field.MovwImm16, false, false, 16, 16, false, 0),
        [RelocType.MovwUabsG1Nc] = new(Field.MovwImm16, false, false, 16, 0, false, 0),
        [RelocType.MovwUabsG2] = new(Field.MovwImm16, false, false, 32, 16, false, 0),
        [RelocType.MovwUabsG2Nc] = new(Field.MovwImm16, false, false, 32, 0, false, 0),
        [RelocType.MovwUabsG3] = new(Field.MovwImm16, false, false, 48, 0, false, 0),
    };

    public static bool IsSupported(RelocType type) => Rules.ContainsKey(type);

    /// <summary>Bytes of the place a relocation type patches.</summary>
    public static int PlaceSize(RelocType type) => Rules.TryGetValue(type, out var r)
        ? r.Field switch { Field.Data64 => 8, Field.Data16 => 2, _ => 4 }
        : 4;

    /// <summary>
    /// Applies one relocation to <paramref name="place"/> (the bytes at P). A value that does not fit, or
    /// a misaligned one, is a <see cref="UserError"/> naming <paramref name="from"/> (the symbol holding
    /// the place) and <paramref name="to"/> (the target).
    /// </summary>
    public static void Apply(Span<byte> place, RelocType type, ulong s, long a, ulong p, string from, string to)
    {
        if (TryApply(place, type, s, a, p) is { } why) throw new UserError(Message(type, from, to, why));
    }

    /// <summary>The error for a relocation <see cref="TryApply"/> refused, in the form <see cref="Apply"/> throws.</summary>
    public static string Message(RelocType type, string from, string to, string why) =>
        IsSupported(type) ? $"{from}: {type.ElfName()} relocation to {to} {why}" : $"{from}: {why} to {to}";

    /// <summary>
    /// Applies one relocation, or leaves the place untouched and says why not (the names of the symbols
    /// involved are left to the caller, which only needs them for the message).
    /// </summary>
    public static string? TryApply(Span<byte> place, RelocType type, ulong s, long a, ulong p)
    {
        if (!Rules.TryGetValue(type, out var rule))
            return $"unsupported relocation {type.ElfName()} ({(uint)type})";
        if (place.Length < PlaceSize(type))
            return "is past the end of its section";
        ulong sa = s + (ulong)a;
        ulong x = rule.Page ? (sa & ~0xfffUL) - (p & ~0xfffUL) : rule.Relative ? sa - p : sa;

        if ((x & rule.AlignMask) != 0)
            return $"needs an address aligned to {rule.AlignMask + 1} bytes, got 0x{x:x}";

        switch (rule.Field)
        {
            case Field.Data64:
                BinaryPrimitives.WriteUInt64LittleEndian(place, x);
                return null;
            case Field.Data32:
            case Field.Data16:
            {
                // aaelf64: the value must fit as signed or as unsigned (−2^(n−1) ≤ X < 2^n).
                long sx = (long)x;
                if (sx < -(1L << (rule.Bits - 1)) || sx >= 1L << rule.Bits)
                    return $"out of range: 0x{x:x} does not fit in {rule.Bits} bits";
                if (rule.Field == Field.Data32) BinaryPrimitives.WriteUInt32LittleEndian(place, (uint)x);
                else BinaryPrimitives.WriteUInt16LittleEndian(place, (ushort)x);
                return null;
            }
        }

        long v = rule.Field == Field.MovwImm16 ? (long)(x >> rule.Shift) : (long)x >> rule.Shift;
        if (rule.Bits > 0)
        {
            bool fits = rule.SignedCheck
                ? v >= -(1L << (rule.Bits - 1)) && v < 1L << (rule.Bits - 1)
                : (ulong)v < 1UL << rule.Bits;
            if (!fits)
                return rule.Field is Field.Imm26 or Field.Imm19 or Field.Imm14 or Field.AdrImm21
                    ? $"out of range: offset {(long)x} does not fit in {rule.Bits + rule.Shift} signed bits"
                    : $"out of range: 0x{x:x} does not fit in {rule.Bits + rule.Shift} bits";
        }
        uint insn = BinaryPrimitives.ReadUInt32LittleEndian(place);
        uint u = (uint)v;
        insn = rule.Field switch
        {
            Field.Imm26 => (insn & ~0x03ffffffu) | (u & 0x03ffffff),
            Field.Imm19 => (insn & ~(0x7ffffu << 5)) | ((u & 0x7ffff) << 5),
            Field.Imm14 => (insn & ~(0x3fffu << 5)) | ((u & 0x3fff) << 5),
            Field.AdrImm21 => (insn & ~((3u << 29) | (0x7ffffu << 5))) | ((u & 3) << 29) | (((u >> 2) & 0x7ffff) << 5),
            Field.Imm12 => (insn & ~(0xfffu << 10)) | ((uint)((x & 0xfff) >> rule.Shift) << 10),
            Field.MovwImm16 => (insn & ~(0xffffu << 5)) | ((u & 0xffff) << 5),
            _ => throw new InvalidOperationException(rule.Field.ToString()),
        };
        BinaryPrimitives.WriteUInt32LittleEndian(place, insn);
        return null;
    }
}
