using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Lexing;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// ANTLR's default error recovery, reporting every error in gc's words (see GcSyntaxMessages)
/// instead of ANTLR's ("mismatched input ... expecting ..."), into <paramref name="errors"/>.
/// <paramref name="earlier"/> holds the errors already found (the lexer's), and
/// <paramref name="badSource"/> says whether the file's bytes had errors.
/// </summary>
internal sealed class GcErrorStrategy(LineDirectives lines, List<Diagnostic> errors, List<Diagnostic> earlier, bool badSource) : DefaultErrorStrategy
{
    /// <summary>Whether the parser met an error (even one not reported, as at EOF after another).</summary>
    public bool Failed { get; private set; }

    /// <summary>The index of the token at which the first error was met (-1: none).</summary>
    public int FirstErrorToken { get; private set; } = -1;

    private void Report(Parser parser, IToken offending, IntervalSet? expected)
    {
        Failed = true;
        if (FirstErrorToken < 0) FirstErrorToken = offending.TokenIndex;
        // Like gc, no complaints about the end of the file after an earlier error.
        if (offending.Type == TokenConstants.EOF && (errors.Count > 0 || earlier.Count > 0 || badSource)) return;
        var message = GcSyntaxMessages.Compose(parser, offending, expected);
        errors.Add(new Diagnostic(lines.Map(offending.Line, offending.Column + 1), "syntax error: " + message));
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        Report(recognizer, e.OffendingToken, SafeExpected(recognizer, e));

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        Report(recognizer, e.OffendingToken, SafeExpected(recognizer, e));

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        Report(recognizer, e.OffendingToken, SafeExpected(recognizer, e));

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Report(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        Report(recognizer, recognizer.CurrentToken, recognizer.GetExpectedTokens());
    }

    private static IntervalSet? SafeExpected(Parser recognizer, RecognitionException e)
    {
        try
        {
            return e.GetExpectedTokens();
        }
        catch (ArgumentException)
        {
            return recognizer.GetExpectedTokens();
        }
    }
}
