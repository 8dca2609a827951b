using System.Globalization;
using System.Numerics;
using System.Text;

namespace Gosharp.Compiler.Types.Constants;

/// <summary>
/// The values of Go literals: integers (decimal, 0x, 0o, 0b, legacy octal, with _ separators), floats
/// (decimal and hexadecimal, exact), imaginary numbers, runes and strings (interpreted and raw).
/// The lexer has already checked the literal's form; these return null for anything malformed.
/// </summary>
public static class Literals
{
    public static ConstValue? Int(string text)
    {
        var t = text.Replace("_", "");
        int radix = 10;
        if (t.Length > 1 && t[0] == '0')
        {
            switch (char.ToLowerInvariant(t[1]))
            {
                case 'x': radix = 16; t = t[2..]; break;
                case 'o': radix = 8; t = t[2..]; break;
                case 'b': radix = 2; t = t[2..]; break;
                default: radix = 8; t = t[1..]; break;
            }
        }
        if (t.Length == 0) return null;
        BigInteger v = 0;
        foreach (var c in t)
        {
            int d = HexDigit(c);
            if (d < 0 || d >= radix) return null;
            v = v * radix + d;
        }
        return ConstValue.Of(v);
    }

    public static ConstValue? Float(string text)
    {
        var t = text.Replace("_", "");
        if (t.StartsWith("0x") || t.StartsWith("0X"))
        {
            // 0x mantissa p exponent: mantissa hex digits with an optional point, binary exponent.
            t = t[2..];
            var p = t.IndexOfAny(['p', 'P']);
            if (p < 0) return null;
            var mant = t[..p];
            if (!int.TryParse(t[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exp2)) return null;
            BigInteger m = 0;
            int fracDigits = 0;
            bool seenPoint = false;
            foreach (var c in mant)
            {
                if (c == '.') { seenPoint = true; continue; }
                int d = HexDigit(c);
                if (d < 0) return null;
                m = m * 16 + d;
                if (seenPoint) fracDigits++;
            }
            exp2 -= 4 * fracDigits;
            return ConstValue.OfFloat(Pow2(m, exp2));
        }
        else
        {
            var e = t.IndexOfAny(['e', 'E']);
            int exp10 = 0;
            if (e >= 0)
            {
                if (!int.TryParse(t[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp10)) return null;
                t = t[..e];
            }
            BigInteger m = 0;
            bool seenPoint = false;
            foreach (var c in t)
            {
                if (c == '.') { seenPoint = true; continue; }
                if (c < '0' || c > '9') return null;
                m = m * 10 + (c - '0');
                if (seenPoint) exp10--;
            }
            if (Math.Abs(exp10) > 100_000) return null;
            var r = exp10 >= 0 ? BigRational.FromInt(m * BigInteger.Pow(10, exp10)) : new BigRational(m, BigInteger.Pow(10, -exp10));
            return ConstValue.OfFloat(r);
        }
    }

    private static BigRational Pow2(BigInteger m, int exp2) =>
        exp2 >= 0 ? BigRational.FromInt(m << exp2) : new BigRational(m, BigInteger.One << -exp2);

    public static ConstValue? Imag(string text)
    {
        var body = text[..^1];
        var digits = body.Replace("_", "");
        ConstValue? v;
        if (digits.Length > 1 && digits[0] == '0' && char.ToLowerInvariant(digits[1]) is 'x' or 'o' or 'b')
            v = digits.Contains('.') || digits.Contains('p') || digits.Contains('P') ? Float(body) : Int(body);
        else if (digits.All(char.IsAsciiDigit))
            v = Int(digits.TrimStart('0') is { Length: > 0 } d ? d : "0"); // decimal even with a leading 0
        else
            v = Float(body);
        return v == null ? null : ConstValue.OfComplex(BigRational.Zero, v.AsRational());
    }

    public static ConstValue? Rune(string text)
    {
        if (text.Length < 3 || text[0] != '\'' || text[^1] != '\'') return null;
        var body = text[1..^1];
        int i = 0;
        var r = DecodeChar(body, ref i, '\'', out var isByte);
        if (r == null || i != body.Length) return null;
        _ = isByte;
        return ConstValue.Of(r.Value);
    }

    /// <summary>A string literal's value as a byte string (see <see cref="ByteString"/>).</summary>
    public static ConstValue? String(string text)
    {
        if (text.Length >= 2 && text[0] == '`' && text[^1] == '`')
            return ConstValue.Of(ByteString.FromUtf8(text[1..^1].Replace("\r", "")));
        if (text.Length < 2 || text[0] != '"' || text[^1] != '"') return null;
        var body = text[1..^1];
        var sb = new StringBuilder();
        int i = 0;
        while (i < body.Length)
        {
            var r = DecodeChar(body, ref i, '"', out var isByte);
            if (r == null) return null;
            if (isByte) sb.Append((char)r.Value);
            else ByteString.AppendRune(sb, r.Value);
        }
        return ConstValue.Of(sb.ToString());
    }

    /// <summary>One character of a rune or string literal body: an escape or a (UTF-16 decoded) code point.</summary>
    private static int? DecodeChar(string s, ref int i, char quote, out bool isByte)
    {
        isByte = false;
        if (i >= s.Length) return null;
        char c = s[i];
        if (c != '\\')
        {
            if (char.IsHighSurrogate(c) && i + 1 < s.Length) { var cp = char.ConvertToUtf32(c, s[i + 1]); i += 2; return cp; }
            i++;
            return c;
        }
        if (i + 1 >= s.Length) return null;
        char e = s[i + 1];
        i += 2;
        switch (e)
        {
            case 'a': return 7;
            case 'b': return 8;
            case 'f': return 12;
            case 'n': return 10;
            case 'r': return 13;
            case 't': return 9;
            case 'v': return 11;
            case '\\': return '\\';
            case '\'' when quote == '\'': return '\'';
            case '"' when quote == '"': return '"';
            case 'x': isByte = true; return Digits(s, ref i, 2, 16);
            case 'u': return CheckRune(Digits(s, ref i, 4, 16));
            case 'U': return CheckRune(Digits(s, ref i, 8, 16));
            case >= '0' and <= '7':
                i--;
                isByte = true;
                var v = Digits(s, ref i, 3, 8);
                return v is > 255 ? null : v;
            default: return null;
        }
    }

    private static int? CheckRune(int? r) => r is null || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000) ? null : r;

    private static int? Digits(string s, ref int i, int n, int radix)
    {
        if (i + n > s.Length) return null;
        int v = 0;
        for (int k = 0; k < n; k++)
        {
            int d = HexDigit(s[i + k]);
            if (d < 0 || d >= radix) return null;
            v = v * radix + d;
        }
        i += n;
        return v;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
