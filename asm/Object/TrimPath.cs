namespace Gosharp.Asm.Object;

/// <summary>
/// gc's -trimpath: <c>prefix=&gt;replacement;prefix2</c>. The first prefix a path starts with (as a
/// whole path element) is replaced; a prefix without <c>=&gt;</c> is removed.
/// </summary>
public static class TrimPath
{
    public static string Apply(string path, string? spec)
    {
        if (string.IsNullOrEmpty(spec)) return path;
        foreach (var rule in spec.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int arrow = rule.IndexOf("=>", StringComparison.Ordinal);
            var prefix = arrow < 0 ? rule : rule[..arrow];
            var repl = arrow < 0 ? "" : rule[(arrow + 2)..];
            if (prefix.Length == 0 || !path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (path.Length == prefix.Length) return repl;
            if (path[prefix.Length] != '/' && !prefix.EndsWith('/')) continue;
            var rest = path[prefix.Length..].TrimStart('/');
            return repl.Length == 0 ? rest : repl.TrimEnd('/') + "/" + rest;
        }
        return path;
    }
}
