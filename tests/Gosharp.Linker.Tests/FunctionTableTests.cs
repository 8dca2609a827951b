using Gosharp.Common.Elf;
using Gosharp.Linker.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>The runtime's function table (runtime.functab): decoded, and checked against .symtab, addr2line and objdump.</summary>
public class FunctionTableTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)] // gcc's functions share one .text section and one line sequence
    public void TableListsEveryLiveFunctionAsTheSymbolTableDoes(bool cFunctionSections)
    {
        using var dir = new TempDir();
        var p = new DebugProgram(dir, cFunctionSections);
        var exe = p.Link();
        Assert.Equal(DebugProgram.ExitCode, Oracles.RunArm64(exe).ExitCode);
        var tab = new FuncTabReader(exe);
        Assert.Equal(0x54465347u, tab.Magic);
        Assert.Equal(1u, tab.Version);
        Assert.Equal(0UL, tab.Start % 8);

        var funcs = ElfSymbols.All(File.ReadAllBytes(exe)).Where(s => s.Type == SymbolType.Func && s.Size > 0)
            .GroupBy(s => s.Value).Select(g => g.First()).OrderBy(s => s.Value).ToList();
        Assert.Equal(funcs.Select(s => (s.Name, s.Value, (uint)s.Size)), tab.Funcs.Select(f => (f.Name, f.Entry, f.Size)));
        var names = tab.Funcs.Select(f => f.Name).ToList();
        foreach (var live in new[] { "_rt0_arm64_linux", "main.main", "main.step", "main.double", "main.dupf", "add3", "twice" })
            Assert.Contains(live, names);
        Assert.DoesNotContain("main.unused", names);
        Assert.Single(names, n => n == "main.dupf");
        if (cFunctionSections) Assert.DoesNotContain("unused_c", names);
        for (int i = 1; i < tab.Funcs.Count; i++)
            Assert.True(tab.Funcs[i - 1].Entry + tab.Funcs[i - 1].Size <= tab.Funcs[i].Entry, "functions overlap");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryPcMapsToTheLineAddr2lineGives(bool cFunctionSections)
    {
        using var dir = new TempDir();
        var p = new DebugProgram(dir, cFunctionSections);
        var exe = p.Link();
        var tab = new FuncTabReader(exe);
        var pcs = tab.Funcs.SelectMany(f => Enumerable.Range(0, (int)f.Size / 4).Select(k => f.Entry + 4 * (ulong)k)).ToList();
        var oracle = Binutils.Lines(exe, pcs);
        for (int i = 0; i < pcs.Count; i++)
        {
            var (file, line) = tab.FileLine(pcs[i]);
            Assert.True((file ?? "??", (int)line) == oracle[i],
                $"0x{pcs[i]:x} in {tab.FindFunc(pcs[i])?.Name}: table says {file}:{line}, addr2line {oracle[i].File}:{oracle[i].Line}");
        }
        // The Go functions' lines are the #line positions.
        Assert.Equal((p.GoPath, (uint)DebugProgram.StepCallDoubleLine), tab.FileLine(ReturnAddressOfCall(exe, "main.step", "main.double") - 1));
        Assert.Equal((p.GoPath, (uint)DebugProgram.StepCallAdd3Line), tab.FileLine(ReturnAddressOfCall(exe, "main.step", "add3") - 1));
        Assert.Equal((p.CPath, 2u), tab.FileLine(tab.Funcs.Single(f => f.Name == "add3").Entry)); // its opening line
        Assert.DoesNotContain(tab.Funcs.SelectMany(f => f.Lines), l => l.File == "dup_copy.go");
    }

    [Fact]
    public void LineRecordsAreRowsOfTheLinkedLineTable()
    {
        using var dir = new TempDir();
        var p = new DebugProgram(dir);
        var exe = p.Link();
        var tab = new FuncTabReader(exe);
        var rows = Binutils.DecodedLines(exe);
        Assert.DoesNotContain(rows, r => r.File == "dup_copy.go"); // the losing DUPOK copy's sequence is dropped
        foreach (var f in tab.Funcs)
        {
            Assert.True(f.Lines.Count == 0 || f.Lines[0].PcOff == 0, $"{f.Name}: first line record not at the entry");
            foreach (var l in f.Lines.Where(l => l.File != null))
                Assert.Contains((f.Entry + l.PcOff, Path.GetFileName(l.File!), (int)l.LineNo), rows);
        }
        Assert.Contains(tab.Funcs, f => f.Name == "main.main" && f.Lines.Count > 0);
    }

    [Fact]
    public void TableIsThereWithoutDwarfOrSymbols()
    {
        using var dir = new TempDir();
        var p = new DebugProgram(dir);
        var full = new FuncTabReader(p.Link("full"));
        var noDwarf = new FuncTabReader(p.Link("w", p.Options with { NoDwarf = true }));
        Assert.Equal(full.Funcs.Select(f => (f.Name, f.Entry, f.Lines.Count)), noDwarf.Funcs.Select(f => (f.Name, f.Entry, f.Lines.Count)));
        // Stripped: no .symtab to find runtime.functab by, but the table is still at the end of .rodata.
        var stripped = p.Link("s", p.Options with { StripSymbols = true });
        var bytes = File.ReadAllBytes(stripped);
        var rodata = ElfSectionHeader.ReadAll(bytes).Single(h => h.Type == SectionType.ProgBits && h.Flags == SectionFlags.Alloc);
        var size = full.End - full.Start;
        Assert.Equal(0x54465347u, BitConverter.ToUInt32(bytes, (int)(rodata.Offset + rodata.Size - size)));
        Assert.Equal(DebugProgram.ExitCode, Oracles.RunArm64(stripped).ExitCode);
    }

    /// <summary>The address after the BL in <paramref name="caller"/> that calls <paramref name="callee"/>, from objdump.</summary>
    private static ulong ReturnAddressOfCall(string exe, string caller, string callee)
    {
        var d = Toolchain.Objdump("-d", exe);
        bool inCaller = false;
        foreach (var line in d.Split('\n'))
        {
            if (line.EndsWith(">:", StringComparison.Ordinal)) inCaller = line.Contains($"<{caller}>:");
            else if (inCaller && line.Contains($"bl\t") && line.Contains($"<{callee}>"))
                return Convert.ToUInt64(line.Split(':')[0].Trim(), 16) + 4;
        }
        throw new InvalidOperationException($"no call from {caller} to {callee}");
    }
}
