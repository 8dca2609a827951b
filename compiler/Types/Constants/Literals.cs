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

    /// <summary>
    /// A float literal's value, as gc's go/constant makes it: parsed into a 512-bit binary float, which
    /// is kept when the value is too large or too small for an exact fraction (1e1000000, 0x1p-5000),
    /// else replaced by the exact fraction. Null when gc calls the literal malformed: an exponent beyond
    /// 64 bits, a value beyond the 32-bit binary exponent range (1e646456993). A value below that range
    /// is 0 (1e-700000000).
    /// </summary>
    public static ConstValue? Float(string text)
    {
        var t = text.Replace("_", "");
        bool hex = t.StartsWith("0x") || t.StartsWith("0X");
        if (hex) t = t[2..];
        var e = hex ? t.IndexOfAny(['p', 'P']) : t.IndexOfAny(['e', 'E']);
        if (hex && e < 0) return null;
        long exp = 0;
        if (e >= 0)
        {
            if (!long.TryParse(t[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp)) return null;
            t = t[..e];
        }
        BigInteger m = 0;
        int radix = hex ? 16 : 10;
        long fracDigits = 0;
        bool seenPoint = false;
        foreach (var c in t)
        {
            if (c == '.') { seenPoint = true; continue; }
            int d = HexDigit(c);
            if (d < 0 || d >= radix) return null;
            m = m * radix + d;
            if (seenPoint) fracDigits++;
        }
        if (m.IsZero) return ConstValue.OfFloat(BigRational.Zero);
        // The value is m·2^exp2 (hex) or m·10^exp10 (decimal).
        Int128 exp2 = hex ? (Int128)exp - 4 * (Int128)fracDigits : 0;
        Int128 exp10 = hex ? 0 : (Int128)exp - fracDigits;
        // gc gives up (malformed) when the binary exponent of m·2^(exp2 + exp10) leaves 32 bits before
        // the factor 5^exp10 is applied.
        var top = (Int128)(long)m.GetBitLength() + exp2 + exp10;
        if (top < int.MinValue || top > int.MaxValue) return null;
        var f = hex ? BinaryFloat.Make(false, m, (long)exp2) : Decimal(m, (long)exp10);
        if (f is not { } v) return null;
        if (!v.IsSmall) return ConstValue.OfFloat(ConstFloat.FromBinary(v));
        if (v.IsZero) return ConstValue.OfFloat(BigRational.Zero);
        // Small enough to be exact (|exponents| are then at most a few thousand plus the digits' count).
        var exact = hex ? Pow2(m, (int)exp2)
            : exp10 >= 0 ? BigRational.FromInt(m * BigInteger.Pow(10, (int)exp10)) : new BigRational(m, BigInteger.Pow(10, (int)-exp10));
        return ConstValue.OfFloat(exact);
    }

    private static BigRational Pow2(BigInteger m, int exp2) =>
        exp2 >= 0 ? BigRational.FromInt(m << exp2) : new BigRational(m, BigInteger.One << -exp2);

    /// <summary>m·10^exp10 as a 512-bit binary float; null if it overflows.</summary>
    private static BinaryFloat? Decimal(BigInteger m, long exp10)
    {
        // Exactly (and correctly rounded) while 10^|exp10| is a reasonable integer.
        if (Math.Abs(exp10) <= 5000)
            return BinaryFloat.FromRational(exp10 >= 0 ? BigRational.FromInt(m * BigInteger.Pow(10, (int)exp10)) : new BigRational(m, BigInteger.Pow(10, (int)-exp10)));
        // Else with 10^|exp10| = 5^|exp10|·2^|exp10| to 640 bits: an error far below the 512 bits kept.
        var (p, pe) = PowerOfFive(Math.Abs(exp10));
        if (exp10 > 0) return BinaryFloat.Make(false, m * p, pe + exp10, sticky: true);
        int shift = BinaryFloat.Precision + 2 + (int)p.GetBitLength();
        var q = BigInteger.Divide(m << shift, p);
        return BinaryFloat.Make(false, q, -shift - pe + exp10, sticky: true);
    }

    /// <summary>5^n ≈ p·2^e, by squaring and multiplying, keeping the leading 640 bits of every step (truncated).</summary>
    private static (BigInteger P, long E) PowerOfFive(long n)
    {
        const int bits = 640;
        BigInteger p = 1;
        long e = 0;
        for (int i = 63 - (int)ulong.LeadingZeroCount((ulong)n); i >= 0; i--)
        {
            p *= p;
            e *= 2;
            if (((n >> i) & 1) != 0) p *= 5;
            var excess = (int)p.GetBitLength() - bits;
            if (excess > 0) { p >>= excess; e += excess; }
        }
        return (p, e);
    }

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
        // gc reads the digits as a float literal (a fraction, even for integer digits), times i.
        return v?.ToFloat() is { } f ? ConstValue.OfComplex(ConstFloat.Zero, f.Real) : null;
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
