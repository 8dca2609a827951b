using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <summary>Facts about this gosharp installation: its version, where its runtime sources are, the target.</summary>
public static class Toolchain
{
    public const string Version = "gosharp0.1";
    public const string GoLanguageVersion = "go1.22";
    public const string GOOS = "linux";
    public const string GOARCH = "arm64";

    private static readonly Lazy<string> root = new(FindRoot);

    /// <summary>
    /// GOSHARPROOT: the folder holding runtime-stubs/ (the environment variable, else found above the
    /// gosharp executable, which ./build.sh puts in bin/).
    /// </summary>
    public static string Root => root.Value;

    public static string RuntimeStubs => Path.Combine(Root, "runtime-stubs");
    public static string IncludeDir => Path.Combine(RuntimeStubs, "include");

    /// <summary>The gosharp command that the -x trace calls: this executable when it is the native one.</summary>
    public static string Executable
    {
        get
        {
            var p = Environment.ProcessPath;
            if (p != null && Path.GetFileName(p) == "gosharp") return p;
            return Path.Combine(Root, "bin", "gosharp");
        }
    }

    private static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("GOSHARPROOT");
        if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(Environment.ProcessPath ?? "") ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                if (Directory.Exists(Path.Combine(dir.FullName, "runtime-stubs", "runtime")))
                    return dir.FullName;
        }
        throw new UserError("gosharp: cannot find GOSHARPROOT (a folder with runtime-stubs/runtime); set GOSHARPROOT");
    }

    /// <summary>gosharp only targets linux/arm64: asking for anything else is an error, as go's is for an unknown pair.</summary>
    public static void CheckTarget()
    {
        var goos = Environment.GetEnvironmentVariable("GOOS");
        var goarch = Environment.GetEnvironmentVariable("GOARCH");
        if ((!string.IsNullOrEmpty(goos) && goos != GOOS) || (!string.IsNullOrEmpty(goarch) && goarch != GOARCH))
            throw new UserError($"gosharp: unsupported GOOS/GOARCH pair {(string.IsNullOrEmpty(goos) ? GOOS : goos)}/{(string.IsNullOrEmpty(goarch) ? GOARCH : goarch)} (gosharp builds only for {GOOS}/{GOARCH})");
    }
}
