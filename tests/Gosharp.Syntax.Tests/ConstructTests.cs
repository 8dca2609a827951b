using Gosharp.Compiler.Syntax;
using Gosharp.Syntax.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Syntax.Tests;

/// <summary>
/// Every construct of the language (Support/Corpus.cs) parses without error into the tree gc's
/// parser builds: same nodes, fields, positions, groups and directives (compared with gc's own
/// parser through GcDump).
/// </summary>
public class ConstructTests
{
    private static readonly Lazy<Dictionary<string, string>> oracle = new(() =>
    {
        using var dir = new TempDir("gosharp-syntax-corpus");
        foreach (var (name, text) in Corpus.Programs)
            dir.Write(FileName(name), text);
        return GcOracle.Dump(dir.Path, Corpus.Programs.Keys.Select(FileName).ToList());
    });

    private static string FileName(string name) => name.Replace(' ', '_') + ".go";

    public static TheoryData<string> Names() => new(Corpus.Programs.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void ParsesLikeGc(string name)
    {
        var gc = oracle.Value;
        var file = FileName(name);
        var r = GoParser.ParseFile(file, Corpus.Programs[name]);
        Assert.Empty(r.Diagnostics);
        var ours = Dumps.Of(r);
        Assert.True(gc[file] == ours, Dumps.FirstDifference(gc[file], ours));
    }
}
