using System.Buffers.Binary;
using System.Text;

namespace Gosharp.Linker.Debug;

/// <summary>
/// A cursor over DWARF bytes: little-endian fixed-width values, LEB128, NUL-terminated strings. Reading
/// past the end is a <see cref="FormatException"/>, which the callers turn into a corrupt-object error.
/// </summary>
internal ref struct DwarfReader(ReadOnlySpan<byte> data, int position = 0)
{
    private readonly ReadOnlySpan<byte> data = data;
    public int Position = position;

    public readonly bool AtEnd => Position >= data.Length;
    public readonly int Length => data.Length;

    private ReadOnlySpan<byte> Take(int n)
    {
        if (n < 0 || Position > data.Length - n) throw new FormatException($"read past the end at offset 0x{Position:x}");
        var s = data.Slice(Position, n);
        Position += n;
        return s;
    }

    public byte U8() => Take(1)[0];
    public sbyte S8() => (sbyte)Take(1)[0];
    public ushort U16() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));
    public uint U32() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
    public ulong U64() => BinaryPrimitives.ReadUInt64LittleEndian(Take(8));
    public void Skip(int n) => Take(n);

    /// <summary>The offset <paramref name="length"/> bytes past the current position, which must be within the data.</summary>
    public readonly int End(ulong length)
    {
        if (length > (ulong)(data.Length - Position)) throw new FormatException($"length 0x{length:x} at offset 0x{Position:x} runs past the end");
        return Position + (int)length;
    }

    public ulong Uleb()
    {
        ulong v = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = U8();
            if (shift < 64) v |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0) return v;
        }
    }

    public long Sleb()
    {
        long v = 0;
        int shift = 0;
        byte b;
        do
        {
            b = U8();
            if (shift < 64) v |= (long)(b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        if (shift < 64 && (b & 0x40) != 0) v |= -1L << shift;
        return v;
    }

    public string CString()
    {
        int end = data[Position..].IndexOf((byte)0);
        if (end < 0) throw new FormatException($"unterminated string at offset 0x{Position:x}");
        var s = Encoding.UTF8.GetString(data.Slice(Position, end));
        Position += end + 1;
        return s;
    }
}
