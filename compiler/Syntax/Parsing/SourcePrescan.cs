using System.Text.Unicode;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// Checks a file's bytes before lexing, as gc's source reader does character by character:
/// NUL characters and invalid UTF-8 are errors wherever they are, and a byte order mark is only
/// allowed first (where it is skipped: it becomes blanks, so columns still count its bytes);
/// anywhere else, in comments and literals too, it is "invalid BOM in the middle of the file".
/// Positions are physical (the caller applies line directives).
/// </summary>
internal static class SourcePrescan
{
    /// <summary>Returns the bytes to lex; the errors found go to <paramref name="errors"/> with their byte offsets.</summary>
    public static byte[] Check(string fileName, byte[] source, List<(int Offset, Diagnostic Diagnostic)> errors)
    {
        var bytes = source;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = (byte[])source.Clone();
            bytes[0] = bytes[1] = bytes[2] = (byte)' ';
        }
        bool hasNul = bytes.AsSpan().IndexOf((byte)0) >= 0;
        bool validUtf8 = Utf8.IsValid(bytes);
        bool hasBom = bytes.AsSpan().IndexOf("\uFEFF"u8) >= 0;
        if (!hasNul && validUtf8 && !hasBom) return bytes;

        int line = 1, lineStart = 0;
        for (int i = 0; i < bytes.Length;)
        {
            byte b = bytes[i];
            if (b == '\n')
            {
                line++;
                lineStart = i + 1;
                i++;
            }
            else if (b == 0)
            {
                errors.Add((i, new Diagnostic(new SourcePos(fileName, line, i - lineStart + 1), "invalid NUL character")));
                i++;
            }
            else if (b < 0x80)
            {
                i++;
            }
            else
            {
                var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out var rune, out int n);
                if (status != System.Buffers.OperationStatus.Done)
                {
                    errors.Add((i, new Diagnostic(new SourcePos(fileName, line, i - lineStart + 1), "invalid UTF-8 encoding")));
                    n = 1;
                }
                else if (rune.Value == 0xFEFF)
                {
                    errors.Add((i, new Diagnostic(new SourcePos(fileName, line, i - lineStart + 1), "invalid BOM in the middle of the file")));
                }
                i += Math.Max(n, 1);
            }
        }
        return bytes;
    }
}
