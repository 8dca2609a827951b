using System.Globalization;
using System.Text;
using Gosharp.Compiler.Syntax.Lexing;
using Gosharp.Compiler.Types.Constants;

namespace Gosharp.Compiler.Check;

/// <summary>
/// What gc accepts as an import path. The checker reports the others; the build's package loader
/// leaves them to it (so `gosharp build` reports them as compile does).
/// </summary>
public static class ImportPaths
{
    // Besides these, a path may hold only graphic, non-space characters.
    private const string IllegalChars = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";

    /// <summary>
    /// The path an import's string literal names (its UTF-8 value), or null with gc's reason
    /// ("empty string", "invalid character U+0021 '!'") for "invalid import path (REASON)".
    /// </summary>
    public static string? Validate(string literal, out string? reason)
    {
        reason = null;
        if (Literals.String(literal) is not { } value || value.Kind != ConstKind.String)
        {
            reason = "invalid syntax";
            return null;
        }
        var bytes = ByteString.ToBytes(value.Str);
        if (bytes.Length == 0)
        {
            reason = "empty string";
            return null;
        }
        for (int i = 0; i < bytes.Length;)
        {
            var (rune, n) = GoTextFormat.DecodeRune(bytes, i);
            if (!IsGraphic(rune) || IsSpace(rune) || IllegalChars.Contains(char.ConvertFromUtf32(rune), StringComparison.Ordinal))
            {
                reason = "invalid character " + GoTextFormat.UnicodeWithChar(rune);
                return null;
            }
            i += n;
        }
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>
    /// Why gc's compile cannot import a valid path whatever the importcfg says (its
    /// "could not import PATH (REASON)"), or null.
    /// </summary>
    public static string? Unimportable(string path) =>
        path == "main" ? "cannot import \"main\""
        : path.StartsWith('/') ? "import path cannot be absolute path"
        // Local paths (./x, ..) are looked up as they are written.
        : IsLocal(path) ? null
        : Clean(path) is var clean && clean != path ? $"non-canonical import path \"{path}\" (should be \"{clean}\")"
        : null;

    private static bool IsLocal(string path) =>
        path is "." or ".." || path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal);

    /// <summary>Go's path.Clean for a relative slash-separated path: no empty, "." or "dir/.." elements.</summary>
    public static string Clean(string path)
    {
        var elems = new List<string>();
        foreach (var e in path.Split('/'))
        {
            if (e is "" or ".") continue;
            if (e == ".." && elems.Count > 0 && elems[^1] != "..") elems.RemoveAt(elems.Count - 1);
            else elems.Add(e);
        }
        return elems.Count == 0 ? "." : string.Join('/', elems);
    }

    // Go's unicode.IsGraphic: letters, marks, numbers, punctuation, symbols and space separators.
    private static bool IsGraphic(int rune)
    {
        if (rune is < 0 or > 0x10FFFF || rune is >= 0xD800 and < 0xE000) return false;
        return CharUnicodeInfo.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
            _ => true,
        };
    }

    // Go's unicode.IsSpace: the White_Space property.
    private static bool IsSpace(int rune) => rune <= 0x10FFFF && Rune.IsValid(rune) && Rune.IsWhiteSpace(new Rune(rune));
}
