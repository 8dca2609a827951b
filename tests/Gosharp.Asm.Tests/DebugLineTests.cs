using Gosharp.Asm.Tests.Support;
using Gosharp.Common.Elf;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary>.debug_line, decoded by binutils: file:line of every instruction, #line directives honoured.</summary>
public class DebugLineTests
{
    private const string Source = """
        TEXT ·f(SB), NOSPLIT, $0-0
        	MOVD	$1, R0
        	MOVD	$0x123456789, R1
        #line 10 "a.go"
        	ADD	R0, R1
        #line 20 "dir/b.go"
        	SUB	R0, R1
        	RET
        TEXT ·g(SB), $16-0
        	BL	·f(SB)
        	RET
        """;

    [Fact]
    public void BinutilsDecodeTheLineTable()
    {
        using var dir = new TempDir("gosharp-asm-dwarf");
        var path = dir.File("x.o");
        File.WriteAllBytes(path, AsmRun.Bytes(Source, "/src/x.s", new AsmOptions { TrimPath = "/src" }));
        var r = Proc.Run(Oracles.Require(Oracles.Objdump), ["--dwarf=decodedline", path]);
        Assert.True(r.ExitCode == 0 && r.Stderr.Length == 0, r.ToString());
        var rows = new List<string>();
        foreach (var line in r.Stdout.Split('\n'))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length >= 3 && (int.TryParse(f[1], out _) || f[1] == "-") && (f[2] == "0" || f[2].StartsWith("0x")))
                rows.Add($"{f[0]}:{f[1]}@{f[2]}");
        }
        // ·g: the split check and prologue are attributed to the TEXT line (b.go:22), the morestack call too.
        Assert.Equal(
        [
            "x.s:2@0", "x.s:3@0x4", "a.go:10@0x10", "dir/b.go:20@0x14", "dir/b.go:21@0x18", "dir/b.go:-@0x1c",
            "dir/b.go:22@0", "dir/b.go:23@0x18", "dir/b.go:24@0x1c", "dir/b.go:22@0x28", "dir/b.go:-@0x34",
        ], rows);

        var raw = Proc.Run(Oracles.Require(Oracles.Readelf), ["--debug-dump=rawline", path]);
        Assert.True(raw.ExitCode == 0 && raw.Stderr.Length == 0, raw.ToString());
        Assert.Contains("DWARF Version:               4", raw.Stdout);
        Assert.Contains("\tx.s", raw.Stdout);      // -trimpath removed /src
        Assert.Contains("\tdir/b.go", raw.Stdout);
    }

    [Fact]
    public void SequencesStartAtTheirFunctionSymbols()
    {
        var o = AsmRun.Object(Source);
        Assert.Equal([(RelocType.Abs64, "main.f", 0L), (RelocType.Abs64, "main.g", 0L)],
            o.RelocsFor(".debug_line").Select(x => (x.Type, x.Symbol, x.Addend)));
    }
}
