using System.Globalization;
using System.Text;

namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>Go's fmt verbs used in gc's lexical error messages: %q of a rune and %#U.</summary>
public static class GoTextFormat
{
    /// <summary>%#U: <c>U+0040 '@'</c>, or just <c>U+0000</c> when the character is not printable.</summary>
    public static string UnicodeWithChar(int rune)
    {
        var code = rune <= 0xFFFF ? $"U+{rune:X4}" : $"U+{rune:X}";
        return IsPrint(rune) ? $"{code} '{char.ConvertFromUtf32(rune)}'" : code;
    }

    /// <summary>%q of a rune: <c>'a'</c>, <c>'\n'</c>, <c>'\''</c>, <c>'\x00'</c>, <c>'\u00ad'</c>.</summary>
    public static string QuoteRune(int rune)
    {
        string body = rune switch
        {
            '\'' => "\\'",
            '\\' => "\\\\",
            '\a' => "\\a",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\v' => "\\v",
            _ when IsPrint(rune) => char.ConvertFromUtf32(rune),
            < 0x80 => $"\\x{rune:x2}",
            <= 0xFFFF => $"\\u{rune:x4}",
            _ => $"\\U{rune:x8}",
        };
        return "'" + body + "'";
    }

    /// <summary>An approximation of Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.</summary>
    public static bool IsPrint(int rune)
    {
        if (rune == ' ') return true;
        if (rune < 0 || rune > 0x10FFFF || (rune >= 0xD800 && rune < 0xE000)) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(rune);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }

    /// <summary>The rune starting at <paramref name="at"/> in UTF-8 bytes, and its length (U+FFFD, 1 when invalid).</summary>
    public static (int Rune, int Length) DecodeRune(ReadOnlySpan<byte> bytes, int at)
    {
        var status = Rune.DecodeFromUtf8(bytes[at..], out var r, out int n);
        return status == System.Buffers.OperationStatus.Done ? (r.Value, n) : (0xFFFD, Math.Max(n, 1));
    }
}
