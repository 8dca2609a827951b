namespace Gosharp.Cli.Build;

/// <summary>How the go command shows a path in messages: relative to where it runs when that is shorter.</summary>
public static class ShortPaths
{
    public static string Of(string path, string cwd)
    {
        var rel = Path.GetRelativePath(cwd, path);
        return !Path.IsPathRooted(rel) && rel.Length < path.Length ? rel : path;
    }
}
