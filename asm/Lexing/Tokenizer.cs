using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Lexing;

/// <summary>
/// Splits one file's text into tokens the way gc's asm lexer does: Go's literals and comments,
/// newlines as tokens (they end statements), identifiers that may contain <c>·</c> (U+00B7) and
/// <c>∕</c> (U+2215), and the shift operators <c>&lt;&lt; &gt;&gt; -&gt; @&gt;</c>.
/// Positions follow <c>#line</c> directives: <see cref="SetLine"/> remaps the lines after it.
/// </summary>
public sealed class Tokenizer
{
    private readonly string text;
    private int pos;
    private int physicalLine = 1;
    private string logicalFile;
    private int lineDelta;
    private readonly DiagnosticBag diags;
    // Names and numbers repeat all over a file (R1, MOVD, 8): each distinct one is one string.
    private readonly HashSet<string> words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wordLookup;

    public Tokenizer(string fileName, string text, DiagnosticBag diags)
    {
        FileName = fileName;
        logicalFile = fileName;
        this.text = text;
        this.diags = diags;
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private string Word(int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        if (wordLookup.TryGetValue(span, out var s)) return s;
        s = span.ToString();
        words.Add(s);
        return s;
    }

    /// <summary>The file this tokenizer reads (not remapped by <c>#line</c>); includes are searched beside it.</summary>
    public string FileName { get; }

    public SourcePos CurrentPos => new(logicalFile, physicalLine + lineDelta);

    /// <summary>
    /// <c>#line N "file"</c>: the line about to be read (the one after the directive, whose newline
    /// has been consumed) is line N of file.
    /// </summary>
    public void SetLine(int line, string? file)
    {
        lineDelta = line - physicalLine;
        if (file != null) logicalFile = file;
    }

    public Token Next()
    {
        bool space = false;
        while (true)
        {
            if (pos >= text.Length) return new Token(TokenKind.EndOfFile, "", CurrentPos, space);
            char c = text[pos];
            if (c is ' ' or '\t' or '\r' or '\f' or '\v') { pos++; space = true; continue; }
            if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '/')
            {
                while (pos < text.Length && text[pos] != '\n') pos++;
                space = true;
                continue;
            }
            if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '*')
            {
                var start = CurrentPos;
                int end = text.IndexOf("*/", pos + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    diags.Add(start, "comment not terminated");
                    end = text.Length - 2;
                }
                for (int i = pos; i < end; i++) if (text[i] == '\n') physicalLine++;
                pos = end + 2;
                space = true;
                continue;
            }
            break;
        }

        var p = CurrentPos;
        char ch = text[pos];
        if (ch == '\n')
        {
            pos++;
            var tok = new Token(TokenKind.Newline, "\n", p, space);
            physicalLine++;
            return tok;
        }
        if (IsIdentStart(ch))
        {
            int start = pos++;
            while (pos < text.Length && IsIdentPart(text[pos])) pos++;
            return new Token(TokenKind.Ident, Word(start, pos), p, space);
        }
        if (char.IsAsciiDigit(ch) || (ch == '.' && pos + 1 < text.Length && char.IsAsciiDigit(text[pos + 1])))
            return Number(p, space);
        switch (ch)
        {
            case '"': return Quoted('"', TokenKind.String, p, space);
            case '\'': return Quoted('\'', TokenKind.Char, p, space);
            case '`':
            {
                int start = pos++;
                while (pos < text.Length && text[pos] != '`')
                {
                    if (text[pos] == '\n') physicalLine++;
                    pos++;
                }
                if (pos >= text.Length) diags.Add(p, "raw string literal not terminated");
                else pos++;
                return new Token(TokenKind.String, text[start..pos], p, space);
            }
        }
        pos++;
        if (pos < text.Length)
        {
            char n = text[pos];
            TokenKind? two = (ch, n) switch
            {
                ('<', '<') => TokenKind.ShiftLeft,
                ('>', '>') => TokenKind.ShiftRight,
                ('-', '>') => TokenKind.Arrow,
                ('@', '>') => TokenKind.Rotate,
                _ => null,
            };
            if (two is { } k)
            {
                pos++;
                return new Token(k, text.Substring(pos - 2, 2), p, space);
            }
        }
        return new Token(TokenKind.Punct, PunctText(ch), p, space);
    }

    private static readonly string[] AsciiPunct = Enumerable.Range(0, 128).Select(i => ((char)i).ToString()).ToArray();
    private static string PunctText(char c) => c < 128 ? AsciiPunct[c] : c.ToString();

    public static bool IsIdentStart(char c) => char.IsLetter(c) || c == '_' || c == '\u00B7' || c == '\u2215';
    public static bool IsIdentPart(char c) => IsIdentStart(c) || char.IsDigit(c);

    private Token Number(SourcePos p, bool space)
    {
        int start = pos;
        bool isFloat = false;
        if (text[pos] == '0' && pos + 1 < text.Length && (text[pos + 1] | 0x20) is 'x' or 'b' or 'o')
        {
            pos += 2;
            while (pos < text.Length && (char.IsAsciiHexDigit(text[pos]) || text[pos] == '_')) pos++;
        }
        else
        {
            while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == '_')) pos++;
            if (pos < text.Length && text[pos] == '.')
            {
                isFloat = true;
                pos++;
                while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
            }
            if (pos < text.Length && (text[pos] | 0x20) == 'e')
            {
                int save = pos;
                pos++;
                if (pos < text.Length && text[pos] is '+' or '-') pos++;
                if (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    isFloat = true;
                    while (pos < text.Length && char.IsAsciiDigit(text[pos])) pos++;
                }
                else pos = save;
            }
        }
        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, Word(start, pos), p, space);
    }

    private Token Quoted(char quote, TokenKind kind, SourcePos p, bool space)
    {
        int start = pos++;
        while (pos < text.Length && text[pos] != quote && text[pos] != '\n')
        {
            if (text[pos] == '\\' && pos + 1 < text.Length && text[pos + 1] != '\n') pos++;
            pos++;
        }
        if (pos >= text.Length || text[pos] != quote)
        {
            diags.Add(p, kind == TokenKind.String ? "string literal not terminated" : "rune literal not terminated");
            return new Token(kind, text[start..pos] + quote, p, space);
        }
        pos++;
        return new Token(kind, text[start..pos], p, space);
    }
}
