using System.Text.RegularExpressions;
using Gosharp.Common.Diagnostics;
using Gosharp.TestSupport;

namespace Gosharp.Inspect.Tests;

public class ObjdumpTests
{
    private static string Run(string file, string? regex = null)
    {
        var sw = new StringWriter();
        Objdump.Run(file, regex, sw);
        return sw.ToString();
    }

    /// <summary>binutils' objdump -d: function name → list of (address, word, mnemonic).</summary>
    private static Dictionary<string, List<(ulong Addr, string Word, string Mnemonic)>> Gnu(string file)
    {
        var result = new Dictionary<string, List<(ulong, string, string)>>();
        List<(ulong, string, string)>? cur = null;
        foreach (var line in Proc.Check(Oracles.Require(Oracles.Objdump), "-d", file).Stdout.Split('\n'))
        {
            var head = Regex.Match(line, @"^[0-9a-f]+ <(.+)>:$");
            if (head.Success) { result[head.Groups[1].Value] = cur = []; continue; }
            var insn = Regex.Match(line, @"^\s+([0-9a-f]+):\s+([0-9a-f]{8})\s+(\S+)");
            if (insn.Success && cur != null) cur.Add((Convert.ToUInt64(insn.Groups[1].Value, 16), insn.Groups[2].Value, insn.Groups[3].Value));
        }
        return result;
    }

    private static Dictionary<string, List<(ulong Addr, string Word, string Text)>> Ours(string output)
    {
        var result = new Dictionary<string, List<(ulong, string, string)>>();
        List<(ulong, string, string)>? cur = null;
        foreach (var line in output.Split('\n'))
        {
            var head = Regex.Match(line, @"^TEXT (.+)\(SB\) ");
            if (head.Success) { result[head.Groups[1].Value] = cur = []; continue; }
            var insn = Regex.Match(line, @"^  0x([0-9a-f]+)\s+([0-9a-f]{8})\s+(.*)$");
            if (insn.Success && cur != null) cur.Add((Convert.ToUInt64(insn.Groups[1].Value, 16), insn.Groups[2].Value, insn.Groups[3].Value));
        }
        return result;
    }

    [Theory]
    [InlineData("object")]
    [InlineData("executable")]
    public void SameFunctionsWordsAndMnemonicsAsBinutils(string kind)
    {
        using var dir = new TempDir();
        var file = kind == "object" ? Inputs.Object(dir) : Inputs.Executable(dir);
        var output = Run(file);
        var gnu = Gnu(file);
        var ours = Ours(output);
        Assert.Equal(gnu.Keys.Order(StringComparer.Ordinal), ours.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, insns) in gnu)
        {
            Assert.Equal(insns.Select(i => (i.Addr, i.Word)), ours[name].Select(i => (i.Addr, i.Word)));
            // Capstone names some aliases differently from binutils (movz/mov); the others agree.
            foreach (var (g, o) in insns.Zip(ours[name]))
            {
                var m = o.Text.Split(' ')[0];
                if (g.Mnemonic != m) Assert.True((g.Mnemonic, m) is ("mov", "movz") or ("mov", "movn") or ("mov", "orr"), $"{name}: {g.Mnemonic} vs {m}");
            }
        }
        Assert.Contains($"TEXT add3(SB) {file}\n", output);
    }

    [Fact]
    public void BranchTargetsAndRelocationsAreAnnotated()
    {
        using var dir = new TempDir();
        var exe = Ours(Run(Inputs.Executable(dir)));
        Assert.Contains(exe["loop"], i => i.Text.StartsWith("bl ") && i.Text.EndsWith(" <add3>"));
        var obj = Ours(Run(Inputs.Object(dir)));
        Assert.Contains(obj["caller"], i => i.Text.StartsWith("bl ") && i.Text.EndsWith("[R_AARCH64_CALL26 external_thing]"));
        Assert.Contains(obj["add3"], i => i.Text.StartsWith("adrp ") && i.Text.Contains("[R_AARCH64_ADR_PREL_PG_HI21 "));
    }

    [Fact]
    public void RegexSelectsFunctions()
    {
        using var dir = new TempDir();
        var file = Inputs.Executable(dir);
        var output = Run(file, "^(add3|loop)$");
        Assert.Equal(["add3", "loop"], Ours(output).Keys.Order());
        Assert.Throws<UserError>(() => Run(file, "("));
    }

    [Fact]
    public void DataInTextPrintsAsWords()
    {
        using var dir = new TempDir();
        var src = dir.Write("pool.s", """
                .text
                .globl f
                .type f, %function
            f:
                ldr x0, 1f
                ret
            1:  .xword 0x1122334455667788
                .size f, . - f
            """);
        var obj = dir.File("pool.o");
        Proc.Check(Oracles.Require(Oracles.As), "-o", obj, src);
        var f = Ours(Run(obj))["f"];
        Assert.Equal(4, f.Count);
        Assert.StartsWith("ldr x0, #", f[0].Text);
        Assert.EndsWith(" <f+0x8>", f[0].Text);
        Assert.Equal(".word 0x55667788", f[2].Text);
        Assert.Equal(".word 0x11223344", f[3].Text);
    }
    [Fact]
    public void WordsCapstoneCannotDecodeReadAsBinutilsDoes()
    {
        // Capstone 4 stops at these (ARMv8.1 LSE atomics, CASP, ARMv8.2 SHA-512/SHA-3, MSR to
        // DIT/SSBS/TCO); the assembler's supplementary decoder must give objdump's text, and Capstone
        // must resume on the ordinary instructions after them.
        using var dir = new TempDir();
        var src = dir.Write("lse.s", """
                .text
                .globl f
                .type f, %function
            f:
                ldaddal x0, x1, [x2]
                add x0, x0, #1
                swpl w3, w4, [sp]
                stclrb w5, [x6]
                ldsetah w7, w8, [x9]
                ldeor x10, x11, [x12]
                casal x13, x14, [x15]
                caslb w1, w2, [x3]
                caspa x0, x1, x2, x3, [x4]
                sha512h q0, q1, v2.2d
                sha512su0 v3.2d, v4.2d
                eor3 v0.16b, v1.16b, v2.16b, v3.16b
                rax1 v4.2d, v5.2d, v6.2d
                xar v7.2d, v8.2d, v9.2d, #3
                bcax v10.16b, v11.16b, v12.16b, v13.16b
                msr dit, #1
                msr ssbs, #0
                msr tco, #1
                ret
                .size f, . - f
            """);
        var obj = dir.File("lse.o");
        Proc.Check(Oracles.Require(Oracles.As), "-march=armv8.5-a+sha3+memtag", "-o", obj, src);

        var gnu = new List<(ulong Addr, string Word, string Text)>();
        foreach (var line in Proc.Check(Oracles.Require(Oracles.Objdump), "-d", obj).Stdout.Split('\n'))
        {
            var m = Regex.Match(line, @"^\s+([0-9a-f]+):\s+([0-9a-f]{8})\s+(.*)$");
            if (m.Success) gnu.Add((Convert.ToUInt64(m.Groups[1].Value, 16), m.Groups[2].Value, Regex.Replace(m.Groups[3].Value.Trim(), @"\s+", " ")));
        }
        var ours = Ours(Run(obj))["f"];
        Assert.Equal(19, gnu.Count);
        Assert.Equal(gnu.Select(g => (g.Addr, g.Word)), ours.Select(o => (o.Addr, o.Word)));
        Assert.DoesNotContain(ours, o => o.Text == "?");
        foreach (var (g, o) in gnu.Zip(ours))
            if (g.Text is not ("add x0, x0, #0x1" or "ret")) // Capstone's own wording differs (#1)
                Assert.Equal(g.Text, o.Text);
        Assert.StartsWith("add x0, x0, #", ours[1].Text);
        Assert.Equal("ret", ours[^1].Text);
    }

    [Fact]
    public void AWordNobodyDecodesIsAQuestionMark()
    {
        using var dir = new TempDir();
        // 0xffffffff is unallocated: binutils prints it as .inst; Capstone must resume on the ret after it.
        var src = dir.Write("bad.s", """
                .text
                .globl f
                .type f, %function
            f:
                .inst 0xffffffff
                ret
                .size f, . - f
            """);
        var obj = dir.File("bad.o");
        Proc.Check(Oracles.Require(Oracles.As), "-o", obj, src);
        Assert.Contains("\t.inst\t0xffffffff", Proc.Check(Oracles.Require(Oracles.Objdump), "-d", obj).Stdout);
        var f = Ours(Run(obj))["f"];
        Assert.Equal(["?", "ret"], f.Select(i => i.Text));
    }
}
