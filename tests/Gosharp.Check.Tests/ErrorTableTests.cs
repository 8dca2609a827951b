using Gosharp.Check.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// The table of invalid programs (testdata/errors): gosharp reports exactly gc's errors, at gc's
/// positions. The expected messages were taken from gc 1.19 (GcErrorTableOracleTests keeps them honest)
/// and rewritten where Go 1.22's wording differs.
/// </summary>
public class ErrorTableTests
{
    public static TheoryData<string> Programs => new(ErrorTable.Files());

    [Theory]
    [MemberData(nameof(Programs))]
    public void ReportsGcErrors(string name)
    {
        var t = ErrorTable.Load(name);
        var got = CheckRunner.Check((name, t.Source)).Messages;
        Assert.Equal(string.Join("\n", t.Expected), string.Join("\n", got));
    }

    [Fact]
    public void TableCoversManyErrorKinds()
    {
        var total = ErrorTable.Files().Sum(f => ErrorTable.Load(f).Expected.Count);
        Assert.True(total > 300, $"only {total} expected errors in the table");
    }
}

/// <summary>gc 1.19 (the oracle) still prints what the table says it prints (GC1.19 blocks, or the ERRORS block where it agrees).</summary>
public class GcErrorTableOracleTests
{
    public static TheoryData<string> Programs => new(ErrorTable.Files());

    [Theory]
    [MemberData(nameof(Programs))]
    public void Gc119PrintsTheRecordedErrors(string name)
    {
        var go = Oracles.Require(Oracles.Go);
        var t = ErrorTable.Load(name);
        using var dir = new TempDir("gosharp-check");
        var src = dir.Write(name, t.Source);
        // Never -o /dev/null: gc removes its output file on errors (and may run as root).
        // gc 1.19 picks where it starts printing an initialization cycle in map order, so one run in
        // ten or so lists the cycle of e41 from another object: the recorded text must be one of gc's runs.
        var want = string.Join("\n", t.Gc119);
        string got = "";
        for (int run = 0; run < 8 && got != want; run++)
        {
            var r = Proc.Run(go, ["tool", "compile", "-e", "-p", "main", "-o", dir.File("out.o"), name], workDir: dir.Path);
            got = (r.Stdout + r.Stderr).TrimEnd('\n');
        }
        Assert.Equal(want, got);
        _ = src;
    }
}
