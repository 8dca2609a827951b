using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <summary>
/// Which files belong to a linux/arm64 build, by the go command's rules: file-name suffixes
/// (_linux, _arm64, _test) and `//go:build` expressions (&&, ||, !, parentheses, tags).
/// </summary>
public static class BuildConstraints
{
    private static readonly HashSet<string> KnownOS = ["aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos"];
    private static readonly HashSet<string> KnownArch = ["386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm"];

    /// <summary>Tags that are true for gosharp builds.</summary>
    public static bool TagSatisfied(string tag) =>
        tag is "linux" or "arm64" or "unix" or "gosharp" ||
        (tag.StartsWith("go1.") && int.TryParse(tag[4..], out var minor) && minor <= 22);

    /// <summary>The file-name rule: name_GOOS_GOARCH.go, name_GOOS.go, name_GOARCH.go; _test.go files never.</summary>
    public static bool FileNameMatches(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        if (name.EndsWith("_test")) return false;
        var parts = name.Split('_');
        if (parts.Length < 2) return true;
        var last = parts[^1];
        if (parts.Length >= 3 && KnownOS.Contains(parts[^2]) && KnownArch.Contains(last))
            return parts[^2] == Toolchain.GOOS && last == Toolchain.GOARCH;
        if (KnownOS.Contains(last)) return last == Toolchain.GOOS;
        if (KnownArch.Contains(last)) return last == Toolchain.GOARCH;
        return true;
    }

    /// <summary>
    /// Evaluates a //go:build expression (the text after "//go:build"); tags are gosharp's
    /// (<see cref="TagSatisfied"/>) unless <paramref name="tag"/> says otherwise.
    /// </summary>
    public static bool Evaluate(string expr, SourcePos pos, Func<string, bool>? tag = null)
    {
        var p = new ExprParser(expr, pos, tag ?? TagSatisfied);
        var v = p.ParseOr();
        p.ExpectEnd();
        return v;
    }

    private sealed class ExprParser(string s, SourcePos pos, Func<string, bool> tag)
    {
        private int i;

        private void Skip() { while (i < s.Length && char.IsWhiteSpace(s[i])) i++; }
        private bool Eat(string t) { Skip(); if (string.CompareOrdinal(s, i, t, 0, t.Length) == 0) { i += t.Length; return true; } return false; }
        private UserError Bad() => new(pos, $"invalid //go:build line: {s}");

        public void ExpectEnd() { Skip(); if (i != s.Length) throw Bad(); }

        public bool ParseOr()
        {
            var v = ParseAnd();
            while (Eat("||")) v = ParseAnd() | v;
            return v;
        }

        private bool ParseAnd()
        {
            var v = ParseNot();
            while (Eat("&&")) v = ParseNot() & v;
            return v;
        }

        private bool ParseNot()
        {
            if (Eat("!")) return !ParseNot();
            if (Eat("("))
            {
                var v = ParseOr();
                if (!Eat(")")) throw Bad();
                return v;
            }
            Skip();
            int b = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '.')) i++;
            if (b == i) throw Bad();
            return tag(s[b..i]);
        }
    }
}
