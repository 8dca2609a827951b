namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>
/// Checks rune, string and raw string tokens with gc's messages and positions: escapes, the
/// number of characters in a rune, and a missing closing quote. Each problem is an error at a byte
/// offset from the token's start; <paramref name="offsetAfter"/>, the offset just past the token,
/// is where "newline in ..." errors go.
/// </summary>
public static class QuotedLiteral
{
    /// <summary>How a literal token ends.</summary>
    public enum Ending { Closed, Newline, Eof }

    public static void Check(ReadOnlySpan<byte> text, Ending ending, List<NumberLiteral.Error> errors)
    {
        switch (text[0])
        {
            case (byte)'\'': CheckRune(text, ending, errors); break;
            case (byte)'"': CheckString(text, ending, errors); break;
            default:
                if (ending != Ending.Closed) errors.Add(new(0, "string not terminated"));
                break;
        }
    }

    private static void CheckString(ReadOnlySpan<byte> text, Ending ending, List<NumberLiteral.Error> errors)
    {
        int end = ending == Ending.Closed ? text.Length - 1 : text.Length;
        for (int i = 1; i < end;)
        {
            if (text[i] == '\\')
                i = Escape(text, i, end, ending, '"', errors, out _);
            else
                i++;
        }
        if (ending == Ending.Newline) errors.Add(new(text.Length, "newline in string"));
        if (ending == Ending.Eof) errors.Add(new(0, "string not terminated"));
    }

    private static void CheckRune(ReadOnlySpan<byte> text, Ending ending, List<NumberLiteral.Error> errors)
    {
        int end = ending == Ending.Closed ? text.Length - 1 : text.Length;
        bool ok = true;
        int count = 0;
        for (int i = 1; i < end; count++)
        {
            if (text[i] == '\\')
            {
                i = Escape(text, i, end, ending, '\'', errors, out bool escOk);
                ok &= escOk;
            }
            else
            {
                i += GoTextFormat.DecodeRune(text, i).Length;
            }
        }
        if (!ok) return;
        switch (ending)
        {
            case Ending.Closed when count == 0:
                errors.Add(new(text.Length - 1, "empty rune literal or unescaped '"));
                break;
            case Ending.Closed when count != 1:
                errors.Add(new(0, "more than one character in rune literal"));
                break;
            case Ending.Newline:
                errors.Add(new(text.Length, "newline in rune literal"));
                break;
            case Ending.Eof:
                errors.Add(new(0, "rune literal not terminated"));
                break;
        }
    }

    // Checks the escape whose backslash is at offset i; returns the offset after it. An invalid
    // character in the escape is not consumed (as in gc's scanner).
    private static int Escape(ReadOnlySpan<byte> text, int i, int end, Ending ending, char quote,
        List<NumberLiteral.Error> errors, out bool ok)
    {
        ok = true;
        int p = i + 1;
        if (p >= end)
        {
            // The token ended after the backslash: at EOF gc complains about the literal only;
            // before a newline the newline itself is the unknown escape.
            if (ending == Ending.Newline) { errors.Add(new(p, "unknown escape")); ok = false; }
            return p;
        }
        byte c = text[p];
        int digits, radix;
        long max;
        switch (c)
        {
            case (byte)'a' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t' or (byte)'v' or (byte)'\\':
                return p + 1;
            case >= (byte)'0' and <= (byte)'7':
                digits = 3; radix = 8; max = 255;
                break;
            case (byte)'x':
                p++; digits = 2; radix = 16; max = 255;
                break;
            case (byte)'u':
                p++; digits = 4; radix = 16; max = 0x10FFFF;
                break;
            case (byte)'U':
                p++; digits = 8; radix = 16; max = 0x10FFFF;
                break;
            default:
                if (c == quote) return p + 1;
                errors.Add(new(p, "unknown escape"));
                ok = false;
                return p;
        }

        long x = 0;
        for (int k = 0; k < digits; k++, p++)
        {
            int ch;
            if (p >= end)
            {
                // The escape runs into the closing quote or the newline (an invalid digit, as
                // in gc), or into the end of the file (the caller complains about that).
                if (ending == Ending.Eof) return p;
                ch = ending == Ending.Closed ? text[end] : '\n';
            }
            else
            {
                ch = GoTextFormat.DecodeRune(text, p).Rune;
            }
            int d = ch switch
            {
                >= '0' and <= '9' => ch - '0',
                >= 'a' and <= 'f' => ch - 'a' + 10,
                >= 'A' and <= 'F' => ch - 'A' + 10,
                _ => radix,
            };
            if (d >= radix)
            {
                errors.Add(new(p, $"invalid character {GoTextFormat.QuoteRune(ch)} in {(radix == 8 ? "octal" : "hexadecimal")} escape"));
                ok = false;
                return p;
            }
            x = x * radix + d;
        }

        if (x > max && radix == 8)
        {
            errors.Add(new(p, $"octal escape value {x} > 255"));
            ok = false;
        }
        else if (x > max || (x >= 0xD800 && x < 0xE000))
        {
            errors.Add(new(p, $"escape is invalid Unicode code point {GoTextFormat.UnicodeWithChar((int)x)}"));
            ok = false;
        }
        return p;
    }
}
