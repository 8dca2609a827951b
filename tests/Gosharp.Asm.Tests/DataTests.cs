using System.Buffers.Binary;
using Gosharp.Asm.Tests.Support;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Tests;

/// <summary>DATA values: integers of each width, floats, runes, strings of any length, addresses.</summary>
public class DataTests
{
    [Fact]
    public void ValuesAreWrittenLittleEndianAtTheirOffsets()
    {
        const string text = "a string longer than eight bytes";
        var o = AsmRun.Object($$"""
            DATA ·v+0(SB)/1, $0x12
            DATA ·v+1(SB)/1, $-1
            DATA ·v+2(SB)/2, $0x3456
            DATA ·v+4(SB)/4, $0x789abcde
            DATA ·v+8(SB)/8, $-2
            DATA ·v+16(SB)/8, $(1.5)
            DATA ·v+24(SB)/4, $(-0.25)
            DATA ·v+28(SB)/4, $'é'
            DATA ·v+32(SB)/40, $"{{text}}"
            DATA ·v+72(SB)/8, $·v+8(SB)
            GLOBL ·v(SB), NOPTR, $88
            """);
        var want = new byte[88];
        var w = want.AsSpan();
        w[0] = 0x12;
        w[1] = 0xff;
        BinaryPrimitives.WriteUInt16LittleEndian(w[2..], 0x3456);
        BinaryPrimitives.WriteUInt32LittleEndian(w[4..], 0x789abcde);
        BinaryPrimitives.WriteInt64LittleEndian(w[8..], -2);
        BinaryPrimitives.WriteDoubleLittleEndian(w[16..], 1.5);
        BinaryPrimitives.WriteSingleLittleEndian(w[24..], -0.25f);
        BinaryPrimitives.WriteUInt32LittleEndian(w[28..], 'é');
        System.Text.Encoding.ASCII.GetBytes(text).CopyTo(w[32..]);
        Assert.Equal(want, o[".noptrdata.main.v"].Data);
        Assert.Equal([(72UL, RelocType.Abs64, "main.v", 8L)], o.RelocsFor(".noptrdata.main.v").Select(r => (r.Offset, r.Type, r.Symbol, r.Addend)));
    }

    [Fact]
    public void LongStringsAndEscapes()
    {
        var s = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + i % 26)));
        var o = AsmRun.Object($"DATA ·s+0(SB)/300, $\"{s}\"\nDATA ·e+0(SB)/9, $\"\\x00\\n\\t\\\"\\\\\\u00e9\\101\"\nGLOBL ·s(SB), RODATA, $300\nGLOBL ·e(SB), RODATA, $9\n");
        Assert.Equal(System.Text.Encoding.ASCII.GetBytes(s), o[".rodata.main.s"].Data);
        Assert.Equal([0, 10, 9, 34, 92, 0xc3, 0xa9, 65, 0], o[".rodata.main.e"].Data);
    }

    [Fact]
    public void DataBeforeOrAfterGlobl()
        => Assert.Equal(AsmRun.Object("GLOBL ·x(SB), NOPTR, $8\nDATA ·x+0(SB)/8, $5\n")[".noptrdata.main.x"].Data,
            AsmRun.Object("DATA ·x+0(SB)/8, $5\nGLOBL ·x(SB), NOPTR, $8\n")[".noptrdata.main.x"].Data);
}
