using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// gc's reporting policy (cmd/compile/internal/base.ErrorfAt): errors in source order, at most
/// one syntax error per line, equal other errors on a line only once, and after the tenth error
/// "too many errors" at its position, and nothing more.
/// </summary>
public static class GcErrorLimits
{
    public const int MaxErrors = 10;

    public static List<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics)
    {
        var sorted = diagnostics
            .Select((d, i) => (d, i))
            .OrderBy(x => x.d.Pos?.File, StringComparer.Ordinal)
            .ThenBy(x => x.d.Pos?.Line ?? 0)
            .ThenBy(x => x.d.Pos?.Col ?? 0)
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
            if (result.Count >= MaxErrors)
            {
                result.Add(new Diagnostic(d.Pos, "too many errors"));
                break;
            }
        }
        return result;
    }

    private static bool SameLine(SourcePos? a, SourcePos? b) =>
        a is { } x && b is { } y && x.File == y.File && x.Line == y.Line;
}
