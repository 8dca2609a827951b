using System.Text;

namespace Gosharp.Asm.Tests.Support;

/// <summary>
/// Table-driven encoding checks: every case (instruction lines, ';' between several) becomes its own
/// NOSPLIT|NOFRAME function <c>main.tN</c>; the whole table is assembled by gosharp once and by the
/// oracle once (gc's <c>go tool asm</c>, or binutils for GNU-syntax twins), and the words compared.
/// </summary>
public static class OracleTable
{
    public static readonly AsmOptions Options = new() { IncludeDirs = ["/usr/lib/go-1.19/pkg/include"] };

    /// <summary>The assembly file holding one function per case.</summary>
    public static string Program(IReadOnlyList<string> cases)
    {
        var src = new StringBuilder("#include \"textflag.h\"\n");
        for (int i = 0; i < cases.Count; i++)
            src.Append("TEXT ·t").Append(i).Append("(SB), NOSPLIT|NOFRAME, $0-32\n\t").Append(cases[i].Replace(";", "\n\t")).Append('\n');
        return src.ToString();
    }

    /// <summary>gosharp's words for each case.</summary>
    public static List<uint[]> Ours(IReadOnlyList<string> cases)
    {
        var o = AsmRun.Object(Program(cases), options: Options);
        return Enumerable.Range(0, cases.Count).Select(i => AsmRun.Words(o, $"main.t{i}")).ToArray().ToList();
    }

    /// <summary>The cases whose words differ from gc's (<see cref="GcCompare.SameCode"/>), one line each.</summary>
    public static List<string> DifferencesFromGc(IReadOnlyList<string> cases)
    {
        var gc = GcAsm.Assemble(Program(cases));
        var ours = Ours(cases);
        var bad = new List<string>();
        for (int i = 0; i < cases.Count; i++)
        {
            var want = gc[$"main.t{i}"];
            if (!GcCompare.SameCode(want, ours[i]))
                bad.Add($"{cases[i],-48} gc: {Hex(want)}  gosharp: {Hex(ours[i])}");
        }
        return bad;
    }

    /// <summary>The cases whose words differ from binutils' for the GNU-syntax twin, one line each.</summary>
    public static List<string> DifferencesFromGnu(IReadOnlyList<(string Plan9, string Gnu)> cases)
    {
        var gnu = GnuAs.AssembleEach(cases.Select(c => c.Gnu).ToList());
        var ours = Ours(cases.Select(c => c.Plan9).ToList());
        var bad = new List<string>();
        for (int i = 0; i < cases.Count; i++)
            if (!gnu[i].SequenceEqual(ours[i]))
                bad.Add($"{cases[i].Plan9,-48} as: {Hex(gnu[i])}  gosharp: {Hex(ours[i])}");
        return bad;
    }

    public static void AssertNone(List<string> bad, int total, string oracle)
        => Assert.True(bad.Count == 0, $"{bad.Count} of {total} cases differ from {oracle}:\n" + string.Join("\n", bad));

    public static string Hex(IEnumerable<uint> w) => string.Join(" ", w.Select(x => x.ToString("x8")));
}
