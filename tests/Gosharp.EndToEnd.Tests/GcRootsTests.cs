using System.Buffers.Binary;
using System.Text.RegularExpressions;
using Gosharp.Cli.Cli;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>
/// The collector's roots: the linker's pointer bitmap of .bss (runtime.gcbss) built from the
/// compiler's per-variable bitmaps, and allocation sites kept in the frame, whose -m report must be
/// gc's.
/// </summary>
public class GcRootsTests
{
    private const string GlobalsProgram = """
        package main

        type rec struct {
        	n   int         // word 0
        	p   *int        // 1
        	arr [2]int      // 2, 3
        	s   string      // 4 (data), 5
        	i   interface{} // 6, 7
        	f   float64     // 8
        	sl  []byte      // 9 (data), 10, 11
        }

        var r rec
        var ptrs [3]*int
        var count int
        var addr uintptr
        var name string
        var recs [2]rec

        func main() {
        	x := 1
        	r.p = &x
        	ptrs[0] = &x
        	recs[1].p = &x
        	count++
        	addr++
        	name = "a"
        	println(r.n, *r.p, count, addr, name, ptrs[1] == nil, *recs[1].p)
        }
        """;

    private static readonly int[] RecPointerWords = [1, 4, 6, 7, 9];

    [Fact]
    public void BssBitmapMarksExactlyThePointerWordsOfEachVariable()
    {
        using var tmp = new TempDir();
        var src = tmp.Write("globals.go", GlobalsProgram);
        var exe = tmp.File("globals");
        var err = new StringWriter();
        Assert.True(GosharpCli.Run(["build", "-o", exe, src], new ToolContext(tmp.Path, new StringWriter(), err)) == 0, err.ToString());
        var run = Proc.Run("/bin/sh", ["-c", "exec \"$0\" \"$1\" 2>&1", Oracles.Require(Oracles.Qemu), exe]);
        Assert.Equal("0 1 1 1 a true 1\n", run.Stdout);

        var syms = Symbols(exe);
        var file = File.ReadAllBytes(exe);
        ulong bss = syms["runtime.bss"].Value, ebss = syms["runtime.ebss"].Value, gcbss = syms["runtime.gcbss"].Value;
        Assert.Equal(0UL, bss % 8);
        var bitmap = Read(file, gcbss, (int)(((ebss - bss) / 8 + 7) / 8));
        bool Bit(ulong addr) { var w = (addr - bss) / 8; return (bitmap[w / 8] >> (int)(w % 8) & 1) != 0; }
        void Expect(string name, int words, IEnumerable<int> pointerWords)
        {
            var (value, size) = syms[name];
            Assert.True(value >= bss && value + size <= ebss, $"{name} is not in .bss");
            Assert.Equal((ulong)words * 8, size);
            var set = pointerWords.ToHashSet();
            for (int w = 0; w < words; w++)
                Assert.True(set.Contains(w) == Bit(value + (ulong)w * 8), $"{name} word {w}: bit {(Bit(value + (ulong)w * 8) ? "set" : "clear")}");
        }
        Expect("main.r", 12, RecPointerWords);
        Expect("main.ptrs", 3, [0, 1, 2]);
        Expect("main.name", 2, [0]);
        Expect("main.recs", 24, RecPointerWords.Concat(RecPointerWords.Select(w => w + 12)));
        // Pointer-free variables are not in .bss at all, so never scanned.
        foreach (var name in new[] { "main.count", "main.addr" })
            Assert.False(syms[name].Value >= bss && syms[name].Value < ebss, $"{name} is in .bss");
        // The compiler's bitmaps are read by the linker, not linked.
        Assert.DoesNotContain(syms.Keys, k => k.StartsWith("go:gcmask.", StringComparison.Ordinal));
    }

    [Fact]
    public void EscapeDecisionsOfAllocationSitesAreGcs()
    {
        // testdata/escape_stack.m: gc 1.19's `go build -gcflags=-m escape_stack.go` (run in testdata),
        // its "escapes to heap" and "does not escape" lines.
        var expected = File.ReadAllLines(Repo.Path("testdata", "escape_stack.m")).Where(l => l.Length > 0).Order(StringComparer.Ordinal).ToList();
        using var tmp = new TempDir();
        var err = new StringWriter();
        var code = GosharpCli.Run(["build", "-gcflags=-m", "-o", tmp.File("escape_stack"), "escape_stack.go"],
            new ToolContext(Repo.Path("testdata"), new StringWriter(), err));
        Assert.True(code == 0, err.ToString());
        var actual = err.ToString().Split('\n').Where(l => Regex.IsMatch(l, "escapes to heap|does not escape")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }

    /// <summary>The executable's symbols (readelf -s): name → (value, size).</summary>
    private static Dictionary<string, (ulong Value, ulong Size)> Symbols(string exe)
    {
        var d = new Dictionary<string, (ulong, ulong)>();
        foreach (var line in Proc.Check(Oracles.Require(Oracles.Readelf), "-s", "-W", exe).Stdout.Split('\n'))
        {
            var m = Regex.Match(line, @"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+\S+\s+\S+\s+\S+\s+\S+\s+(\S.*)$");
            if (!m.Success) continue;
            var size = m.Groups[2].Value.StartsWith("0x") ? Convert.ToUInt64(m.Groups[2].Value[2..], 16) : ulong.Parse(m.Groups[2].Value);
            d.TryAdd(m.Groups[3].Value, (Convert.ToUInt64(m.Groups[1].Value, 16), size));
        }
        return d;
    }

    /// <summary>n bytes at a virtual address, through the PT_LOAD program headers.</summary>
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
