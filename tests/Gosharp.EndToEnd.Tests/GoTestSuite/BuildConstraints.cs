using Gosharp.Common.Diagnostics;

namespace Gosharp.EndToEnd.Tests.GoTestSuite;

/// <summary>
/// Whether a test file's build constraints (`//go:build EXPR` or `// +build A,B C` lines before the
/// package clause) select linux/arm64 with gc 1.19 and no cgo: run.go skips the files they exclude,
/// such as the 32-bit-only fixedbugs/bug385_32.go. Expressions are gosharp's own evaluator with
/// these tags (gc's, not gosharp's: "gc", and go1.N up to 1.19).
/// </summary>
public static class BuildConstraints
{
    private static bool Tag(string tag) => tag switch
    {
        "linux" or "arm64" or "unix" or "gc" => true,
        _ when tag.StartsWith("go1.") && int.TryParse(tag[4..], out var minor) => minor <= 19,
        _ => false,
    };

    public static bool MatchesTarget(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("package ")) break;
            if (line.StartsWith("//go:build ")) return Cli.Build.BuildConstraints.Evaluate(line["//go:build ".Length..], new SourcePos(path, 1, 1), Tag);
            // Old form: space-separated alternatives of comma-separated conjunctions; all lines must hold.
            if (line.StartsWith("// +build ") && !line["// +build ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Any(alt => alt.Split(',').All(t => t.StartsWith('!') ? !Tag(t[1..]) : Tag(t))))
                return false;
        }
        return true;
    }
}
