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
/// is "newline" (or "EOF"), positioned as gc's;</item>
/// <item>drops white space and comments, collecting <c>//go:</c> directives;</item>
/// <item>checks literals, identifiers and invalid characters, reporting gc's lexical errors.</item>
/// </list>
/// </summary>
public abstract class GoLexerBase : Lexer
{
    private bool nlsemi;        // a newline here would be a semicolon
    private int lastEndLine;    // the line where the last token or comment ended (0 before any)
    private string fileName = "";
    private List<Diagnostic> errors = [];
    private List<LexedDirective> directives = [];
    private HashSet<int> badLiterals = [];
    private readonly List<NumberLiteral.Error> scratch = [];

    protected GoLexerBase(ICharStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <summary>Where this lexer reports: the file name for positions, and the lists it fills.</summary>
    internal void Attach(string fileName, List<Diagnostic> errors, List<LexedDirective> directives, HashSet<int> badLiterals)
    {
        this.fileName = fileName;
        this.errors = errors;
        this.directives = directives;
        this.badLiterals = badLiterals;
        RemoveErrorListeners();
    }

    private ByteCharStream Bytes => (ByteCharStream)InputStream;

    private SourcePos PosOf(IToken t, int offset = 0) => new(fileName, t.Line, t.Column + 1 + offset);

    public override IToken NextToken()
    {
        while (true)
        {
            var t = base.NextToken();
            switch (t.Type)
            {
                case GoLexer.NEWLINE:
                    if (nlsemi)
                    {
                        nlsemi = false;
                        return Semicolon(t, "newline");
                    }
                    continue;

                case GoLexer.LINE_COMMENT:
                    Directive(t);
                    lastEndLine = Line;
                    continue;

                case GoLexer.BLOCK_COMMENT:
                case GoLexer.UNTERMINATED_COMMENT:
                {
                    if (t.Type == GoLexer.UNTERMINATED_COMMENT) errors.Add(new(PosOf(t), "comment not terminated"));
                    bool spansLines = Line > t.Line;
                    lastEndLine = Line;
                    if (spansLines && nlsemi)
                    {
                        // A comment spanning lines acts like a newline, at the comment.
                        nlsemi = false;
                        return Semicolon(t, "newline");
                    }
                    continue;
                }

                case TokenConstants.EOF:
                    if (nlsemi)
                    {
                        nlsemi = false;
                        return Semicolon(t, "EOF");
                    }
                    return t;

                case GoLexer.INVALID:
                    InvalidCharacter(t);
                    continue;

                case GoLexer.LITERAL:
                case GoLexer.UNTERMINATED_RUNE:
                case GoLexer.UNTERMINATED_STRING:
                case GoLexer.UNTERMINATED_RAW_STRING:
                    CheckLiteral(t);
                    nlsemi = true;
                    break;

                case GoLexer.IDENTIFIER:
                    if (t.StopIndex - t.StartIndex >= 0 && HasNonAscii(t)) CheckIdentifier(t);
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
    }

    private IToken Semicolon(IToken at, string text) =>
        new CommonToken(new Tuple<ITokenSource, ICharStream>(this, (ICharStream)InputStream), GoLexer.SEMI,
            TokenConstants.DefaultChannel, at.StartIndex, at.Type == TokenConstants.EOF ? at.StartIndex - 1 : at.StartIndex)
        {
            Line = at.Line,
            Column = at.Column,
            Text = text,
        };

    private void Directive(IToken t)
    {
        var bytes = Bytes.Bytes(t.StartIndex, t.StopIndex);
        if (bytes.Length < 5 || !bytes[2..].StartsWith("go:"u8)) return;
        var text = Bytes.GetText(new Antlr4.Runtime.Misc.Interval(t.StartIndex + 2, t.StopIndex)).TrimEnd('\r');
        bool ownLine = t.Line > lastEndLine;
        directives.Add(new LexedDirective(t.StartIndex, new Pragma(PosOf(t, 2), text, ownLine)));
    }

    private void InvalidCharacter(IToken t)
    {
        int b = Bytes.Bytes(t.StartIndex, t.StartIndex)[0];
        if (b == 0) return;   // reported with the file's other NUL characters
        errors.Add(new(PosOf(t), $"invalid character {GoTextFormat.UnicodeWithChar(b)}"));
    }

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
        return new SourcePos(fileName, t.Line + bytes.Count((byte)'\n'), offset - nl);
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
                errors.Add(new(PosOf(t, i), "invalid BOM in the middle of the file"));
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
