using System.Buffers.Binary;
using System.Text;

namespace Gosharp.Linker.Debug;

/// <summary>A growing little-endian byte buffer for DWARF sections, with LEB128 and back-patching.</summary>
internal sealed class DwarfWriter
{
    private byte[] buf = new byte[256];
    public int Length { get; private set; }

    private Span<byte> Grow(int n)
    {
        if (Length + n > buf.Length) Array.Resize(ref buf, Math.Max(buf.Length * 2, Length + n));
        var s = buf.AsSpan(Length, n);
        Length += n;
        return s;
    }

    public void U8(byte v) => Grow(1)[0] = v;
    public void U16(ushort v) => BinaryPrimitives.WriteUInt16LittleEndian(Grow(2), v);
    public void U32(uint v) => BinaryPrimitives.WriteUInt32LittleEndian(Grow(4), v);
    public void U64(ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(Grow(8), v);
    public void Bytes(ReadOnlySpan<byte> b) => b.CopyTo(Grow(b.Length));

    public void CString(string s)
    {
        Bytes(Encoding.UTF8.GetBytes(s));
        U8(0);
    }

    public void Uleb(ulong v)
    {
        do
        {
            byte x = (byte)(v & 0x7f);
            v >>= 7;
            U8(v != 0 ? (byte)(x | 0x80) : x);
        } while (v != 0);
    }

    public void Sleb(long v)
    {
        while (true)
        {
            byte x = (byte)(v & 0x7f);
            v >>= 7;
            bool done = (v == 0 && (x & 0x40) == 0) || (v == -1 && (x & 0x40) != 0);
            U8(done ? x : (byte)(x | 0x80));
            if (done) return;
        }
    }

    public void PatchU32(int at, uint v) => BinaryPrimitives.WriteUInt32LittleEndian(buf.AsSpan(at), v);
    public void PatchU64(int at, ulong v) => BinaryPrimitives.WriteUInt64LittleEndian(buf.AsSpan(at), v);

    public byte[] ToArray() => buf.AsSpan(0, Length).ToArray();
}
