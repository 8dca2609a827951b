using System.Globalization;
using System.Text;

namespace Gosharp.Asm.Lexing;

/// <summary>Decodes Go literals: integers (0x, 0o, 0b, leading-0 octal, '_'), strings and runes.</summary>
public static class GoLiteral
{
    /// <summary>An integer literal as its 64 bits (values up to 2^64-1 are allowed, as in gc's asm).</summary>
    public static bool TryParseInt(string s, out ulong value)
    {
        value = 0;
        s = s.Replace("_", "");
        int radix = 10, i = 0;
        if (s.Length > 1 && s[0] == '0')
        {
            switch (s[1] | 0x20)
            {
                case 'x': radix = 16; i = 2; break;
                case 'b': radix = 2; i = 2; break;
                case 'o': radix = 8; i = 2; break;
                default: radix = 8; i = 1; break;
            }
        }
        if (i >= s.Length && radix != 8) return false;
        for (; i < s.Length; i++)
        {
            int d = s[i] switch
            {
                >= '0' and <= '9' => s[i] - '0',
                >= 'a' and <= 'f' => s[i] - 'a' + 10,
                >= 'A' and <= 'F' => s[i] - 'A' + 10,
                _ => 99,
            };
            if (d >= radix) return false;
            var next = unchecked(value * (ulong)radix + (ulong)d);
            if ((next - (ulong)d) / (ulong)radix != value) return false; // overflow
            value = next;
        }
        return true;
    }

    public static bool TryParseFloat(string s, out double value)
        => double.TryParse(s.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>The bytes of a quoted Go string ("..." or `...`), or an error message.</summary>
    public static byte[]? UnquoteString(string lit, out string? error)
    {
        error = null;
        if (lit.Length >= 2 && lit[0] == '`' && lit[^1] == '`')
            return Encoding.UTF8.GetBytes(lit[1..^1].Replace("\r", ""));
        if (lit.Length < 2 || lit[0] != '"' || lit[^1] != '"')
        {
            error = "malformed string literal " + lit;
            return null;
        }
        var bytes = new List<byte>(lit.Length);
        return Unescape(lit, 1, lit.Length - 1, '"', bytes, out error) ? bytes.ToArray() : null;
    }

    /// <summary>The code point of a rune literal such as 'a' or '\n'.</summary>
    public static bool TryParseChar(string lit, out long value, out string? error)
    {
        value = 0;
        error = null;
        var bytes = new List<byte>();
        if (lit.Length < 3 || !Unescape(lit, 1, lit.Length - 1, '\'', bytes, out error))
        {
            error ??= "malformed rune literal " + lit;
            return false;
        }
        var s = Encoding.UTF8.GetString(bytes.ToArray());
        if (bytes.Count == 1) { value = bytes[0]; return true; }
        var runes = s.EnumerateRunes().ToList();
        if (runes.Count != 1) { error = "more than one character in rune literal"; return false; }
        value = runes[0].Value;
        return true;
    }

    private static bool Unescape(string lit, int start, int end, char quote, List<byte> outBytes, out string? error)
    {
        error = null;
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = start; i < end;)
        {
            char c = lit[i];
            if (c != '\\')
            {
                if (char.IsHighSurrogate(c) && i + 1 < end)
                {
                    var r = new Rune(c, lit[i + 1]);
                    int n = r.EncodeToUtf8(utf8);
                    for (int k = 0; k < n; k++) outBytes.Add(utf8[k]);
                    i += 2;
                }
                else
                {
                    int n = new Rune(c).EncodeToUtf8(utf8);
                    for (int k = 0; k < n; k++) outBytes.Add(utf8[k]);
                    i++;
                }
                continue;
            }
            if (i + 1 >= end) { error = "invalid escape at end of literal"; return false; }
            char e = lit[i + 1];
            i += 2;
            switch (e)
            {
                case 'a': outBytes.Add(7); break;
                case 'b': outBytes.Add(8); break;
                case 'f': outBytes.Add(12); break;
                case 'n': outBytes.Add(10); break;
                case 'r': outBytes.Add(13); break;
                case 't': outBytes.Add(9); break;
                case 'v': outBytes.Add(11); break;
                case '\\': outBytes.Add((byte)'\\'); break;
                case '\'' when quote == '\'': outBytes.Add((byte)'\''); break;
                case '"' when quote == '"': outBytes.Add((byte)'"'); break;
                case 'x':
                    if (!Hex(lit, i, 2, end, out var x)) { error = "invalid \\x escape"; return false; }
                    outBytes.Add((byte)x);
                    i += 2;
                    break;
                case 'u':
                case 'U':
                {
                    int n = e == 'u' ? 4 : 8;
                    if (!Hex(lit, i, n, end, out var u) || u > 0x10FFFF || (u >= 0xD800 && u < 0xE000))
                    {
                        error = $"invalid \\{e} escape";
                        return false;
                    }
                    int len = new Rune((int)u).EncodeToUtf8(utf8);
                    for (int k = 0; k < len; k++) outBytes.Add(utf8[k]);
                    i += n;
                    break;
                }
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2; k++)
                    {
                        if (i >= end || lit[i] < '0' || lit[i] > '7') { error = "invalid octal escape"; return false; }
                        v = v * 8 + (lit[i++] - '0');
                    }
                    if (v > 255) { error = "octal escape value > 255"; return false; }
                    outBytes.Add((byte)v);
                    break;
                }
                default:
                    error = $"unknown escape sequence \\{e}";
                    return false;
            }
        }
        return true;
    }

    private static bool Hex(string s, int at, int n, int end, out uint v)
    {
        v = 0;
        if (at + n > end) return false;
        for (int k = 0; k < n; k++)
        {
            char c = s[at + k];
            if (!char.IsAsciiHexDigit(c)) return false;
            v = v * 16 + (uint)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }
        return true;
    }
}
