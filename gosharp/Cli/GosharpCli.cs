using System.CommandLine;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Cli;

/// <summary>
/// The gosharp command line: parses go-style flags (System.CommandLine) and calls the stage libraries.
/// <see cref="Run"/> is also how `gosharp build` runs each step of its script in-process.
/// </summary>
public static class GosharpCli
{
    public const int ExitUserError = 1;
    public const int ExitUsage = 2;
    /// <summary>go build and go run: a step of the build (compile, asm, link) failed; loading errors are ExitUserError.</summary>
    public const int ExitBuildFailed = 2;
    public const int ExitInternal = 3;

    public static int Run(string[] args, ToolContext ctx)
    {
        var root = new RootCommand("gosharp: a Go toolchain for linux/arm64");
        root.Add(BuildCommands.Build(ctx));
        root.Add(BuildCommands.RunCmd(ctx));
        root.Add(InfoCommands.Version(ctx));
        root.Add(InfoCommands.Env(ctx));
        var tool = new Command("tool", "run a toolchain stage alone: compile, asm, pack, link, objdump, nm");
        foreach (var c in ToolCommands.All(ctx)) tool.Add(c);
        root.Add(tool);

        ParseResult parse;
        try { parse = root.Parse(args); }
        catch (Exception e) when (e is not OutOfMemoryException) { ctx.Err.WriteLine($"gosharp: {e.Message}"); return ExitUsage; }

        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) ctx.Err.WriteLine(e.Message);
            ctx.Err.WriteLine($"usage: {Usage(parse)}");
            ctx.Err.WriteLine("Run 'gosharp " + string.Join(' ', CommandPath(parse)) + " -h' for details.");
            return ExitUsage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false, Output = ctx.Out, Error = ctx.Err });
        }
        catch (UserError e)
        {
            foreach (var d in e.Diagnostics) ctx.Err.WriteLine(d.ToString());
            return ExitUserError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ctx.Err.WriteLine($"gosharp: internal error: {e.GetType().Name}: {e.Message}");
            if (Environment.GetEnvironmentVariable("GOSHARP_DEBUG") == "1") ctx.Err.WriteLine(e.ToString());
            else ctx.Err.WriteLine("(set GOSHARP_DEBUG=1 for the .NET stack; please report this as a gosharp bug)");
            return ExitInternal;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var r = parse.CommandResult; r != null && r.Command is not RootCommand; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            names.Insert(0, r.Command.Name);
        return names;
    }

    private static string Usage(ParseResult parse)
    {
        var cmd = parse.CommandResult.Command;
        var path = string.Join(' ', CommandPath(parse));
        var args = string.Join(' ', cmd.Arguments.Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"{a.Name}..." : a.Name));
        return $"gosharp {path}{(cmd.Options.Count > 0 ? " [flags]" : "")} {args}".TrimEnd();
    }
}
