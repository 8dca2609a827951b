namespace Gosharp.Check.Tests.Support;

/// <summary>
/// Which files of a Go package directory build for linux/arm64 with cgo disabled: file name
/// suffixes (_linux, _arm64, _linux_arm64, _test) and //go:build expressions.
/// </summary>
public static class BuildConstraints
{
    private static readonly HashSet<string> KnownOs = new(StringComparer.Ordinal)
    {
        "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl",
        "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos",
    };

    private static readonly HashSet<string> KnownArch = new(StringComparer.Ordinal)
    {
        "386", "amd64", "amd64p32", "arm", "armbe", "arm64", "arm64be", "loong64", "mips", "mipsle", "mips64",
        "mips64le", "mips64p32", "mips64p32le", "ppc", "ppc64", "ppc64le", "riscv", "riscv64", "s390", "s390x",
        "sparc", "sparc64", "wasm",
    };

    /// <summary>Whether a build tag is satisfied on linux/arm64, gc, Go 1.22, without cgo.</summary>
    public static bool Tag(string tag)
    {
        if (tag is "linux" or "arm64" or "unix" or "gc") return true;
        if (tag.StartsWith("go1.", StringComparison.Ordinal) && int.TryParse(tag[4..], out var minor)) return minor <= 22;
        return false;
    }

    /// <summary>Whether the file name allows the file on linux/arm64 (and it is not a test, unless tests).</summary>
    public static bool FileName(string name, bool tests = false)
    {
        if (!name.EndsWith(".go", StringComparison.Ordinal)) return false;
        var stem = name[..^3];
        if (stem.EndsWith("_test", StringComparison.Ordinal))
        {
            if (!tests) return false;
            stem = stem[..^5];
        }
        var parts = stem.Split('_');
        if (parts.Length < 2) return true;
        var last = parts[^1];
        if (KnownArch.Contains(last))
        {
            if (last != "arm64") return false;
            if (parts.Length >= 3 && KnownOs.Contains(parts[^2])) return parts[^2] is "linux" or "android";
            return true;
        }
        if (KnownOs.Contains(last)) return last is "linux";
        return true;
    }

    /// <summary>Whether the file's //go:build line (if any) is satisfied.</summary>
    public static bool Content(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("package ", StringComparison.Ordinal)) break;
            if (line.StartsWith("//go:build", StringComparison.Ordinal)) return Eval(line[10..]);
        }
        return true;
    }

    /// <summary>Evaluates a build expression: ||, &amp;&amp;, !, parentheses and tags.</summary>
    public static bool Eval(string expr)
    {
        var toks = Tokenize(expr);
        var pos = 0;
        bool Or()
        {
            var v = And();
            while (pos < toks.Count && toks[pos] == "||") { pos++; var r = And(); v = v || r; }
            return v;
        }
        bool And()
        {
            var v = Not();
            while (pos < toks.Count && toks[pos] == "&&") { pos++; var r = Not(); v = v && r; }
            return v;
        }
        bool Not()
        {
            if (toks[pos] == "!") { pos++; return !Not(); }
            if (toks[pos] == "(") { pos++; var v = Or(); pos++; return v; }
            return Tag(toks[pos++]);
        }
        return Or();
    }

    private static List<string> Tokenize(string s)
    {
        var list = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (c is '(' or ')' or '!') { list.Add(c.ToString()); i++; continue; }
            if (i + 1 < s.Length && (s.Substring(i, 2) is "&&" or "||")) { list.Add(s.Substring(i, 2)); i += 2; continue; }
            int start = i;
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '_' or '.')) i++;
            if (i == start) i++;
            list.Add(s[start..i]);
        }
        return list;
    }
}
