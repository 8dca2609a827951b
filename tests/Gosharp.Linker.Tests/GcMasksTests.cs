using System.Buffers.Binary;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>
/// The collector's pointer bitmaps of .data and .bss (runtime.gcdata, runtime.gcbss): a variable's
/// bits come from the compiler's go:gcmask.NAME symbol, data no bitmap describes is all pointers
/// (scanned conservatively), and the bitmaps themselves are read, never linked.
/// </summary>
public class GcMasksTests
{
    private const string Program = """
        TEXT _rt0_arm64_linux(SB), NOSPLIT|NOFRAME, $0-0
        	MOVD	$·p(SB), R0
        	MOVD	$·q(SB), R1
        	MOVD	$·r(SB), R2
        	MOVD	$·s(SB), R3
        	MOVD	$0, R0
        	MOVD	$94, R8
        	SVC

        DATA	·p+0(SB)/8, $·q(SB)
        DATA	·p+8(SB)/8, $7
        GLOBL	·p(SB), $24
        GLOBL	·q(SB), $32
        DATA	"go:gcmask.main.q"+0(SB)/1, $"\x05"
        GLOBL	"go:gcmask.main.q"(SB), RODATA|NOPTR, $1
        GLOBL	·r(SB), NOPTR, $16
        GLOBL	·s(SB), $72
        DATA	"go:gcmask.main.s"+0(SB)/2, $"\x00\x01"
        GLOBL	"go:gcmask.main.s"(SB), RODATA|NOPTR, $2
        """;

    [Fact]
    public void BitmapsComeFromTheVariablesMasksElseAreConservative()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", t.GoAssemble("prog", Program)) });
        Assert.Equal(0, Oracles.RunArm64(exe).ExitCode);
        var syms = Toolchain.Nm(exe).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ')).Where(f => f.Length == 3).GroupBy(f => f[2]).ToDictionary(g => g.Key, g => Convert.ToUInt64(g.First()[0], 16));
        Assert.DoesNotContain(syms.Keys, k => k.StartsWith("go:gcmask.", StringComparison.Ordinal));
        var file = File.ReadAllBytes(exe);

        List<int> Bits(string section, string bitmap)
        {
            ulong start = syms["runtime." + section], end = syms["runtime.e" + section];
            Assert.Equal(0UL, start % 8);
            var words = (int)((end - start) / 8);
            var b = Read(file, syms[bitmap], (words + 7) / 8);
            return Enumerable.Range(0, words).Where(w => (b[w / 8] >> (w % 8) & 1) != 0).ToList();
        }
        int Word(string sym, string section) => (int)((syms[sym] - syms["runtime." + section]) / 8);

        // .data: p has no bitmap, so all three words may hold pointers.
        var p = Word("main.p", "data");
        Assert.Equal([p, p + 1, p + 2], Bits("data", "runtime.gcdata"));
        // .bss: q's bitmap 0b0101 (words 0 and 2), s's second bitmap byte (word 8).
        int q = Word("main.q", "bss"), s = Word("main.s", "bss");
        Assert.Equal(new[] { q, q + 2, s + 8 }.Order(), Bits("bss", "runtime.gcbss"));
        // r is NOPTR: outside both sections.
        Assert.True(syms["main.r"] >= syms["runtime.noptrbss"] && syms["main.r"] < syms["runtime.enoptrbss"]);
    }

    private static byte[] Read(byte[] elf, ulong addr, int n)
    {
        var phoff = BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(0x20));
        int phentsize = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x36)), phnum = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x38));
        for (int i = 0; i < phnum; i++)
        {
            var ph = elf.AsSpan((int)phoff + i * phentsize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(ph) != 1) continue; // PT_LOAD
            ulong off = BinaryPrimitives.ReadUInt64LittleEndian(ph[8..]), va = BinaryPrimitives.ReadUInt64LittleEndian(ph[16..]);
            ulong filesz = BinaryPrimitives.ReadUInt64LittleEndian(ph[32..]);
            if (addr >= va && addr + (ulong)n <= va + filesz) return elf.AsSpan((int)(off + (addr - va)), n).ToArray();
        }
        throw new InvalidOperationException($"0x{addr:x} is not in the file");
    }
}
