using Gee.External.Capstone.Arm64;
using Gosharp.Asm.Arm64.Disassembly;
using Gosharp.Asm.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary>
/// <c>gosharp tool objdump</c> disassembles with Capstone 4, which predates the LSE atomics, SHA-512 and
/// SHA-3: every word the encoding tables produce must be known to Capstone or to the assembler's
/// <see cref="SupplementaryDecoder"/>, whose text must be binutils' objdump's for the same word.
/// </summary>
public class DisassemblyTests
{
    /// <summary>Capstone's text of each word, or null where it cannot decode one.</summary>
    private static List<string?> Disassemble(uint[] words)
    {
        using var cs = new CapstoneArm64Disassembler(Arm64DisassembleMode.LittleEndian) { EnableInstructionDetails = false };
        var texts = new List<string?>();
        for (int i = 0; i < words.Length; i++)
        {
            var bytes = BitConverter.GetBytes(words[i]);
            var insn = cs.Disassemble(bytes, 4 * i);
            texts.Add(insn.Length == 1 ? $"{insn[0].Mnemonic} {insn[0].Operand}".Trim() : null);
        }
        return texts;
    }

    [Fact]
    public void CapstoneOrTheSupplementDecodesEveryEncodedInstruction()
    {
        var cases = BaseSetVsGcTests.Integer().Concat(BaseSetVsGcTests.Memory()).Concat(BaseSetVsGcTests.SystemAndFloat())
            .Concat(VectorVsGcTests.Cases()).Concat(EncodingVsGcTests.Cases).Concat(EncodingVsGnuTests.Cases.Select(c => c.Plan9))
            .Where(c => !c.Contains("WORD") && !c.Contains("UNDEF")) // data in the instruction stream
            .ToList();
        var words = OracleTable.Ours(cases);
        var bad = new List<string>();
        var supplemented = new SortedSet<uint>();
        for (int i = 0; i < cases.Count; i++)
        {
            var texts = Disassemble(words[i]);
            for (int k = 0; k < texts.Count; k++)
            {
                if (texts[k] != null) continue;
                if (SupplementaryDecoder.Decode(words[i][k]) == null) bad.Add($"{cases[i]}: word {k} {words[i][k]:x8}");
                else supplemented.Add(words[i][k]);
            }
        }
        Assert.True(cases.Count > 2000, $"only {cases.Count} cases");
        Assert.True(bad.Count == 0, $"{bad.Count} words neither Capstone nor the supplement can decode:\n" + string.Join("\n", bad));

        // The supplement's text is objdump's.
        var objdump = Objdump(supplemented.ToList());
        var diffs = supplemented.Where(w => SupplementaryDecoder.Decode(w) != objdump[w])
            .Select(w => $"{w:x8}: objdump \"{objdump[w]}\" supplement \"{SupplementaryDecoder.Decode(w)}\"").ToList();
        Assert.True(supplemented.Count > 100, $"only {supplemented.Count} supplemented words");
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }

    /// <summary>binutils' text (mnemonic, tab, operands) for each word, from one as and one objdump run.</summary>
    private static Dictionary<uint, string> Objdump(List<uint> words)
    {
        using var dir = new TempDir("gosharp-objdump");
        var src = dir.Write("w.s", string.Concat(words.Select(w => $".inst 0x{w:x8}\n")));
        var obj = dir.File("w.o");
        var asm = Proc.Run(Oracles.Require(Oracles.As), ["-o", obj, src]);
        Assert.True(asm.ExitCode == 0, asm.ToString());
        var dump = Proc.Run(Oracles.Require(Oracles.Objdump), ["-d", obj]);
        Assert.True(dump.ExitCode == 0, dump.ToString());
        var texts = new Dictionary<uint, string>();
        foreach (var line in dump.Stdout.Split('\n'))
        {
            // "  10:\tf8e500df \tldaddal\tx5, xzr, [x6]"
            var f = line.Split('\t');
            if (f.Length < 3 || !f[0].TrimEnd().EndsWith(':')) continue;
            texts[uint.Parse(f[1].Trim(), System.Globalization.NumberStyles.HexNumber)] = string.Join("\t", f[2..]).Trim();
        }
        return texts;
    }
}
