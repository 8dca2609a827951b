using Gosharp.Cli.Cli;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <param name="Rebuild">-a: build every package, ignoring (and not filling) the build cache.</param>
/// <param name="GcFlags">-gcflags: extra compile flags for the command-line package.</param>
/// <param name="CompileOnly">compile and pack, never link (what go test's compile/errorcheck checks need: a main package without main.main is fine).</param>
public sealed record BuildRequest(IReadOnlyList<string> Args, string? Output, bool PrintCommands, bool DryRun, bool KeepWork, bool Rebuild = false,
    IReadOnlyList<string>? GcFlags = null, bool CompileOnly = false);

/// <summary>`gosharp build`: load packages, plan the script, print it (-x, -n), run it in-process.</summary>
public static class Builder
{
    /// <summary>Builds; false when a step failed (it has printed its errors).</summary>
    public static bool Build(BuildRequest req, ToolContext ctx)
    {
        Toolchain.CheckTarget();
        var (main, packages) = new PackageLoader(ctx.Cwd).Load(req.Args);
        string? output = null;
        if (main.IsMain && !req.CompileOnly)
        {
            var name = req.Output ?? DefaultOutputName(main, req.Args);
            output = Path.GetFullPath(name, ctx.Cwd);
            if (Directory.Exists(output)) output = Path.Combine(output, DefaultOutputName(main, req.Args));
        }
        else if (req.Output != null)
            throw new UserError($"gosharp build: -o cannot be used with a non-main package ({main.ImportPath})");

        var cache = req.Rebuild || req.DryRun ? null : BuildCache.Open();
        var script = Planner.Plan(main, packages, ctx.Cwd, output, cache, req.GcFlags ?? []);
        var work = req.DryRun ? Path.Combine(Path.GetTempPath(), "gosharp-build-n") : Directory.CreateTempSubdirectory("gosharp-build").FullName;
        if (!req.KeepWork) script.Add(new RmLine(Script.Work));
        if (req.PrintCommands || req.DryRun)
            ctx.Err.Write(script.Render(work, Toolchain.Executable));
        else if (req.KeepWork)
            ctx.Err.WriteLine($"WORK={work}");
        if (req.DryRun) return true;
        var ok = false;
        try
        {
            ok = script.Execute(work, ctx, GosharpCli.Run);
            return ok;
        }
        finally
        {
            if (!ok && !req.KeepWork && Directory.Exists(work))
                try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>go build's default output: the first file's name without .go, or the folder's name.</summary>
    public static string DefaultOutputName(Package main, IReadOnlyList<string> args) =>
        args.Count > 0 && args[0].EndsWith(".go") ? Path.GetFileNameWithoutExtension(args[0]) : Path.GetFileName(main.Dir.TrimEnd('/'));
}
