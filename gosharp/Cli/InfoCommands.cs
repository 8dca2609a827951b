using System.CommandLine;
using Gosharp.Cli.Build;

namespace Gosharp.Cli.Cli;

/// <summary>`gosharp version` and `gosharp env`.</summary>
public static class InfoCommands
{
    public static Command Version(ToolContext ctx)
    {
        var cmd = new Command("version", "print gosharp version");
        cmd.SetAction(_ =>
        {
            ctx.Out.WriteLine($"gosharp version {Toolchain.Version} ({Toolchain.GoLanguageVersion} language) {Toolchain.GOOS}/{Toolchain.GOARCH}");
            return 0;
        });
        return cmd;
    }

    /// <summary>The variables `gosharp env` prints, in order.</summary>
    public static IReadOnlyList<(string Name, string Value)> Variables() =>
    [
        ("GOARCH", Toolchain.GOARCH),
        ("GOOS", Toolchain.GOOS),
        ("GOHOSTARCH", System.Runtime.InteropServices.RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant() switch { "x64" => "amd64", var a => a }),
        ("GOHOSTOS", "linux"),
        ("GOSHARPROOT", Toolchain.Root),
        ("GOSHARPRUNTIME", Toolchain.RuntimeStubs),
        ("GOVERSION", Toolchain.GoLanguageVersion),
        ("GOSHARPVERSION", Toolchain.Version),
        ("GOTMPDIR", Environment.GetEnvironmentVariable("GOTMPDIR") ?? ""),
        ("CGO_ENABLED", "0"),
    ];

    public static Command Env(ToolContext ctx)
    {
        var cmd = new Command("env", "print gosharp environment information");
        var names = GoFlags.Files("var", ArgumentArity.ZeroOrMore);
        cmd.Add(names);
        cmd.SetAction(r =>
        {
            Toolchain.CheckTarget();
            var vars = Variables();
            var wanted = r.GetValue(names)!;
            if (wanted.Length > 0)
            {
                foreach (var w in wanted) ctx.Out.WriteLine(vars.FirstOrDefault(v => v.Name == w).Value ?? "");
                return 0;
            }
            foreach (var (n, v) in vars) ctx.Out.WriteLine($"{n}=\"{v}\"");
            return 0;
        });
        return cmd;
    }
}
