using Gosharp.Cli.Cli;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <param name="Rebuild">-a: build every package, ignoring (and not filling) the build cache.</param>
/// <param name="GcFlags">-gcflags: extra compile flags for the command-line packages.</param>
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
        var loaded = new PackageLoader(ctx.Cwd) { NoErrorLimit = req.GcFlags?.Contains("-e") == true }.Load(req.Args);
        foreach (var w in loaded.Warnings) ctx.Err.WriteLine(w);
        var outputs = req.CompileOnly ? new Dictionary<string, string>() : Outputs(loaded.Roots, req, ctx.Cwd);

        var cache = req.Rebuild || req.DryRun ? null : BuildCache.Open();
        var script = Planner.Plan(loaded.Roots, loaded.All, ctx.Cwd, outputs, cache, req.GcFlags ?? [], link: !req.CompileOnly);
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

    /// <summary>
    /// Where the command-line packages' results go, by go build's rules: -o naming a folder (existing,
    /// or written with a trailing /) gets every program, under its default name; -o naming a file takes
    /// the one package built (a program, or a library's archive); without -o a single program is written
    /// to the current folder under its default name, and several packages are built and discarded.
    /// </summary>
    private static Dictionary<string, string> Outputs(IReadOnlyList<Package> roots, BuildRequest req, string cwd)
    {
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (req.Output is { } o)
        {
            var full = Path.GetFullPath(o, cwd);
            if (o.EndsWith('/') || Directory.Exists(full))
            {
                var mains = roots.Where(r => r.IsMain).ToList();
                if (mains.Count == 0) throw new UserError("go: no main packages to build");
                if (!req.DryRun) Directory.CreateDirectory(full);
                foreach (var m in mains) outputs[m.ImportPath] = Path.Combine(full, DefaultOutputName(m, req.Args));
            }
            else if (roots.Count > 1) throw new UserError($"go: cannot write multiple packages to non-directory {o}");
            else if (roots.Count == 1) outputs[roots[0].ImportPath] = full;
        }
        else if (roots is [{ IsMain: true } main])
        {
            var name = DefaultOutputName(main, req.Args);
            var path = Path.GetFullPath(name, cwd);
            if (Directory.Exists(path)) throw new UserError($"go: build output \"{name}\" already exists and is a directory");
            outputs[main.ImportPath] = path;
        }
        return outputs;
    }

    /// <summary>
    /// go build's default name for a program: the first file's name without .go, the folder's name for
    /// a folder outside a module, else the last element of the import path — the one before it when
    /// that is a major version (example.com/tool/v2 is "tool").
    /// </summary>
    public static string DefaultOutputName(Package main, IReadOnlyList<string> args)
    {
        if (main.ImportPath == PackageLoader.CommandLinePackage)
            return args.Count > 0 && args[0].EndsWith(".go") ? Path.GetFileNameWithoutExtension(args[0]) : Path.GetFileName(main.Dir.TrimEnd('/'));
        var elems = main.ImportPath.Split('/');
        return elems.Length > 1 && IsMajorVersion(elems[^1]) ? elems[^2] : elems[^1];
    }

    /// <summary>v2, v3, ... (not v0 or v1, nor leading zeros): a module's major-version suffix.</summary>
    private static bool IsMajorVersion(string elem) =>
        elem.Length >= 2 && elem[0] == 'v' && elem[1] != '0' && elem[1..].All(char.IsAsciiDigit) && elem != "v1";
}
