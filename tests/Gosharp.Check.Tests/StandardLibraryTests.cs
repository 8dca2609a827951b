using System.Diagnostics;
using System.Text.RegularExpressions;
using Gosharp.Check.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// The whole standard library (gc 1.19's GOROOT/src, vendored packages and the commands included) is valid
/// Go, so type-checking it from source must report nothing. By default the packages listed in
/// std-pass.txt are checked: a ratchet, like the Go suite's gosuite-pass.txt. A survey of every package
/// that builds for linux/arm64 without cgo is one command:
///   STDCHECK=all STDCHECK_REPORT=/tmp/std.txt dotnet test tests/Gosharp.Check.Tests --filter StandardLibraryTests
/// (STDCHECK=all includes cmd and its vendored modules, std leaves them out, cmd is only them; or a
/// comma-separated list of import paths); the report gets one line per
/// package: OK, FAIL with its first errors, or CRASH, with the time its check took (dependencies
/// not yet checked included). With STDCHECK_TESTS=1 the packages' _test.go files are checked too
/// (TFAIL, TCRASH: in the test files). Checking all of it (std and cmd, 472 packages) takes about 50 CPU
/// seconds, std alone about 25; packages are checked one at a time (the importer is shared).
/// </summary>
public class StandardLibraryTests
{
    private static readonly Lock reportLock = new();

    // Its own importer, not CheckRunner's: checking all of std and cmd holds the lock for seconds at a
    // time, which other tests' imports (the fuzz tests' 20 s hang limit) should not wait for.
    private static readonly SourceImporter importer = new(SourceImporter.GoRootSrc);
    private static readonly Lock importerLock = new();

    private static readonly Regex CgoImport = new("^import \"C\"", RegexOptions.Multiline);

    public static string PassList => CheckRunner.TestData("std-pass.txt");

    public static TheoryData<string> Packages()
    {
        var which = Environment.GetEnvironmentVariable("STDCHECK");
        if (string.IsNullOrEmpty(which))
            return new(File.ReadAllLines(PassList).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')));
        return new(which switch
        {
            "all" => AllPackages(withCmd: true),
            "std" => AllPackages(withCmd: false),
            "cmd" => AllPackages(withCmd: true).Except(AllPackages(withCmd: false)),
            _ => which.Split(',', StringSplitOptions.RemoveEmptyEntries),
        });
    }

    /// <summary>
    /// The import paths of GOROOT/src's packages with files for linux/arm64 (vendor/x and cmd/vendor/x
    /// imported as x), without testdata, the documentation-only builtin and cgo-only packages; cmd's
    /// packages only withCmd.
    /// </summary>
    public static List<string> AllPackages(bool withCmd)
    {
        var root = SourceImporter.GoRootSrc;
        var list = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(root, dir).Replace('\\', '/');
            var parts = rel.Split('/');
            if ((parts[0] == "cmd" && !withCmd) || parts.Any(p => p == "testdata" || p.StartsWith('_') || p.StartsWith('.'))) continue;
            if (rel is "builtin" or "unsafe") continue;
            var files = SourceImporter.GoFiles(dir);
            // Packages made only of cgo files (runtime/cgo, runtime/msan...) do not build without cgo.
            if (files.Count == 0 || files.All(f => CgoImport.IsMatch(File.ReadAllText(f)))) continue;
            list.Add(parts[0] == "vendor" ? rel["vendor/".Length..]
                : rel.StartsWith("cmd/vendor/", StringComparison.Ordinal) ? rel["cmd/vendor/".Length..] : rel);
        }
        list.Sort(StringComparer.Ordinal);
        return list;
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void TypeChecksWithoutErrors(string path)
    {
        var sw = Stopwatch.StartNew();
        SourceImporter.Result? r;
        Exception? crash;
        lock (importerLock)
        {
            r = importer.Check(path);
            crash = importer.Crashes.GetValueOrDefault(path);
        }
        sw.Stop();
        string? problem =
            crash != null ? "CRASH " + crash.GetType().Name + ": " + crash.Message + " " + FirstFrame(crash)
            : r == null ? "FAIL not found (or an import crashed: see its line)"
            : r.Errors.Count > 0 ? $"FAIL {r.Errors.Count} errors: " + string.Join(" // ", r.Errors.Take(3))
            : null;
        if (problem == null && Environment.GetEnvironmentVariable("STDCHECK_TESTS") == "1")
        {
            try
            {
                SourceImporter.Result? inT, exT;
                lock (importerLock) (inT, exT) = importer.CheckTests(path);
                var errs = (inT?.Errors ?? []).Concat(exT?.Errors ?? []).ToList();
                if (errs.Count > 0) problem = $"TFAIL {errs.Count} errors in tests: " + string.Join(" // ", errs.Take(3));
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                problem = "TCRASH " + e.GetType().Name + ": " + e.Message + " " + FirstFrame(e);
            }
        }
        if (Environment.GetEnvironmentVariable("STDCHECK_REPORT") is { Length: > 0 } report)
            lock (reportLock)
                File.AppendAllText(report, $"{problem?.Split(' ')[0] ?? "OK"} {path} {sw.ElapsedMilliseconds}ms {problem?[(problem.IndexOf(' ') + 1)..].Replace('\n', ' ')}\n");
        Assert.True(problem == null, $"{path}: {problem}{(crash != null ? "\n" + crash : "")}");
    }

    private static string FirstFrame(Exception e) =>
        e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Gosharp.", StringComparison.Ordinal))?.Trim() ?? "";

    /// <summary>The ratchet list names only packages that exist (a typo would silently check nothing).</summary>
    [Fact]
    public void PassListNamesPackages()
    {
        var all = AllPackages(withCmd: true).ToHashSet(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(PassList).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
            Assert.True(all.Contains(line), $"std-pass.txt: no package {line}");
    }
}
