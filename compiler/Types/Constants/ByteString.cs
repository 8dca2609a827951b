using System.Text;

namespace Gosharp.Compiler.Types.Constants;

/// <summary>
/// Go strings are byte sequences, which need not be valid UTF-8 ("\xff" is a fine Go string). String
/// constants are kept as C# strings with one char per byte (each below 256): len, indexing and
/// concatenation then work byte-wise; these helpers convert at the edges.
/// </summary>
public static class ByteString
{
    public static string FromUtf8(string text) => FromBytes(Encoding.UTF8.GetBytes(text));

    public static string FromBytes(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++) chars[i] = (char)bytes[i];
        return new string(chars);
    }

    public static byte[] ToBytes(string byteString)
    {
        var b = new byte[byteString.Length];
        for (int i = 0; i < b.Length; i++) b[i] = (byte)byteString[i];
        return b;
    }

    /// <summary>The bytes as text (invalid UTF-8 becomes U+FFFD), for messages.</summary>
    public static string ToDisplay(string byteString) => Encoding.UTF8.GetString(ToBytes(byteString));

    /// <summary>Appends the UTF-8 encoding of a code point (invalid ones as U+FFFD, as Go's string(rune) does).</summary>
    public static void AppendRune(StringBuilder sb, int r)
    {
        if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
        Span<byte> buf = stackalloc byte[4];
        var n = new Rune(r).EncodeToUtf8(buf);
        for (int i = 0; i < n; i++) sb.Append((char)buf[i]);
    }

    /// <summary>Go's strconv.Quote of a byte string: valid printable UTF-8 as is, other bytes escaped.</summary>
    public static string Quote(string byteString)
    {
        var bytes = ToBytes(byteString);
        var sb = new StringBuilder("\"");
        int i = 0;
        while (i < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes.AsSpan(i), out var r, out var n);
            if (status != System.Buffers.OperationStatus.Done) { sb.Append($"\\x{bytes[i]:x2}"); i++; continue; }
            i += n;
            switch (r.Value)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (r.Value < 0x20 || r.Value == 0x7f) sb.Append($"\\x{r.Value:x2}");
                    else if (Rune.IsControl(r) || r.Value == 0xFEFF) sb.Append(r.Value > 0xffff ? $"\\U{r.Value:x8}" : $"\\u{r.Value:x4}");
                    else sb.Append(r.ToString());
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
