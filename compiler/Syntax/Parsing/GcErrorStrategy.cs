using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Lexing;
using P = Gosharp.Compiler.Syntax.Generated.GoParser;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// ANTLR's default error recovery, reporting every error in gc's words (see GcSyntaxMessages)
/// instead of ANTLR's ("mismatched input ... expecting ..."), into <paramref name="errors"/>.
/// Where gc's parser recovers in its own way (GcRecovery: statement lists, switch and select
/// bodies, lists, the top level), its recovery replaces ANTLR's, so that the errors after the
/// first are gc's.
/// <paramref name="earlier"/> holds the errors already found (the lexer's), and
/// <paramref name="badSource"/> says whether the file's bytes had errors.
/// </summary>
internal sealed class GcErrorStrategy(LineDirectives lines, List<Diagnostic> errors, List<Diagnostic> earlier, bool badSource) : DefaultErrorStrategy
{
    /// <summary>Whether the parser met an error (even one not reported, as at EOF after another).</summary>
    public bool Failed { get; private set; }

    /// <summary>The index of the token at which the first error was met (-1: none).</summary>
    public int FirstErrorToken { get; private set; } = -1;

    /// <summary>
    /// The errors reported at the end of the file. gc reports none after an earlier error; an
    /// earlier error the AST builder finds later (a bad if header) removes them then.
    /// </summary>
    public List<Diagnostic> AtEof { get; } = [];

    // Set when gc's recovery abandons the rule being parsed: ANTLR's Recover must not skip more.
    private bool abandoned;

    public override void Sync(Parser recognizer)
    {
        if (GcRecovery.Sync(recognizer, this)) return;
        base.Sync(recognizer);
    }

    public override void Recover(Parser recognizer, RecognitionException e)
    {
        if (abandoned)
        {
            abandoned = false;
            return;
        }
        base.Recover(recognizer, e);
    }

    /// <summary>Reports an error gc's recovery found (whatever ANTLR's recovery mode), in gc's words.</summary>
    internal void ReportAt(Parser parser, IToken offending, string? message = null)
    {
        Failed = true;
        if (FirstErrorToken < 0) FirstErrorToken = offending.TokenIndex;
        if (offending.Type == TokenConstants.EOF && (errors.Count > 0 || earlier.Count > 0 || badSource)) return;
        message ??= GcSyntaxMessages.Compose(parser, offending, null);
        Add(offending, message);
    }

    /// <summary>
    /// Leaves the rule being parsed without matching more (gc's list() returning after an error):
    /// the exception makes the rule return, and ANTLR neither reports it nor skips tokens.
    /// </summary>
    internal Exception Abandon(Parser recognizer)
    {
        BeginErrorCondition(recognizer);
        abandoned = true;
        return new InputMismatchException(recognizer);
    }

    /// <summary>Starts ANTLR's recovery mode, in which skipped tokens become error nodes.</summary>
    internal void Begin(Parser recognizer)
    {
        Failed = true; // even when gc skips without a report of its own
        BeginErrorCondition(recognizer);
    }

    private void Report(Parser parser, IToken offending, IntervalSet? expected)
    {
        Failed = true;
        if (FirstErrorToken < 0) FirstErrorToken = offending.TokenIndex;
        // Like gc, no complaints about the end of the file after an earlier error.
        if (offending.Type == TokenConstants.EOF && (errors.Count > 0 || earlier.Count > 0 || badSource)) return;
        Add(offending, GcSyntaxMessages.Compose(parser, offending, expected));
    }

    private void Add(IToken offending, string message)
    {
        var d = new Diagnostic(lines.Map(offending.Line, offending.Column + 1), "syntax error: " + message);
        errors.Add(d);
        if (offending.Type == TokenConstants.EOF) AtEof.Add(d);
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
