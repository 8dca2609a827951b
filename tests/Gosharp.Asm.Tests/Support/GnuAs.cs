using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests.Support;

/// <summary>The binutils oracle: assembles GNU-syntax arm64 text with aarch64-linux-gnu-as.</summary>
public static class GnuAs
{
    /// <summary>Assembles each snippet into its own section and returns the words of each, in order.</summary>
    public static List<uint[]> AssembleEach(IReadOnlyList<string> snippets)
    {
        var asPath = Oracles.Require(Oracles.As);
        using var dir = new TempDir("gosharp-gnuas");
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < snippets.Count; i++)
            sb.Append($".section .text.c{i},\"ax\"\n").Append(snippets[i].Replace(";", "\n")).Append('\n');
        var src = dir.Write("g.s", sb.ToString());
        var obj = dir.File("g.o");
        var r = Proc.Run(asPath, ["-march=armv8.5-a+rng+memtag+crypto+sha3", "-o", obj, src]);
        if (r.ExitCode != 0) throw new InvalidOperationException("as failed:\n" + r);
        var elf = new ElfObject(File.ReadAllBytes(obj));
        return Enumerable.Range(0, snippets.Count).Select(i => ElfObject.Words(elf[$".text.c{i}"].Data)).ToList();
    }
}
