using System.CommandLine;
using Gosharp.Cli.Build;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Cli;

/// <summary>`gosharp build` and `gosharp run`.</summary>
public static class BuildCommands
{
    public static Command Build(ToolContext ctx)
    {
        var cmd = new Command("build", "compile packages and dependencies");
        var x = GoFlags.Bool("x", "print the commands");
        var n = GoFlags.Bool("n", "print the commands but do not run them");
        var work = GoFlags.Bool("work", "print the name of the temporary work directory and do not delete it when exiting");
        var o = GoFlags.String("o", "write the resulting executable to the named output file", "file");
        var a = GoFlags.Bool("a", "force rebuilding of packages that are already up-to-date");
        var gcflags = GoFlags.String("gcflags", "arguments to pass on each go tool compile invocation (of the command-line package)", "flags");
        var args = GoFlags.Files("packages", ArgumentArity.ZeroOrMore);
        cmd.Add(x); cmd.Add(n); cmd.Add(work); cmd.Add(o); cmd.Add(a); cmd.Add(gcflags); cmd.Add(args);
        cmd.SetAction(r =>
        {
            var gcf = r.GetValue(gcflags) is { } g ? g.Split(' ', StringSplitOptions.RemoveEmptyEntries) : null;
            var req = new BuildRequest(r.GetValue(args)!, r.GetValue(o), r.GetValue(x), r.GetValue(n), r.GetValue(work), r.GetValue(a), gcf);
            return Builder.Build(req, ctx) ? 0 : GosharpCli.ExitBuildFailed;
        });
        return cmd;
    }

    public static Command RunCmd(ToolContext ctx)
    {
        var cmd = new Command("run", "compile and run a Go program (under qemu-aarch64 on a non-arm64 host)");
        var x = GoFlags.Bool("x", "print the commands");
        var work = GoFlags.Bool("work", "print the name of the temporary work directory and do not delete it when exiting");
        // Everything from the first file or package on: the .go files (or one package), then the program's
        // own arguments (which may look like flags).
        var rest = new Argument<string[]>("package [arguments]") { Arity = ArgumentArity.ZeroOrMore, CaptureRemainingTokens = true };
        cmd.Add(x); cmd.Add(work); cmd.Add(rest);
        cmd.SetAction(r =>
        {
            var all = r.GetValue(rest) ?? [];
            if (all.Length == 0) throw new UserError("go: no go files listed");
            if (all[0].StartsWith('-')) throw new UserError($"flag provided but not defined: {all[0]}");
            var files = all.TakeWhile(a => a.EndsWith(".go")).ToList();
            if (files.Count == 0) { files = [all[0]]; }
            var progArgs = all.Skip(files.Count).ToList();
            var loaded = new PackageLoader(ctx.Cwd).Load(files);
            // go run takes the program among what a pattern matches.
            var mains = files[0].Contains("...") ? loaded.Roots.Where(p => p.IsMain).ToList() : loaded.Roots.ToList();
            if (mains.Count == 0 && loaded.Roots.Count > 0) throw new UserError($"package {loaded.Roots[0].ImportPath} is not a main package");
            if (mains.Count == 0) throw new UserError($"go: no packages loaded from {files[0]}");
            if (mains.Count > 1) throw new UserError($"go: pattern {files[0]} matches multiple main packages");
            if (!mains[0].IsMain) throw new UserError($"package {mains[0].ImportPath} is not a main package");
            var tmp = Directory.CreateTempSubdirectory("gosharp-run-");
            try
            {
                var exe = Path.Combine(tmp.FullName, Builder.DefaultOutputName(mains[0], files));
                var arg = files[0].Contains("...") ? [mains[0].ImportPath] : files;
                var req = new BuildRequest(arg, exe, r.GetValue(x), false, r.GetValue(work));
                if (!Builder.Build(req, ctx)) return GosharpCli.ExitBuildFailed;
                var code = Runner.Run(exe, progArgs, ctx);
                if (code != 0) { ctx.Err.WriteLine($"exit status {code}"); return 1; }
                return 0;
            }
            finally
            {
                try { tmp.Delete(recursive: true); } catch (IOException) { }
            }
        });
        return cmd;
    }
}
