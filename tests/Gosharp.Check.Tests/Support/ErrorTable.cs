namespace Gosharp.Check.Tests.Support;

/// <summary>
/// A program of testdata/errors with the errors it must produce. The file ends with comment blocks:
/// <c>// ERRORS</c> (the errors gosharp must report, one per line as "LINE:COL: message"; a line
/// starting with a tab continues the previous message) and, where gc 1.19 words them differently,
/// <c>// GC1.19</c> (exactly what gc 1.19 prints).
/// </summary>
public sealed record ErrorTable(string Name, string Path, string Source, IReadOnlyList<string> Expected, IReadOnlyList<string> Gc119)
{
    public static IEnumerable<string> Files() =>
        Directory.GetFiles(CheckRunner.TestData("errors"), "*.go").Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static ErrorTable Load(string name)
    {
        var path = CheckRunner.TestData("errors", name);
        var text = File.ReadAllText(path);
        var lines = text.Split('\n');
        var expected = new List<string>();
        var gc = new List<string>();
        List<string>? current = null;
        foreach (var raw in lines)
        {
            if (raw.StartsWith("// ERRORS", StringComparison.Ordinal)) { current = expected; continue; }
            if (raw.StartsWith("// GC1.19", StringComparison.Ordinal)) { current = gc; continue; }
            if (current == null || !raw.StartsWith("// ", StringComparison.Ordinal)) continue;
            var body = raw[3..];
            if (body.StartsWith('\t') && current.Count > 0) current[^1] += "\n" + body;
            else current.Add($"{name}:{body}");
        }
        return new ErrorTable(name, path, text, expected, gc.Count > 0 ? gc : expected);
    }
}
