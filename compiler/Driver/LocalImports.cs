namespace Gosharp.Compiler.Driver;

/// <summary>
/// Local imports, as gc's compile resolves them: a path starting with "./" or "../" (or "." and
/// "..") is joined to the -D prefix, or to the working directory without one, and cleaned, so that
/// with <c>-D test</c> the import "./a" is the package "test/a" (how Go's test suite compiles its
/// multi-package tests). Other paths are package paths already.
/// </summary>
public static class LocalImports
{
    public static bool IsLocal(string path) =>
        path is "." or ".." || path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal);

    public static string Resolve(string path, string? prefix, string cwd) =>
        IsLocal(path) ? Join(string.IsNullOrEmpty(prefix) ? cwd : prefix, path) : path;

    /// <summary>Go's path.Join: the elements joined with '/', then "." and ".." elements removed lexically.</summary>
    private static string Join(string prefix, string path)
    {
        var full = prefix + "/" + path;
        bool rooted = full.StartsWith('/');
        var parts = new List<string>();
        foreach (var e in full.Split('/'))
        {
            if (e is "" or ".") continue;
            if (e == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (e == ".." && rooted) continue;
            else parts.Add(e);
        }
        var joined = string.Join('/', parts);
        return rooted ? "/" + joined : joined.Length == 0 ? "." : joined;
    }
}
