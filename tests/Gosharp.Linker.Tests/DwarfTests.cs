using System.Buffers.Binary;
using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using Gosharp.Linker.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>The executable's DWARF: read by binutils without complaint, and enough for gdb to break on lines and unwind.</summary>
public class DwarfTests
{
    private static readonly string[] DebugSections = [".debug_abbrev", ".debug_line", ".debug_frame", ".debug_info", ".debug_ranges"];

    [Fact]
    public void ReadelfDecodesEveryDebugSectionWithoutWarnings()
    {
        using var dir = new TempDir();
        var exe = new DebugProgram(dir).Link();
        var sections = Toolchain.Readelf("-S", "-W", exe);
        foreach (var s in DebugSections) Assert.Contains($" {s} ", sections);
        var r = Toolchain.ReadelfFull("--debug-dump", "-W", exe);
        Assert.Equal("", r.Stderr);
        Assert.DoesNotContain("Warning", r.Stdout);
        // A compile unit per object, Go, with a subprogram for each live function and none for the dead ones.
        Assert.Contains("DW_AT_name        : (string) main\n", r.Stdout);
        Assert.Contains("DW_AT_language    : (data1) 22\t(Go)", r.Stdout);
        Assert.Equal(2, r.Stdout.Split("DW_AT_language    : (data1)").Length - 1); // main and runtime; the C object's language is not known
        foreach (var f in new[] { "main.main", "main.step", "main.double", "main.dupf", "_rt0_arm64_linux", "add3", "twice" })
            Assert.Contains($"DW_AT_name        : (string) {f}\n", r.Stdout);
        Assert.DoesNotContain("main.unused", r.Stdout);
        Assert.DoesNotContain("unused_c", r.Stdout);
        // gcc's CIE is byte for byte gosharp's (code alignment 4, data alignment -8, CFA = SP at entry): written once.
        // FDEs only for live code.
        var frames = Toolchain.ReadelfFull("--debug-dump=frames", exe).Stdout;
        Assert.Single(frames.Split('\n'), l => l.EndsWith(" CIE", StringComparison.Ordinal));
        Assert.Equal(7, frames.Split('\n').Count(l => l.Contains(" FDE ", StringComparison.Ordinal))); // _rt0, main, step, double, dupf, add3, twice
    }

    [Fact]
    public void NoDwarfFlagDropsDebugSectionsAndStripDropsSymbolsToo()
    {
        using var dir = new TempDir();
        var p = new DebugProgram(dir);
        var w = Toolchain.Readelf("-S", "-W", p.Link("w", p.Options with { NoDwarf = true }));
        foreach (var s in DebugSections) Assert.DoesNotContain(s, w);
        Assert.Contains(".symtab", w);
        var s2 = Toolchain.Readelf("-S", "-W", p.Link("s", p.Options with { StripSymbols = true }));
        foreach (var s in DebugSections) Assert.DoesNotContain(s, s2);
        Assert.DoesNotContain(".symtab", s2);
    }

    [Fact]
    public void GdbBreaksOnAGoLineAndUnwindsThroughGoAndCFrames()
    {
        using var dir = new TempDir();
        var p = new DebugProgram(dir);
        var exe = p.Link();
        var output = Gdb.Batch(exe,
            $"break {DebugProgram.GoFile}:{DebugProgram.DoubleBodyLine}", "continue", "bt", "info line",
            "break add3", "continue", "bt");
        var go = p.GoPath;
        Assert.Contains($"Breakpoint 1, main.double () at {go}:{DebugProgram.DoubleBodyLine}", output);
        Assert.Matches($@"#0  main\.double \(\) at {go}:{DebugProgram.DoubleBodyLine}\n", output);
        Assert.Matches($@"#1  0x[0-9a-f]+ in main\.step \(\) at {go}:{DebugProgram.StepCallDoubleLine}\n", output);
        Assert.Matches($@"#2  0x[0-9a-f]+ in main\.main \(\) at {go}:{DebugProgram.MainCallStepLine}\n", output);
        Assert.Contains($"Line {DebugProgram.DoubleBodyLine} of \"{go}\" starts at address", output);
        // In gcc's function (its line table and FDE, merged from its object; its own .debug_info is not kept), then gosharp's frames above it.
        Assert.Matches($@"Breakpoint 2, add3 \(\) at {p.CPath}:\d+\n", output);
        Assert.Matches($@"#1  0x[0-9a-f]+ in main\.step \(\) at {go}:{DebugProgram.StepCallAdd3Line}\n", output);
        Assert.Matches($@"#2  0x[0-9a-f]+ in main\.main \(\) at {go}:{DebugProgram.MainCallStepLine}\n", output);
        Assert.DoesNotContain("Backtrace stopped", output);
    }

    [Theory]
    [InlineData(".debug_line")]
    [InlineData(".debug_frame")]
    public void ACorruptDebugSectionIsAUserError(string section)
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var obj = t.GoAssemble("prog", "TEXT _rt0_arm64_linux(SB), NOSPLIT|NOFRAME, $0-0\n\tMOVD\t$94, R8\n\tSVC\n");
        var bytes = File.ReadAllBytes(obj);
        var headers = ElfSectionHeader.ReadAll(bytes);
        var names = headers[BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(62))].Contents(bytes).ToArray();
        string Name(ElfSectionHeader h) => Encoding.ASCII.GetString(names, (int)h.NameOffset, Array.IndexOf(names, (byte)0, (int)h.NameOffset) - (int)h.NameOffset);
        var h = headers.Single(x => Name(x) == section);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)h.Offset), 0x7ffffff0); // the first unit's or entry's length: past the end
        File.WriteAllBytes(obj, bytes);
        var main = t.Archive("main", obj);
        var e = Assert.Throws<UserError>(() => Linker.Link(new LinkOptions { MainArchive = main }));
        Assert.StartsWith($"{main}(prog.o): corrupt {section}: ", e.Message);
        // Without DWARF the frames are not read; the line table still is (for the function table).
        if (section == ".debug_frame") Linker.Link(new LinkOptions { MainArchive = main, NoDwarf = true });
    }
}
