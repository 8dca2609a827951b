namespace Gosharp.EndToEnd.Tests.GoTestSuite;

/// <summary>
/// Whether a test file's build constraints (`//go:build EXPR` or `// +build A,B C` lines before the
/// package clause) select linux/arm64 with gc 1.19 and no cgo: run.go skips the files they exclude,
/// such as the 32-bit-only fixedbugs/bug385_32.go.
/// </summary>
public static class BuildConstraints
{
    private static bool Tag(string tag) => tag switch
    {
        "linux" or "arm64" or "unix" or "gc" => true,
        _ when tag.StartsWith("go1.") && int.TryParse(tag[4..], out var minor) => minor <= 19,
        _ => false,
    };

    public static bool MatchesTarget(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.StartsWith("package ")) break;
            if (line.StartsWith("//go:build ")) return new Expr(line["//go:build ".Length..]).Parse();
            // Old form: space-separated alternatives of comma-separated conjunctions; all lines must hold.
            if (line.StartsWith("// +build ") && !line["// +build ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Any(alt => alt.Split(',').All(t => t.StartsWith('!') ? !Tag(t[1..]) : Tag(t))))
                return false;
        }
        return true;
    }

    /// <summary>A //go:build expression: || over &amp;&amp; over ! and parentheses.</summary>
    private sealed class Expr(string text)
    {
        private int pos;

        public bool Parse() => Or();

        private bool Or()
        {
            var v = And();
            while (Eat("||")) v = And() | v;
            return v;
        }

        private bool And()
        {
            var v = Not();
            while (Eat("&&")) v = Not() & v;
            return v;
        }

        private bool Not()
        {
            if (Eat("!")) return !Not();
            if (Eat("("))
            {
                var v = Or();
                Eat(")");
                return v;
            }
            Skip();
            int start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '.')) pos++;
            return Tag(text[start..pos]);
        }

        private void Skip()
        {
            while (pos < text.Length && text[pos] == ' ') pos++;
        }

        private bool Eat(string s)
        {
            Skip();
            if (string.CompareOrdinal(text, pos, s, 0, s.Length) != 0) return false;
            pos += s.Length;
            return true;
        }
    }
}
