using System.Text;
using System.Text.RegularExpressions;
using Gosharp.Cli.Build;
using Gosharp.Cli.Cli;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests.Types2Testdata;

/// <summary>
/// The type checker's own test corpus of gc 1.19 (src/cmd/compile/internal/types2/testdata: check, spec,
/// examples, fixedbugs), used as a yardstick for the front end: each single-file package is compiled
/// with -e, and the errors must be exactly gc's (same lines: position, wording, order). gc's output for
/// the files in types2-pass.txt is recorded in gc-errors.txt (made by update-gc.sh with gc 1.19).
/// types2-pass.txt is a ratchet: a file listed there must keep matching. A survey of the whole corpus:
///   TYPES2=all TYPES2_REPORT=/tmp/types2.txt dotnet test tests/Gosharp.EndToEnd.Tests --filter Types2TestdataTests
/// (runs gc live for the expected errors; the report gets a SAME or DIFF line per file).
/// </summary>
public class Types2TestdataTests
{
    public const string Root = "/usr/lib/go-1.19/src/cmd/compile/internal/types2/testdata";
    private static readonly string[] Dirs = ["check", "spec", "examples", "fixedbugs"];
    private static readonly string Here = Repo.Path("tests", "Gosharp.EndToEnd.Tests", "Types2Testdata");
    private static readonly object reportLock = new();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Environment.GetEnvironmentVariable("TYPES2") == "all")
        {
            foreach (var dir in Dirs)
                foreach (var f in Directory.GetFiles(Path.Combine(Root, dir), "*.go").Order(StringComparer.Ordinal))
                    data.Add(Path.GetRelativePath(Root, f));
            return data;
        }
        foreach (var line in File.ReadAllLines(Path.Combine(Here, "types2-pass.txt")))
            if (line.Trim() is { Length: > 0 } f && !f.StartsWith('#')) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ReportsGcErrors(string rel)
    {
        Assert.True(Directory.Exists(Root), $"{Root} is missing: ./build.sh test installs golang-1.19-src");
        var survey = Environment.GetEnvironmentVariable("TYPES2") == "all";
        var want = survey ? GcErrors(rel) : Recorded().TryGetValue(rel, out var w) ? w : throw new InvalidOperationException($"{rel}: not in gc-errors.txt (run update-gc.sh)");
        var got = GosharpErrors(rel);
        if (Environment.GetEnvironmentVariable("TYPES2_REPORT") is { Length: > 0 } report)
            lock (reportLock)
                File.AppendAllText(report, $"{(got == want ? "SAME" : "DIFF")} {rel}\n");
        Assert.Equal(want, got);
    }

    /// <summary>gosharp's errors for one file, compiled as the Go suite's errorcheck files are (-e, not -complete), "./" dropped as gc run on the bare file name prints none.</summary>
    public static string GosharpErrors(string rel)
    {
        var path = Path.Combine(Root, rel);
        return InProcessFrontEnd.OnDeepStack(() =>
        {
            try
            {
                var err = new StringWriter();
                var ctx = new ToolContext(Path.GetDirectoryName(path)!, new StringWriter(), err);
                InProcessFrontEnd.Build(new BuildRequest([path], null, false, false, false, GcFlags: ["-complete=false", "-e"], CompileOnly: true), ctx);
                return Normalize(err.ToString());
            }
            catch (Exception e) { return "crash: " + e; }
        }, InProcessFrontEnd.TimedOut);
    }

    /// <summary>gc 1.19's errors for one file (the oracle, run in the file's folder as update-gc.sh does).</summary>
    public static string GcErrors(string rel)
    {
        var go = Oracles.Require(Oracles.Go);
        using var tmp = new TempDir("gosharp-types2");
        var path = Path.Combine(Root, rel);
        // Never -o /dev/null: gc removes its output file on errors (and may run as root).
        var r = Proc.Run(go, ["tool", "compile", "-e", "-p", "p", "-o", tmp.File("x.o"), Path.GetFileName(path)], workDir: Path.GetDirectoryName(path)!);
        return Normalize(r.Stdout + r.Stderr);
    }

    private static readonly Regex DotSlash = new(@"(^|\s)\./", RegexOptions.Multiline);

    private static string Normalize(string output)
    {
        var lines = output.Replace("\r", "").Split('\n').Where(l => l.Length > 0 && !l.StartsWith("# "));
        return DotSlash.Replace(string.Join("\n", lines), "$1");
    }

    private static Dictionary<string, string>? recorded;

    /// <summary>gc-errors.txt: "== FILE" lines, each followed by gc's output for FILE.</summary>
    private static Dictionary<string, string> Recorded()
    {
        lock (reportLock)
        {
            if (recorded != null) return recorded;
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            string? current = null;
            var sb = new StringBuilder();
            foreach (var line in File.ReadAllLines(Path.Combine(Here, "gc-errors.txt")).Append("== "))
            {
                if (line.StartsWith("== "))
                {
                    if (current != null) map[current] = sb.ToString().TrimEnd('\n');
                    current = line[3..];
                    sb.Clear();
                }
                else if (current != null) sb.Append(line).Append('\n');
            }
            return recorded = map;
        }
    }
}
