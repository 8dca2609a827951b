using System.Buffers.Binary;
using Gosharp.Asm.Model;
using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Object;

/// <summary>An address stored in data: 8 bytes at Offset hold Sym+Addend once linked (R_AARCH64_ABS64).</summary>
public readonly record struct DataReloc(int Offset, SymRef Sym, long Addend, SourcePos Pos);

/// <summary>The initial contents of a GLOBL symbol, built from its DATA statements.</summary>
public sealed record DataImage(DataSymbol Symbol, byte[] Bytes, IReadOnlyList<DataReloc> Relocs)
{
    /// <summary>The largest symbol with contents in the object (bss may be larger, up to 4 GiB).</summary>
    public const long MaxContents = 1 << 30;

    public static DataImage Build(DataSymbol sym, DiagnosticBag diags)
    {
        bool hasContents = sym.Inits.Count > 0 || sym.Flags.HasFlag(SymbolFlags.RODATA);
        if (sym.Size > (hasContents ? MaxContents : uint.MaxValue))
        {
            diags.Add(sym.DeclPos!.Value, $"symbol {sym.Sym} too large: {sym.Size} bytes");
            return new DataImage(sym, [], []);
        }
        var size = (int)Math.Min(sym.Size, int.MaxValue);
        var bytes = sym.Inits.Count == 0 ? [] : new byte[size];
        var relocs = new List<DataReloc>();
        // Check overlaps in offset order; keep the written bytes in source order.
        var sorted = sym.Inits.OrderBy(i => i.Offset).ThenBy(i => i.Pos.Line).ToList();
        for (int k = 1; k < sorted.Count; k++)
            if (sorted[k].Offset < sorted[k - 1].Offset + sorted[k - 1].Size)
                diags.Add(sorted[k].Pos, $"overlapping DATA entry for {sym.Sym}");
        Span<byte> tmp = stackalloc byte[8];
        foreach (var init in sym.Inits)
        {
            if (init.Offset > sym.Size - init.Size)
            {
                diags.Add(init.Pos, $"DATA for {sym.Sym} at offset {init.Offset} size {init.Size} is beyond its size {sym.Size}");
                continue;
            }
            var dst = bytes.AsSpan((int)init.Offset, init.Size);
            switch (init.Value)
            {
                case IntValue iv:
                    BinaryPrimitives.WriteUInt64LittleEndian(tmp, iv.Value);
                    tmp[..init.Size].CopyTo(dst);
                    break;
                case FloatValue fv when init.Size == 4:
                    BinaryPrimitives.WriteSingleLittleEndian(dst, (float)fv.Value);
                    break;
                case FloatValue fv:
                    BinaryPrimitives.WriteDoubleLittleEndian(dst, fv.Value);
                    break;
                case BytesValue bv:
                    bv.Bytes.CopyTo(dst);
                    break;
                case AddressValue av:
                    relocs.Add(new DataReloc((int)init.Offset, av.Sym, av.Addend, init.Pos));
                    break;
            }
        }
        return new DataImage(sym, bytes, relocs);
    }

    /// <summary>gc's alignment for data: the largest power of two not above the size, at most 32.</summary>
    public int Align
    {
        get
        {
            long a = 32;
            while (a > Symbol.Size && a > 1) a >>= 1;
            return (int)a;
        }
    }
}
