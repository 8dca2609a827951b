using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests.GoTestSuite;

/// <summary>
/// Go's own test suite as a yardstick (see <see cref="GoSuiteTest"/>). By default the files listed in
/// gosuite-pass.txt must pass: a ratchet, so that what once matched gc keeps matching. A survey of the
/// whole suite (every run/compile/errorcheck file) is one command:
///   GOSUITE=all GOSUITE_REPORT=/tmp/gosuite.txt dotnet test tests/Gosharp.EndToEnd.Tests --filter GoSuiteTests
/// (GOSUITE may also be folders of the suite, e.g. GOSUITE=fixedbugs,typeparam, or @FILE, a list of
/// files); the report gets a PASS or FAIL line per file.
/// </summary>
public class GoSuiteTests
{
    private static readonly object reportLock = new();

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var which = Environment.GetEnvironmentVariable("GOSUITE");
        if (string.IsNullOrEmpty(which))
        {
            foreach (var line in File.ReadAllLines(Repo.Path("tests", "Gosharp.EndToEnd.Tests", "GoTestSuite", "gosuite-pass.txt")))
                if (line.Trim() is { Length: > 0 } f && !f.StartsWith('#')) data.Add(f);
            return data;
        }
        if (which.StartsWith('@'))
        {
            foreach (var line in File.ReadAllLines(which[1..]))
                if (line.Trim() is { Length: > 0 } f && GoSuiteTest.Action(Path.Combine(GoSuiteTest.Root, f)) != null) data.Add(f);
            return data;
        }
        var dirs = which == "all" ? new[] { ".", "fixedbugs", "typeparam", "typeparam/mdempsky", "ken", "interface", "chan", "syntax", "abi", "dwarf" } : which.Split(',');
        foreach (var dir in dirs)
            foreach (var f in Directory.GetFiles(Path.Combine(GoSuiteTest.Root, dir), "*.go").Order(StringComparer.Ordinal))
                if (GoSuiteTest.Action(f) != null && Path.GetRelativePath(GoSuiteTest.Root, f) is var rel && !GoSuiteTest.FailWithGc.Contains(rel))
                    data.Add(rel);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void MatchesGc(string file)
    {
        Assert.True(Directory.Exists(GoSuiteTest.Root), $"{GoSuiteTest.Root} is missing: ./build.sh test installs golang-1.19-src");
        string? problem;
        try { problem = GoSuiteTest.Check(file); }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException) { problem = "crash: " + e; }
        if (Environment.GetEnvironmentVariable("GOSUITE_REPORT") is { Length: > 0 } report)
            lock (reportLock)
                File.AppendAllText(report, problem == null ? $"PASS {file}\n" : $"FAIL {file} {FirstLine(problem)}\n");
        Assert.True(problem == null, $"{file}: {problem}");
    }

    private static string FirstLine(string s)
    {
        // Without go build's "# package" headers: the report should show the first real message.
        var lines = s.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.TrimStart().StartsWith("# ")).ToArray();
        return lines.Length == 0 ? "" : string.Join(" // ", lines.Take(2)).Replace('\t', ' ');
    }
}
