using System.Diagnostics;
using System.Text;
using Gosharp.Linker.Tests.Support;
using Gosharp.TestSupport;
using Xunit.Abstractions;

namespace Gosharp.Linker.Tests;

/// <summary>
/// The linker on a program of many objects: 200 assembly files of 50 functions each (calls across files,
/// string data, #line positions), assembled by gosharp and packed into 20 package archives. Prints the
/// -v phase table (run with <c>--logger "console;verbosity=detailed"</c> to see it).
/// </summary>
public class LinkSpeedTests(ITestOutputHelper output)
{
    private const int Files = 200, FuncsPerFile = 50, Packages = 20;

    [Fact]
    public void ManyObjectsLinkQuickly()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var sw = Stopwatch.StartNew();
        var objects = new List<string>[Packages];
        for (int p = 0; p < Packages; p++) objects[p] = [];
        for (int f = 0; f < Files; f++)
            objects[f % Packages].Add(t.GoAssemble($"f{f}", Source(f), $"pkg{f % Packages}"));
        var archives = Enumerable.Range(0, Packages).Select(p => t.PackageArchive($"pkg{p}", $"gosharp export v1\npackage pkg{p} pkg{p}\n", [.. objects[p]])).ToList();
        var main = t.PackageArchive("main", "gosharp export v1\npackage main main\n", t.GoAssemble("rt0",
            "TEXT _rt0_arm64_linux(SB), NOSPLIT|NOFRAME, $0-0\n\tBL\tpkg0·f0_0(SB)\n\tMOVD\t$0, R0\n\tMOVD\t$94, R8\n\tSVC\n"));
        var cfg = dir.Write("importcfg", string.Concat(archives.Select((a, p) => $"packagefile pkg{p}={a}\n")));
        output.WriteLine($"generated and assembled {Files * FuncsPerFile} functions in {sw.Elapsed.TotalSeconds:F2} s");

        var verbose = new StringWriter();
        sw.Restart();
        var exe = t.Link(new LinkOptions { MainArchive = main, ImportCfg = cfg, Verbose = verbose });
        var linkTime = sw.Elapsed;
        output.WriteLine(verbose.ToString());

        var tab = new FuncTabReader(exe);
        Assert.Equal(Files * FuncsPerFile + 1, tab.Funcs.Count);
        Assert.All(tab.Funcs.Where(f => f.Name.StartsWith("pkg", StringComparison.Ordinal)), f => Assert.NotEmpty(f.Lines));
        Assert.Equal(0, Oracles.RunArm64(exe).ExitCode);
        // Generous: the link takes about a second here; a quadratic phase would take minutes.
        Assert.True(linkTime < TimeSpan.FromSeconds(60), $"link took {linkTime}");
    }

    /// <summary>File f: functions fF_0..fF_49; fF_j calls fF_(j+1), and fF_0 also calls f(F+1)_0, so everything is reachable.</summary>
    private static string Source(int f)
    {
        var sb = new StringBuilder();
        for (int j = 0; j < FuncsPerFile; j++)
        {
            sb.Append($"#line {10 * j + 1} \"/src/pkg{f % Packages}/f{f}.go\"\n");
            sb.Append($"TEXT pkg{f % Packages}·f{f}_{j}(SB), NOSPLIT, $16-0\n");
            sb.Append($"#line {10 * j + 2} \"/src/pkg{f % Packages}/f{f}.go\"\n");
            sb.Append($"\tMOVD\t$\"go:string.\\\"s{f}_{j}\\\"\"(SB), R1\n");
            if (j + 1 < FuncsPerFile) sb.Append($"\tCALL\tpkg{f % Packages}·f{f}_{j + 1}(SB)\n");
            if (j == 0 && f + 1 < Files) sb.Append($"\tCALL\tpkg{(f + 1) % Packages}·f{f + 1}_0(SB)\n");
            sb.Append($"#line {10 * j + 3} \"/src/pkg{f % Packages}/f{f}.go\"\n");
            sb.Append("\tRET\n");
            sb.Append($"DATA\t\"go:string.\\\"s{f}_{j}\\\"\"+0(SB)/{$"s{f}_{j}".Length}, $\"s{f}_{j}\"\n");
            sb.Append($"GLOBL\t\"go:string.\\\"s{f}_{j}\\\"\"(SB), DUPOK|RODATA|NOPTR, ${$"s{f}_{j}".Length}\n");
        }
        return sb.ToString();
    }
}
