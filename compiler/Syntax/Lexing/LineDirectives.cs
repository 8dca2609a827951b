using System.Globalization;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>
/// The positions a file's line directives give its text (cmd/compile's doc, "Line directives"):
/// <c>//line file:line</c>, <c>//line file:line:col</c> (at the start of a line; they name the
/// first character of the next line), <c>/*line file:line*/</c> and <c>/*line file:line:col*/</c>
/// (anywhere; they name the character after the comment). <c>:line:col</c> keeps the current
/// file name; <c>:line</c> alone means the empty name. Without a column, columns are unknown
/// (printed as none) until the next directive; with one, the column counts from the directive's
/// on its own line, and is the physical one on later lines.
/// <para>
/// The lexer adds directives as it meets them; every position of the file (tokens, errors,
/// directives) is made by <see cref="Map(int, int)"/> from its physical line and byte column.
/// </para>
/// </summary>
public sealed class LineDirectives(string fileName)
{
    /// <summary>gc's largest line or column number (syntax.PosMax).</summary>
    private const ulong PosMax = 1 << 30;

    // A directive's effect: from physical (PhysLine, PhysCol) on, positions count from (File, Line, Col).
    private readonly record struct Base(int PhysLine, int PhysCol, string File, int Line, int Col);

    private readonly List<Base> bases = [];   // in source order

    public string FileName => fileName;

    /// <summary>The position of physical line <paramref name="line"/>, byte column <paramref name="col"/> (both 1-based).</summary>
    public SourcePos Map(int line, int col)
    {
        int i = Find(line, col);
        if (i < 0) return new SourcePos(fileName, line, col);
        var b = bases[i];
        int relCol = b.Col == 0 ? 0 : line == b.PhysLine ? b.Col + (col - b.PhysCol) : col;
        return new SourcePos(b.File, b.Line + (line - b.PhysLine), relCol);
    }

    /// <summary>Maps a physical position of this file (others are returned as they are).</summary>
    public SourcePos Map(SourcePos physical) =>
        bases.Count == 0 || physical.File != fileName ? physical : Map(physical.Line, physical.Col);

    // The last directive in effect at (line, col), or -1.
    private int Find(int line, int col)
    {
        int lo = 0, hi = bases.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            var b = bases[mid];
            if (b.PhysLine < line || b.PhysLine == line && b.PhysCol <= col)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    /// <summary>
    /// Reads the text of a line directive (after "line "), which is at physical line
    /// <paramref name="textLine"/>, byte column <paramref name="textCol"/>, and makes it apply from
    /// (<paramref name="atLine"/>, <paramref name="atCol"/>). Text without a colon is no directive;
    /// a bad line or column number is an error (gc's words) and the directive is ignored.
    /// </summary>
    internal void Add(string text, int textLine, int textCol, int atLine, int atCol, List<Diagnostic> errors)
    {
        // gc reads the text from the back: ":col" and ":line" are peeled off if they are numbers;
        // the rest, colons and blanks included, is the file name.
        var (i, n, ok) = TrailingNumber(text);
        if (i == 0) return;
        if (!ok)
        {
            errors.Add(new Diagnostic(Map(textLine, textCol + Bytes(text, i)), "invalid line number: " + text[i..]));
            return;
        }
        ulong line, col = 0;
        var (i2, n2, ok2) = TrailingNumber(text[..(i - 1)]);
        if (ok2)
        {
            // file:line:col
            (i, i2) = (i2, i);
            (line, col) = (n2, n);
            if (col == 0 || col > PosMax)
            {
                errors.Add(new Diagnostic(Map(textLine, textCol + Bytes(text, i2)), "invalid column number: " + text[i2..]));
                return;
            }
            text = text[..(i2 - 1)];
        }
        else
        {
            line = n;
        }
        if (line == 0 || line > PosMax)
        {
            errors.Add(new Diagnostic(Map(textLine, textCol + Bytes(text, i)), "invalid line number: " + text[i..]));
            return;
        }
        var file = text[..(i - 1)];
        if (file == "" && ok2) file = bases.Count > 0 ? bases[^1].File : fileName;
        bases.Add(new Base(atLine, atCol, file, (int)line, (int)col));
    }

    // Columns count bytes: the UTF-8 length of text's first n characters.
    private static int Bytes(string text, int n) => System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, n));

    // The index after the last colon of text (0 when there is none) and the number after it,
    // if that is one (decimal digits only, as strconv.ParseUint(s, 10, 0)).
    private static (int Index, ulong Value, bool Ok) TrailingNumber(string text)
    {
        int colon = text.LastIndexOf(':');
        if (colon < 0) return (0, 0, false);
        var digits = text[(colon + 1)..];
        bool ok = ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        return (colon + 1, value, ok);
    }
}
