using Gosharp.Common.Diagnostics;
using Ast = Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Check;

// gc's -lang: the Go version the source is written for. Features newer than it are errors
// ("type parameter requires go1.18 or later (-lang was set to go1.17; check go.mod)").
public sealed partial class Checker
{
    /// <summary>The newest language version gc 1.19 knows (its -lang maximum).</summary>
    public const int MaxLangMinor = 19;

    /// <summary>-lang as given ("go1.17"), or null: the newest version.</summary>
    private string? lang;
    private int langMinor = int.MaxValue;

    /// <summary>The minor version of a -lang value ("go1.17": 17), or null with gc's complaint.</summary>
    public static int? ParseLang(string value, out string? error)
    {
        error = null;
        var m = System.Text.RegularExpressions.Regex.Match(value, @"^go1\.(0|[1-9][0-9]*)$");
        if (!m.Success || !int.TryParse(m.Groups[1].Value, out var minor))
        {
            error = $"invalid value \"{value}\" for -lang: should be something like \"go1.12\"";
            return null;
        }
        if (minor > MaxLangMinor)
        {
            error = $"invalid value \"{value}\" for -lang: max known version is \"go1.{MaxLangMinor}\"";
            return null;
        }
        return minor;
    }

    /// <summary>Whether go1.MINOR's features may be used.</summary>
    private bool AllowVersion(int minor) => langMinor >= minor;

    /// <summary>The complaint about a feature of go1.MINOR used under an older -lang.</summary>
    private string VersionMessage(string what, int minor) =>
        $"{what} requires go1.{minor} or later (-lang was set to {lang}; check go.mod)";

    /// <summary>Reports a go1.MINOR feature used under an older -lang; false when it is.</summary>
    private bool CheckVersion(SourcePos pos, string what, int minor)
    {
        if (AllowVersion(minor)) return true;
        Error(pos, VersionMessage(what, minor));
        return false;
    }

    /// <summary>The number literal forms of go1.13: digit separators, 0b, 0o and hexadecimal floats.</summary>
    private void CheckLiteralVersion(Ast.BasicLit lit)
    {
        if (AllowVersion(13) || lit.Kind is not (Ast.LitKind.Int or Ast.LitKind.Float or Ast.LitKind.Imag)) return;
        var s = lit.Value;
        if (s.Contains('_')) { CheckVersion(lit.Pos, "underscores in numeric literals", 13); return; }
        if (s.Length < 2 || s[0] != '0') return;
        switch (s[1])
        {
            case 'b' or 'B': CheckVersion(lit.Pos, "binary literals", 13); break;
            case 'o' or 'O': CheckVersion(lit.Pos, "0o/0O-style octal literals", 13); break;
            case 'x' or 'X' when lit.Kind != Ast.LitKind.Int: CheckVersion(lit.Pos, "hexadecimal floating-point literals", 13); break;
        }
    }
}
