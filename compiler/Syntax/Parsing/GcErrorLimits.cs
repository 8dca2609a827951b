using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// gc's reporting policy (cmd/compile/internal/base.ErrorfAt): errors in source order, at most
/// one syntax error per line, equal other errors on a line only once, and after the tenth error
/// "too many errors" at its position, and nothing more (unless there is no limit: gc's -e).
/// </summary>
public static class GcErrorLimits
{
    public const int MaxErrors = 10;

    public static List<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics, int maxErrors = MaxErrors) =>
        Apply(diagnostics.Select(d => (d, d.Pos)), maxErrors);

    /// <summary>
    /// Applies the policy to errors found in the order of their DetectedAt positions (where gc's
    /// parser would notice them, which for an error found at the end of a construct is after the
    /// position it reports); the result is sorted by position, as gc prints it.
    /// </summary>
    public static List<Diagnostic> Apply(IEnumerable<(Diagnostic Diagnostic, SourcePos? DetectedAt)> diagnostics, int maxErrors = MaxErrors)
    {
        var sorted = diagnostics
            .Select((x, i) => (d: x.Diagnostic, at: x.DetectedAt ?? x.Diagnostic.Pos, i))
            .OrderBy(x => x.at?.File, StringComparer.Ordinal)
            .ThenBy(x => x.at?.Line ?? 0)
            .ThenBy(x => x.at?.Col ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.d);
        var result = new List<Diagnostic>();
        SourcePos? lastSyntax = null, lastOther = null;
        string? lastMessage = null;
        foreach (var d in sorted)
        {
            if (d.Message.StartsWith("syntax error", StringComparison.Ordinal))
            {
                if (SameLine(lastSyntax, d.Pos)) continue;
                lastSyntax = d.Pos;
            }
            else
            {
                if (SameLine(lastOther, d.Pos) && lastMessage == d.Message) continue;
                lastOther = d.Pos;
                lastMessage = d.Message;
            }
            result.Add(d);
            if (result.Count >= maxErrors) break;
        }
        var ordered = result
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Pos?.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Pos?.Line ?? 0)
            .ThenBy(x => x.d.Pos?.Col ?? 0)
            .ThenBy(x => x.i)
            .Select(x => x.d)
            .ToList();
        if (result.Count >= maxErrors) ordered.Add(new Diagnostic(result[^1].Pos, "too many errors"));
        return ordered;
    }

    private static bool SameLine(SourcePos? a, SourcePos? b) =>
        a is { } x && b is { } y && x.File == y.File && x.Line == y.Line;
}
