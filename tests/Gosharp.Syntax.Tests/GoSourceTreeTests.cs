using System.Collections.Concurrent;
using System.Diagnostics;
using Gosharp.Compiler.Syntax;
using Gosharp.Syntax.Tests.Support;
using Gosharp.TestSupport;
using Xunit.Abstractions;

namespace Gosharp.Syntax.Tests;

/// <summary>The proof: the whole Go 1.19 source tree parses, fast, into the same trees as gc's.</summary>
public class GoSourceTreeTests(ITestOutputHelper output)
{
    private static readonly string Src = Path.Combine(GcOracle.GoRoot, "src");

    private static List<string> GoFiles()
    {
        Oracles.Require(Path.Combine(Src, "go", "parser", "parser.go"));
        return Directory.EnumerateFiles(Src, "*.go", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}testdata{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(Src, f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void EveryGoFileOfTheSourceTreeParses()
    {
        var files = GoFiles();
        Assert.True(files.Count > 4000, $"only {files.Count} .go files under {Src}");
        var datas = files.Select(f => File.ReadAllBytes(Path.Combine(Src, f))).ToArray();
        long lines = datas.Sum(d => (long)d.AsSpan().Count((byte)'\n'));

        var failures = new ConcurrentBag<string>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        Parallel.For(0, files.Count, i =>
        {
            var r = GoParser.ParseFile(files[i], datas[i]);
            if (r.HasErrors || r.File.Decls.IsDefault) failures.Add($"{files[i]}: {string.Join("; ", r.Diagnostics.Take(3))}");
        });
        sw.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        output.WriteLine($"{files.Count} files, {lines} lines in {sw.Elapsed.TotalSeconds:F1} s: " +
                         $"{lines / sw.Elapsed.TotalSeconds:F0} lines/s on {Environment.ProcessorCount} cores " +
                         $"({cpu.TotalSeconds:F1} s of CPU time)");
        var first = failures.OrderBy(f => f, StringComparer.Ordinal).Take(20).ToList();
        Assert.True(failures.IsEmpty, $"{failures.Count} files failed to parse:\n{string.Join("\n", first)}");
    }

    /// <summary>
    /// gc's parser as the oracle, on a sample of the tree (every 12th file, and the files with
    /// the most unusual syntax): same nodes, positions and directives.
    /// </summary>
    [Fact]
    public void SampleOfTheSourceTreeGivesGcsTrees()
    {
        var all = GoFiles();
        string[] notable =
        [
            "time/tzdata/zipdata.go",               // a 7000-term string concatenation
            "go/types/api.go", "internal/types/errors/codes.go",
            "runtime/proc.go", "runtime/malloc.go", "runtime/stubs.go",   // directives
            "sort/gen_sort_variants.go", "unicode/tables.go", "math/bits/bits.go",
            "cmd/compile/internal/syntax/parser.go", "go/constant/value.go",
            "constraints/constraints.go", "sync/atomic/type.go",         // generics
            "reflect/all_test.go", "fmt/fmt_test.go", "strconv/ftoa.go",
        ];
        var sample = all.Where((f, i) => i % 12 == 0).Concat(notable.Where(all.Contains)).Distinct().ToList();
        var gc = GcOracle.Dump(Src, sample);
        var mismatches = new List<string>();
        foreach (var f in sample)
        {
            var ours = Dumps.OfFile(Src, f);
            if (!gc.TryGetValue(f, out var theirs)) mismatches.Add($"{f}: no gc dump");
            else if (ours != theirs) mismatches.Add($"{f}:\n{Dumps.FirstDifference(theirs, ours)}");
        }
        output.WriteLine($"compared {sample.Count} files with gc's parser");
        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(10)));
    }

    /// <summary>
    /// gc's own test suite ($GOROOT/test, 3000 files, many with deliberate syntax errors): for each
    /// file gosharp gives the same tree, or the same first error, as gc's parser. Files using
    /// //line directives (which gosharp does not implement) are left out.
    /// </summary>
    [Fact]
    public void GcTestSuiteGivesGcsTreesAndFirstErrors()
    {
        var testDir = Path.Combine(GcOracle.GoRoot, "test");
        Oracles.Require(Path.Combine(testDir, "run.go"));
        var files = Directory.EnumerateFiles(testDir, "*.go", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(testDir, f))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Where(f =>
            {
                var text = File.ReadAllText(Path.Combine(testDir, f));
                return !text.Contains("//line ", StringComparison.Ordinal) && !text.Contains("/*line ", StringComparison.Ordinal);
            })
            .ToList();
        var gc = GcOracle.Dump(testDir, files);
        var mismatches = new List<string>();
        int withErrors = 0;
        foreach (var f in files)
        {
            var ours = Dumps.OfFile(testDir, f);
            if (ours.StartsWith("ERROR", StringComparison.Ordinal)) withErrors++;
            if (!gc.TryGetValue(f, out var theirs)) mismatches.Add($"{f}: no gc dump");
            else if (ours != theirs) mismatches.Add($"{f}:\n{Dumps.FirstDifference(theirs, ours)}");
        }
        output.WriteLine($"compared {files.Count} files ({withErrors} with syntax errors) with gc's parser");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} differ:\n" + string.Join("\n", mismatches.Take(10)));
    }
}
