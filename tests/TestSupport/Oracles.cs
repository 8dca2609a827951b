namespace Gosharp.TestSupport;

/// <summary>
/// The outside programs tests check gosharp against. ./build.sh installs them, so a missing one is
/// a failure with a clear message, never a silent skip.
/// </summary>
public static class Oracles
{
    public const string Qemu = "qemu-aarch64";
    public const string Objdump = "aarch64-linux-gnu-objdump";
    public const string Readelf = "aarch64-linux-gnu-readelf";
    public const string As = "aarch64-linux-gnu-as";
    public const string Ar = "ar";
    public const string Nm = "aarch64-linux-gnu-nm";
    public const string Gcc = "aarch64-linux-gnu-gcc";
    public const string Go = "/usr/lib/go-1.19/bin/go";

    /// <summary>The full path of an oracle on PATH (or an absolute path), or a failure naming what installs it.</summary>
    public static string Require(string name)
    {
        if (System.IO.Path.IsPathRooted(name))
            return File.Exists(name) ? name : throw new InvalidOperationException($"oracle {name} is missing: run ./build.sh to install it");
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var p = System.IO.Path.Combine(dir, name);
            if (File.Exists(p)) return p;
        }
        throw new InvalidOperationException($"oracle {name} is not on PATH: run ./build.sh to install it");
    }

    /// <summary>Runs an arm64 executable under qemu-aarch64.</summary>
    public static ProcResult RunArm64(string exe, IEnumerable<string>? args = null, string? stdin = null, int timeoutMs = 120_000)
        => Proc.Run(Require(Qemu), new[] { exe }.Concat(args ?? []), stdin: stdin, timeoutMs: timeoutMs);
}
