using System.Diagnostics;
using System.Runtime.InteropServices;
using Gosharp.Cli.Cli;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <summary>Runs a built arm64 program: directly on an arm64 host, else under qemu-aarch64.</summary>
public static class Runner
{
    public static int Run(string exe, IReadOnlyList<string> args, ToolContext ctx)
    {
        var psi = new ProcessStartInfo { UseShellExecute = false, WorkingDirectory = ctx.Cwd };
        if (RuntimeInformation.OSArchitecture == Architecture.Arm64) psi.FileName = exe;
        else
        {
            psi.FileName = FindOnPath("qemu-aarch64")
                ?? throw new UserError("gosharp run: this host is not arm64 and qemu-aarch64 is not on PATH (Debian: apt-get install qemu-user)");
            psi.ArgumentList.Add(exe);
        }
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new UserError($"gosharp run: cannot start {psi.FileName}");
        p.WaitForExit();
        return p.ExitCode;
    }

    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}
