using Antlr4.Runtime;
using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Syntax.Ast;
using Gosharp.Compiler.Syntax.Generated;

namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>
/// The hand-written half of the lexer: the generated GoLexer derives from it. It
/// <list type="bullet">
/// <item>inserts semicolons as the spec says: after a line's last token when that is an
/// identifier, a literal, one of <c>break continue fallthrough return ++ -- ) ] }</c>, a
/// newline (or a comment spanning lines, or the end of the file) becomes a SEMI token whose text
/// is "newline" (or "EOF"), positioned as gc's (at the newline, the comment, the end);</item>
/// <item>drops comments (through the actions of the comment rules, without making tokens),
/// collecting <c>//go:</c> directives and applying line directives (<see cref="LineDirectives"/>,
/// through which every position it makes goes);</item>
/// <item>checks literals, identifiers and invalid characters, reporting gc's lexical errors.</item>
/// </list>
/// </summary>
public abstract class GoLexerBase : Lexer
{
    private bool nlsemi;                // a newline here would be a semicolon
    private bool implicitSemicolon;     // the token being made is a semicolon from a newline
    private int lastEndLine;    // the line where the last token or comment ended (0 before any)
    private List<Diagnostic> errors = [];
    private List<LexedDirective> directives = [];
    private HashSet<int> badLiterals = [];
    private LineDirectives lines = new("");
    private readonly List<NumberLiteral.Error> scratch = [];

    protected GoLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <summary>Where this lexer reports: the file name for positions, and the lists it fills.</summary>
    internal void Attach(LineDirectives lines, List<Diagnostic> errors, List<LexedDirective> directives, HashSet<int> badLiterals)
    {
        this.lines = lines;
        this.errors = errors;
        this.directives = directives;
        this.badLiterals = badLiterals;
        RemoveErrorListeners();
    }

    private ByteCharStream Bytes => (ByteCharStream)InputStream;

    private SourcePos PosOf(IToken t, int offset = 0) => lines.Map(t.Line, t.Column + 1 + offset);

    /// <summary>
    /// For each of the first four tokens (<c>package name ;</c> and the token after), the number
    /// of errors reported by the time it was read and its last byte (int.MaxValue for the end
    /// of the file): gc gives up on a file whose package clause has errors, reporting only
    /// those its scanner met until then.
    /// </summary>
    internal List<(int Errors, int EndOffset)> FirstTokens { get; } = [];

    public override IToken NextToken()
    {
        var t = Next();
        if (FirstTokens.Count < 4)
            FirstTokens.Add((errors.Count, t.Type == TokenConstants.EOF ? int.MaxValue : t.StopIndex));
        return t;
    }

    private IToken Next()
    {
        implicitSemicolon = false;
        var t = base.NextToken();
        // A byte order mark after the start of the file was reported (SourcePrescan); alone
        // between tokens it is nothing, as in gc's source reader (it lexes as an identifier).
        while (t.Type == GoLexer.IDENTIFIER && IsOnlyBoms(t))
        {
            implicitSemicolon = false;
            t = base.NextToken();
        }
        switch (t.Type)
        {
            case TokenConstants.EOF:
                if (nlsemi)
                {
                    nlsemi = false;
                    return Semicolon(t, "EOF");
                }
                return t;

            case GoLexer.SEMI:
                nlsemi = false;
                if (implicitSemicolon) return t;   // from a newline: the line has ended already
                break;

            case GoLexer.LITERAL:
            case GoLexer.UNTERMINATED_RUNE:
            case GoLexer.UNTERMINATED_STRING:
            case GoLexer.UNTERMINATED_RAW_STRING:
                CheckLiteral(t);
                nlsemi = true;
                break;

            case GoLexer.IDENTIFIER:
                if (HasNonAscii(t)) CheckIdentifier(t);
                nlsemi = true;
                break;

            case GoLexer.BREAK:
            case GoLexer.CONTINUE:
            case GoLexer.FALLTHROUGH:
            case GoLexer.RETURN:
            case GoLexer.INC:
            case GoLexer.DEC:
            case GoLexer.RPAREN:
            case GoLexer.RBRACK:
            case GoLexer.RBRACE:
                nlsemi = true;
                break;

            default:
                nlsemi = false;
                break;
        }
        lastEndLine = Line;
        return t;
    }

    // ----------------------------------------------------------------------------------------
    // Actions of the white space and comment rules (the current token is the one just matched).

    private SourcePos TokenStart(int offset = 0) => lines.Map(TokenStartLine, TokenStartColumn + 1 + offset);

    /// <summary>A newline: a semicolon after a line's last token if that allows one, else nothing.</summary>
    protected void Newline()
    {
        if (nlsemi) BecomeSemicolon();
        else Skip();
    }

    /// <summary>
    /// A // comment: reads a //go: directive or a //line directive (only at the start of a line),
    /// then drops the comment (the newline after it decides about a semicolon).
    /// </summary>
    protected void LineComment()
    {
        int start = TokenStartCharIndex;
        var bytes = Bytes.Bytes(start, CharIndex - 1);
        if (TokenStartColumn == 0 && bytes[2..].StartsWith("line "u8))
        {
            var text = Bytes.GetText(new Antlr4.Runtime.Misc.Interval(start + 7, CharIndex - 1));
            if (text.EndsWith('\r')) text = text[..^1];
            lines.Add(text, TokenStartLine, TokenStartColumn + 8, TokenStartLine + 1, 1, errors);
        }
        else if (bytes.Length >= 5 && bytes[2..].StartsWith("go:"u8))
        {
            var text = Bytes.GetText(new Antlr4.Runtime.Misc.Interval(start + 2, CharIndex - 1)).TrimEnd('\r');
            bool ownLine = TokenStartLine > lastEndLine;
            directives.Add(new LexedDirective(start, new Pragma(TokenStart(2), text, ownLine)));
        }
        lastEndLine = Line;
        Skip();
    }

    /// <summary>
    /// A /* */ comment: reads a /*line */ directive; one spanning lines acts like a newline (a
    /// semicolon, at the comment).
    /// </summary>
    protected void BlockComment(bool unterminated)
    {
        if (unterminated) errors.Add(new(TokenStart(), "comment not terminated"));
        int start = TokenStartCharIndex, length = CharIndex - start;
        if (!unterminated && Bytes.Bytes(start, CharIndex - 1)[2..].StartsWith("line "u8))
        {
            // It applies right after the comment (gc's rule even for one spanning lines, whose
            // text then rarely reads as a directive).
            var text = Bytes.GetText(new Antlr4.Runtime.Misc.Interval(start + 7, CharIndex - 3));
            lines.Add(text, TokenStartLine, TokenStartColumn + 8, TokenStartLine, TokenStartColumn + 1 + length, errors);
        }
        bool spansLines = Line > TokenStartLine;
        lastEndLine = Line;
        if (spansLines && nlsemi) BecomeSemicolon();
        else Skip();
    }

    /// <summary>Reports an invalid character (NUL characters were reported with the file) and drops it.</summary>
    protected void InvalidCharacter()
    {
        int b = Bytes.Bytes(TokenStartCharIndex, TokenStartCharIndex)[0];
        if (b != 0) errors.Add(new(TokenStart(), $"invalid character {GoTextFormat.UnicodeWithChar(b)}"));
        Skip();
    }

    private void BecomeSemicolon()
    {
        nlsemi = false;
        implicitSemicolon = true;
        Type = GoLexer.SEMI;
        Text = "newline";
    }

    // The semicolon before the end of the file, at the end of the file.
    private IToken Semicolon(IToken eof, string text) =>
        new CommonToken(new Tuple<ITokenSource, ICharStream>(this, (ICharStream)InputStream), GoLexer.SEMI,
            TokenConstants.DefaultChannel, eof.StartIndex, eof.StartIndex - 1)
        {
            Line = eof.Line,
            Column = eof.Column,
            Text = text,
        };

    private void CheckLiteral(IToken t)
    {
        var text = Bytes.Bytes(t.StartIndex, t.StopIndex);
        scratch.Clear();
        if (text[0] is >= (byte)'0' and <= (byte)'9' or (byte)'.')
        {
            NumberLiteral.Scan(text, out var error);
            if (error is { } e) scratch.Add(e);
        }
        else
        {
            var ending = QuotedLiteral.Ending.Closed;
            if (t.Type != GoLexer.LITERAL)
            {
                ending = InputStream.LA(1) == '\n' ? QuotedLiteral.Ending.Newline : QuotedLiteral.Ending.Eof;
                ((CommonToken)t).Type = GoLexer.LITERAL;
            }
            // Only strings and runes with a backslash or a missing quote can be wrong (and runes
            // whose length is not one byte).
            if (ending != QuotedLiteral.Ending.Closed || text.Contains((byte)'\\') || (text[0] == '\'' && text.Length != 3))
                QuotedLiteral.Check(text, ending, scratch);
        }
        if (scratch.Count == 0) return;
        badLiterals.Add(t.StartIndex);
        foreach (var e in scratch)
            errors.Add(new(PosOfOffset(t, e.Offset), e.Message));
    }

    // The position of a byte offset inside a token (which may span lines: raw strings).
    private SourcePos PosOfOffset(IToken t, int offset)
    {
        var bytes = Bytes.Bytes(t.StartIndex, t.StartIndex + offset - 1);
        int nl = bytes.LastIndexOf((byte)'\n');
        if (nl < 0) return PosOf(t, offset);
        return lines.Map(t.Line + bytes.Count((byte)'\n'), offset - nl);
    }

    private bool IsOnlyBoms(IToken t)
    {
        var bytes = Bytes.Bytes(t.StartIndex, t.StopIndex);
        for (int i = 0; i < bytes.Length; i += 3)
            if (!bytes[i..].StartsWith("\uFEFF"u8)) return false;
        return true;
    }

    private bool HasNonAscii(IToken t)
    {
        foreach (var b in Bytes.Bytes(t.StartIndex, t.StopIndex))
            if (b >= 0x80) return true;
        return false;
    }

    // gc accepts letters and digits of any script in identifiers; anything else is reported, and
    // the identifier is kept (so "x·y" is one bad name, as in gc).
    private void CheckIdentifier(IToken t)
    {
        var bytes = Bytes.Bytes(t.StartIndex, t.StopIndex);
        for (int i = 0; i < bytes.Length;)
        {
            var (rune, n) = GoTextFormat.DecodeRune(bytes, i);
            if (rune == 0xFFFD && n == 1 && bytes[i] >= 0x80)
            {
                // invalid UTF-8: reported for the whole file
            }
            else if (rune == 0xFEFF)
            {
                // reported for the whole file
            }
            else if (rune == '_' || System.Text.Rune.IsLetter(new System.Text.Rune(rune)))
            {
            }
            else if (System.Text.Rune.IsDigit(new System.Text.Rune(rune)))
            {
                if (i == 0) errors.Add(new(PosOf(t, i), $"identifier cannot begin with digit {GoTextFormat.UnicodeWithChar(rune)}"));
            }
            else
            {
                errors.Add(new(PosOf(t, i), $"invalid character {GoTextFormat.UnicodeWithChar(rune)} in identifier"));
            }
            i += n;
        }
    }
}
