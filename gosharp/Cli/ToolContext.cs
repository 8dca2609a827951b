namespace Gosharp.Cli.Cli;

/// <summary>
/// Where a command runs: its working folder and its output streams. Commands never read the process's
/// current directory, so `gosharp build` can run the steps of its script in-process, each "in" its own
/// folder, exactly as bash runs the printed -x trace.
/// </summary>
public sealed record ToolContext(string Cwd, TextWriter Out, TextWriter Err)
{
    public static ToolContext Process() => new(Environment.CurrentDirectory, Console.Out, Console.Error);

    /// <summary>A path from the command line, made absolute against this context's folder.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, Cwd);
}
