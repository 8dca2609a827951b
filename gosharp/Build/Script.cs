using System.Text;
using Gosharp.Cli.Cli;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Cli.Build;

/// <summary>
/// One line of a build script. `gosharp build` makes a script, prints it for -x/-n (as bash-runnable
/// text, go build -x style) and runs it in-process; both come from the same lines, so running the printed
/// trace with bash rebuilds the same bytes. Paths may start with "$WORK".
/// </summary>
public abstract record ScriptLine;

public sealed record MkdirLine(string Dir) : ScriptLine;
public sealed record WriteFileLine(string Path, string Content) : ScriptLine;
public sealed record CdLine(string Dir) : ScriptLine;
/// <summary>A `gosharp ...` command (its arguments after "gosharp"); Package names the package it builds, for error headers.</summary>
public sealed record GosharpLine(IReadOnlyList<string> Args, string Package) : ScriptLine;
public sealed record MvLine(string From, string To) : ScriptLine;
public sealed record CpLine(string From, string To) : ScriptLine;
public sealed record RmLine(string Path) : ScriptLine;
/// <summary>Copies a built archive into the build cache; not part of the printed trace.</summary>
public sealed record CacheStoreLine(string Archive, string CachePath) : ScriptLine;

public sealed class Script
{
    public const string Work = "$WORK";
    public List<ScriptLine> Lines { get; } = [];

    public void Add(ScriptLine line) => Lines.Add(line);

    /// <summary>The script as shell text; <paramref name="workDir"/> is printed once as WORK=...</summary>
    public string Render(string workDir, string gosharpExe)
    {
        var sb = new StringBuilder();
        sb.Append("WORK=").Append(Shell.Quote(workDir)).Append('\n');
        foreach (var line in Lines)
        {
            switch (line)
            {
                case MkdirLine m: sb.Append("mkdir -p ").Append(Shell.Word(m.Dir)).Append('\n'); break;
                case WriteFileLine { Content: "" } empty:
                    sb.Append("echo -n > ").Append(Shell.Word(empty.Path)).Append(" # internal\n");
                    break;
                case WriteFileLine w:
                    // Quoted 'EOF' as go prints it when the text needs no expansion; with $WORK paths inside,
                    // an unquoted EOF so that bash expands them (go's own trace is not runnable there).
                    var needsWork = w.Content.Contains(Work);
                    sb.Append("cat >").Append(Shell.Word(w.Path)).Append(needsWork ? " << EOF" : " << 'EOF'").Append(" # internal\n");
                    sb.Append(needsWork ? Shell.HeredocWithWork(w.Content) : w.Content);
                    if (!w.Content.EndsWith('\n')) sb.Append('\n');
                    sb.Append("EOF\n");
                    break;
                case CdLine c: sb.Append("cd ").Append(Shell.Word(c.Dir)).Append('\n'); break;
                case GosharpLine g:
                    sb.Append(Shell.Quote(gosharpExe));
                    foreach (var a in g.Args) sb.Append(' ').Append(Shell.Word(a));
                    sb.Append('\n');
                    break;
                case MvLine mv: sb.Append("mv ").Append(Shell.Word(mv.From)).Append(' ').Append(Shell.Word(mv.To)).Append('\n'); break;
                case CpLine cp: sb.Append("cp ").Append(Shell.Word(cp.From)).Append(' ').Append(Shell.Word(cp.To)).Append('\n'); break;
                case RmLine rm: sb.Append("rm -r ").Append(Shell.Word(rm.Path)).Append('\n'); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// Runs the script in this process, with $WORK meaning <paramref name="workDir"/>. A failing
    /// command prints go build's "# package" header and its errors, and stops the script.
    /// </summary>
    public bool Execute(string workDir, ToolContext ctx, Func<string[], ToolContext, int> runGosharp)
    {
        var cwd = ctx.Cwd;
        string X(string s) => s.StartsWith(Work) ? workDir + s[Work.Length..] : s;
        string Abs(string s) => Path.GetFullPath(X(s), cwd);
        foreach (var line in Lines)
        {
            switch (line)
            {
                case MkdirLine m: Directory.CreateDirectory(Abs(m.Dir)); break;
                case WriteFileLine w: File.WriteAllText(Abs(w.Path), w.Content.Replace(Work, workDir)); break;
                case CdLine c: cwd = Abs(c.Dir); break;
                case GosharpLine g:
                    var err = new StringWriter();
                    var code = runGosharp(g.Args.Select(a => a.Replace(Work, workDir)).ToArray(), ctx with { Cwd = cwd, Err = err });
                    var text = err.ToString();
                    if (code != 0)
                    {
                        ctx.Err.WriteLine($"# {g.Package}");
                        ctx.Err.Write(ShortenPaths(text, cwd, ctx.Cwd));
                        return false;
                    }
                    if (text.Length > 0)
                    {
                        // Messages of a successful step (compile -m): under the package's header too, as go prints them.
                        ctx.Err.WriteLine($"# {g.Package}");
                        ctx.Err.Write(ShortenPaths(text, cwd, ctx.Cwd));
                    }
                    break;
                case MvLine mv:
                    try { File.Move(Abs(mv.From), Abs(mv.To), overwrite: true); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    { throw new UserError($"gosharp: copying {X(mv.From)} to {mv.To}: {ToolCommands.ErrorText(e)}"); }
                    break;
                case CpLine cp:
                    try { File.Copy(Abs(cp.From), Abs(cp.To), overwrite: true); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    { throw new UserError($"gosharp: copying {X(cp.From)} to {cp.To}: {ToolCommands.ErrorText(e)}"); }
                    break;
                case RmLine rm: Directory.Delete(Abs(rm.Path), recursive: true); break;
                case CacheStoreLine cs: BuildCache.Store(Abs(cs.Archive), cs.CachePath); break;
            }
        }
        return true;
    }

    /// <summary>
    /// Tools name files as they were given ("./x.go", relative to the package folder); go build (1.19)
    /// shows them relative to where it was run: "./x.go" in that folder, else "sub/x.go", "../u/x.go"
    /// (or the absolute path when that is shorter).
    /// </summary>
    private static string ShortenPaths(string text, string stepDir, string userDir)
    {
        var prefix = stepDir == userDir ? "./" : ShortPaths.Of(stepDir, userDir).TrimEnd('/') + "/";
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith("./")) lines[i] = prefix + lines[i][2..];
        return string.Join('\n', lines);
    }
}

/// <summary>Shell quoting for the printed trace.</summary>
public static class Shell
{
    private static bool Safe(char c) => char.IsAsciiLetterOrDigit(c) || "/._-+=:,@%^".Contains(c);

    public static string Quote(string s) =>
        s.Length > 0 && s.All(Safe) ? s : "'" + s.Replace("'", "'\\''") + "'";

    /// <summary>A word that may start with $WORK: that part stays expandable (double quotes when needed, as go prints "$WORK/b001=>").</summary>
    public static string Word(string s)
    {
        if (!s.Contains(Script.Work)) return Quote(s);
        if (s.All(c => Safe(c) || c == '$')) return s;
        var escaped = new StringBuilder("\"");
        for (int i = 0; i < s.Length; i++)
        {
            if (s.AsSpan(i).StartsWith(Script.Work)) { escaped.Append(Script.Work); i += Script.Work.Length - 1; continue; }
            if (s[i] is '"' or '\\' or '$' or '`') escaped.Append('\\');
            escaped.Append(s[i]);
        }
        return escaped.Append('"').ToString();
    }

    /// <summary>Text for an unquoted heredoc: $WORK expands, every other $, ` and \ is escaped.</summary>
    public static string HeredocWithWork(string content)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < content.Length; i++)
        {
            if (content.AsSpan(i).StartsWith(Script.Work)) { sb.Append(Script.Work); i += Script.Work.Length - 1; continue; }
            if (content[i] is '$' or '\\' or '`') sb.Append('\\');
            sb.Append(content[i]);
        }
        return sb.ToString();
    }
}
