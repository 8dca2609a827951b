using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>
/// Classifies a number token (int, float or imaginary) and finds its first error, with gc's
/// messages and positions. The lexer rules give the token the same extent gc's scanner would, so
/// this only has to walk it once more: prefix, mantissa digits (a digit too large for the base is
/// remembered), radix point, fraction, exponent, 'i' suffix, then the '_' placement.
/// </summary>
public static class NumberLiteral
{
    /// <summary>An error at a byte offset from the start of the literal.</summary>
    public readonly record struct Error(int Offset, string Message);

    public static LitKind Kind(ReadOnlySpan<byte> text) => Scan(text, out _);

    public static LitKind Scan(ReadOnlySpan<byte> text, out Error? error)
    {
        error = null;
        Error? first = null;
        void Fail(int at, string message) => first ??= new Error(at, message);

        int n = text.Length, i = 0;
        var kind = LitKind.Int;
        int radix = 10;
        char prefix = '\0';           // 'x', 'o', 'b', '0' (legacy octal) or none
        bool sawDigit = false, sawSeparator = false;
        int invalidDigit = -1;

        bool seenPoint = text[0] == '.';
        if (!seenPoint)
        {
            if (text[0] == '0')
            {
                i = 1;
                char c = i < n ? Lower(text[i]) : '\0';
                switch (c)
                {
                    case 'x': i++; radix = 16; prefix = 'x'; break;
                    case 'o': i++; radix = 8; prefix = 'o'; break;
                    case 'b': i++; radix = 2; prefix = 'b'; break;
                    default: radix = 8; prefix = '0'; sawDigit = true; break;
                }
            }
            Digits(text, ref i, radix, ref invalidDigit, ref sawDigit, ref sawSeparator);
            if (i < n && text[i] == '.')
            {
                if (prefix is 'o' or 'b') Fail(i, $"invalid radix point in {BaseName(radix)} literal");
                i++;
                seenPoint = true;
            }
        }
        else
        {
            i = 1;
        }

        if (seenPoint)
        {
            kind = LitKind.Float;
            Digits(text, ref i, radix, ref invalidDigit, ref sawDigit, ref sawSeparator);
        }

        if (!sawDigit) Fail(i, $"{BaseName(radix)} literal has no digits");

        if (i < n && Lower(text[i]) is 'e' or 'p')
        {
            char e = Lower(text[i]);
            if (e == 'e' && prefix != '\0' && prefix != '0')
                Fail(i, $"{GoTextFormat.QuoteRune(text[i])} exponent requires decimal mantissa");
            else if (e == 'p' && prefix != 'x')
                Fail(i, $"{GoTextFormat.QuoteRune(text[i])} exponent requires hexadecimal mantissa");
            i++;
            kind = LitKind.Float;
            if (i < n && text[i] is (byte)'+' or (byte)'-') i++;
            int ignored = -1;
            bool expDigit = false;
            Digits(text, ref i, 10, ref ignored, ref expDigit, ref sawSeparator);
            if (!expDigit) Fail(i, "exponent has no digits");
        }
        else if (prefix == 'x' && kind == LitKind.Float)
        {
            Fail(i, "hexadecimal mantissa requires a 'p' exponent");
        }

        if (i < n && text[i] == 'i')
        {
            kind = LitKind.Imag;
            i++;
        }

        if (kind == LitKind.Int && invalidDigit >= 0)
            Fail(invalidDigit, $"invalid digit {GoTextFormat.QuoteRune(text[invalidDigit])} in {BaseName(radix)} literal");

        if (sawSeparator && InvalidSeparator(text) is var sep and >= 0)
            Fail(sep, "'_' must separate successive digits");

        error = first;
        return kind;
    }

    private static char Lower(byte b) => (char)(b | 0x20);
    private static bool IsDecimal(byte b) => b >= '0' && b <= '9';
    private static bool IsHex(byte b) => IsDecimal(b) || (Lower(b) >= 'a' && Lower(b) <= 'f');

    // Digits and '_' of the given radix (radix <= 10 accepts every decimal digit, remembering the
    // first one too large).
    private static void Digits(ReadOnlySpan<byte> text, ref int i, int radix, ref int invalidDigit, ref bool sawDigit, ref bool sawSeparator)
    {
        for (; i < text.Length; i++)
        {
            byte b = text[i];
            if (b == '_') { sawSeparator = true; continue; }
            if (radix <= 10 ? !IsDecimal(b) : !IsHex(b)) break;
            sawDigit = true;
            if (radix < 10 && b >= '0' + radix && invalidDigit < 0) invalidDigit = i;
        }
    }

    private static string BaseName(int radix) => radix switch
    {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    };

    // The offset of the first '_' that does not separate two digits (a base prefix counts as a
    // digit), or -1.
    private static int InvalidSeparator(ReadOnlySpan<byte> x)
    {
        char radixLetter = ' ';
        char prev = '.';              // class of the previous character: '0' digit, '_', '.' other
        int i = 0;
        if (x.Length >= 2 && x[0] == '0' && Lower(x[1]) is 'x' or 'o' or 'b')
        {
            radixLetter = Lower(x[1]);
            prev = '0';
            i = 2;
        }
        char cur = prev;
        for (; i < x.Length; i++)
        {
            prev = cur;
            byte b = x[i];
            if (b == '_')
            {
                if (prev != '0') return i;
                cur = '_';
            }
            else if (IsDecimal(b) || (radixLetter == 'x' && IsHex(b)))
            {
                cur = '0';
            }
            else
            {
                if (prev == '_') return i - 1;
                cur = '.';
            }
        }
        return cur == '_' ? x.Length - 1 : -1;
    }
}
