using System.Globalization;
using System.Text.RegularExpressions;
using Gosharp.Asm.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary>
/// .debug_frame: binutils' interpretation of gosharp's call frame information must say, at every
/// instruction, what the instructions themselves (as objdump disassembles them) did to the frame.
/// </summary>
public class DebugFrameTests
{
    private const string Source = """
        TEXT ·small(SB), $16-0
        	BL	·none(SB)
        	RET
        TEXT ·big(SB), $5000-0
        	BL	·none(SB)
        	CBZ	R0, 2(PC)
        	RET
        	MOVD	$1, R0
        	RET
        TEXT ·leaf(SB), NOSPLIT, $32-0
        	MOVD	$1, R0
        	RET
        TEXT ·none(SB), NOSPLIT, $0-0
        	RET
        TEXT ·wrap(SB), WRAPPER, $64-0
        	BL	·none(SB)
        	RET
        """;

    /// <summary>Where the caller's frame is: CFA = SP + Cfa; x29 and the return address saved at CFA − n ("u": in their registers).</summary>
    private sealed record Rule(long Cfa, string Fp, string Ra)
    {
        public override string ToString() => $"sp+{Cfa} x29={Fp} ra={Ra}";
    }

    [Fact]
    public void FrameRulesFollowThePrologueAndEpilogues()
    {
        using var dir = new TempDir("gosharp-asm-frame");
        var path = dir.File("x.o");
        File.WriteAllBytes(path, AsmRun.Bytes(Source));
        var interp = Proc.Check(Oracles.Require(Oracles.Readelf), "--debug-dump=frames-interp", path);
        Assert.Equal("", interp.Stderr);
        var tables = FdeTables(interp.Stdout);
        var code = Disassembly(Proc.Check(Oracles.Require(Oracles.Objdump), "-d", path).Stdout);
        Assert.Equal(code.Keys.Order(), tables.Keys.Order());
        foreach (var (func, insns) in code)
        {
            var table = tables[func];
            var expected = Simulate(insns);
            foreach (var (off, text) in insns)
            {
                var row = table.Last(r => r.Loc <= off).Rule;
                Assert.True(expected[off] == row, $"{func}+0x{off:x} ({text}): readelf says {row}, the code does {expected[off]}");
            }
        }
    }

    /// <summary>The frame state before each instruction, from what the instructions do.</summary>
    private static Dictionary<long, Rule> Simulate(List<(long Off, string Text)> insns)
    {
        var entry = new Rule(0, "u", "u");
        var state = entry;
        Rule? body = null;
        long r27 = 0, r20 = 0;
        var result = new Dictionary<long, Rule>();
        foreach (var (off, text) in insns)
        {
            result[off] = state;
            long Imm(string s) => s.StartsWith("x27", StringComparison.Ordinal) ? r27 : long.Parse(s.TrimStart('#').Replace("0x", ""),
                s.Contains("0x") ? NumberStyles.HexNumber : NumberStyles.Integer, CultureInfo.InvariantCulture);
            Match m;
            if ((m = Regex.Match(text, @"^mov\s+x27, #(0x[0-9a-f]+|\d+)")).Success) r27 = Imm("#" + m.Groups[1].Value);
            else if ((m = Regex.Match(text, @"^str\s+x30, \[sp, #-(\d+)\]!")).Success)
                state = state with { Cfa = state.Cfa + long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Ra = $"c-{state.Cfa + long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)}" };
            else if (Regex.IsMatch(text, @"^stur\s+x29, \[sp, #-8\]")) state = state with { Fp = $"c-{state.Cfa + 8}" };
            else if ((m = Regex.Match(text, @"^sub\s+x20, sp, (#?\S+)")).Success) r20 = Imm(m.Groups[1].Value);
            else if (Regex.IsMatch(text, @"^stp\s+x29, x30, \[x20, #-8\]")) state = state with { Fp = $"c-{state.Cfa + r20 + 8}", Ra = $"c-{state.Cfa + r20}" };
            else if (Regex.IsMatch(text, @"^mov\s+sp, x20")) state = state with { Cfa = state.Cfa + r20 };
            else if (Regex.IsMatch(text, @"^sub\s+x29, sp, #0x8"))
            {
                if (state.Cfa == 0) state = state with { Fp = "u" }; // after popping the frame: the caller's R29 again
                else body = state;                                   // the end of the prologue
            }
            else if (Regex.IsMatch(text, @"^ldp\s+x29, x30, \[sp, #-8\]")) state = state with { Fp = "u", Ra = "u" };
            else if ((m = Regex.Match(text, @"^add\s+sp, sp, (#?\S+)")).Success) state = state with { Cfa = state.Cfa - Imm(m.Groups[1].Value), Ra = "u" };
            else if (Regex.IsMatch(text, @"^ret")) state = body ?? entry;       // code after a RET is inside the frame
            if (Regex.IsMatch(text, @"^mov\s+x3, x30")) result[off] = state = entry; // the morestack call runs before the prologue
            if (Regex.IsMatch(text, @"^ldr\s+x17, \[x16\]")) result[off] = state = body!; // the WRAPPER argp check runs inside the frame
        }
        return result;
    }

    private static Dictionary<string, List<(long Off, string Text)>> Disassembly(string objdump)
    {
        var result = new Dictionary<string, List<(long, string)>>();
        List<(long, string)>? cur = null;
        foreach (var line in objdump.Split('\n'))
        {
            var h = Regex.Match(line, @"^[0-9a-f]+ <(.+)>:$");
            if (h.Success) { result[h.Groups[1].Value] = cur = []; continue; }
            var m = Regex.Match(line, @"^\s*([0-9a-f]+):\s+[0-9a-f]{8}\s+(.*)$");
            if (m.Success && cur != null) cur.Add((Convert.ToInt64(m.Groups[1].Value, 16), m.Groups[2].Value.Trim()));
        }
        return result;
    }

    /// <summary>readelf's rows per FDE, in the order of the functions (one FDE each, in source order).</summary>
    private static Dictionary<string, List<(long Loc, Rule Rule)>> FdeTables(string text)
    {
        var names = new[] { "main.small", "main.big", "main.leaf", "main.none", "main.wrap" };
        var tables = new List<List<(long, Rule)>>();
        List<(long, Rule)>? cur = null;
        int fp = -1, ra = -1;
        foreach (var line in text.Split('\n'))
        {
            if (line.Contains(" FDE ", StringComparison.Ordinal)) { tables.Add(cur = []); fp = ra = -1; continue; }
            if (cur == null) continue;
            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols.Length > 0 && cols[0] == "LOC") { fp = Array.IndexOf(cols, "x29"); ra = Array.IndexOf(cols, "ra"); continue; }
            if (cols.Length >= 2 && Regex.IsMatch(cols[0], "^[0-9a-f]{16}$"))
                cur.Add((Convert.ToInt64(cols[0], 16), new Rule(long.Parse(cols[1]["sp+".Length..], CultureInfo.InvariantCulture),
                    fp > 0 ? cols[fp] : "u", ra > 0 ? cols[ra] : "u")));
        }
        // A frameless function's FDE has no instructions: readelf prints no rows, the CIE's entry state holds.
        foreach (var t in tables) if (t.Count == 0) t.Add((0, new Rule(0, "u", "u")));
        Assert.Equal(names.Length, tables.Count);
        return names.Zip(tables).ToDictionary(x => x.First, x => x.Second);
    }
}
