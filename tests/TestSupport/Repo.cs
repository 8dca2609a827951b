namespace Gosharp.TestSupport;

/// <summary>Locations inside the gosharp checkout, found from the test assembly's folder.</summary>
public static class Repo
{
    private static readonly Lazy<string> root = new(() =>
    {
        var dir = new System.IO.DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Gosharp.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find Gosharp.sln above " + AppContext.BaseDirectory);
    });

    /// <summary>The checkout's top folder (where Gosharp.sln is).</summary>
    public static string Root => root.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The published native gosharp command (./build.sh puts it in bin/).</summary>
    public static string GosharpExe => Path("bin", "gosharp");
}
