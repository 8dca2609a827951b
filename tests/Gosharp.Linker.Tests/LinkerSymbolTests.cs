using System.Text.RegularExpressions;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>The runtime.* symbols the linker defines: bounds of each output section, and runtime.end.</summary>
public class LinkerSymbolTests
{
    private const string Program = """
            .section .text._rt0_arm64_linux,"ax",%progbits
            .balign 16
            .globl _rt0_arm64_linux
        _rt0_arm64_linux:
            // exit(runtime.ebss - runtime.bss): the size of .bss, through relocations to linker-defined symbols.
            adrp x0, runtime.ebss
            add x0, x0, :lo12:runtime.ebss
            adrp x1, runtime.bss
            add x1, x1, :lo12:runtime.bss
            sub x0, x0, x1
            mov x8, #94
            svc #0
            adrp x0, v1
            adrp x0, v2
            adrp x0, v3
            adrp x0, v4
            adrp x0, v5

            .section .rodata.v1,"a"
        v1: .xword 1
            .section .noptrdata.v2,"aw"
        v2: .xword 2
            .section .data.v3,"aw"
        v3: .xword v1
            .section .bss.v4,"aw",%nobits
        v4: .zero 40
            .section .noptrbss.v5,"aw",%nobits
        v5: .zero 24

        """;

    [Fact]
    public void SectionBoundsMatchTheSectionHeaders()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", t.Assemble("prog", Program)) });
        Assert.Equal(40, Oracles.RunArm64(exe).ExitCode);

        var sections = new Dictionary<string, (ulong Addr, ulong Size)>();
        foreach (var line in Toolchain.Readelf("-S", "-W", exe).Split('\n'))
        {
            var m = Regex.Match(line, @"\]\s+(\.\w+)\s+\w+\s+([0-9a-f]{16})\s+[0-9a-f]+\s+([0-9a-f]+)");
            if (m.Success) sections[m.Groups[1].Value] = (Convert.ToUInt64(m.Groups[2].Value, 16), Convert.ToUInt64(m.Groups[3].Value, 16));
        }
        var syms = Toolchain.Nm(exe).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ')).ToDictionary(f => f[2], f => Convert.ToUInt64(f[0], 16));
        foreach (var name in new[] { "text", "rodata", "noptrdata", "data", "bss", "noptrbss" })
        {
            var (addr, size) = sections["." + name];
            Assert.Equal(addr, syms["runtime." + name]);
            Assert.Equal(addr + size, syms["runtime.e" + name]);
        }
        Assert.Equal(sections[".noptrbss"].Addr + sections[".noptrbss"].Size, syms["runtime.end"]);
        // gc's order: noptrdata, data, bss, noptrbss in one RW segment.
        Assert.True(sections[".noptrdata"].Addr < sections[".data"].Addr);
        Assert.True(sections[".data"].Addr < sections[".bss"].Addr);
        Assert.True(sections[".bss"].Addr < sections[".noptrbss"].Addr);
    }
}
