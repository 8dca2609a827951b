using System.Text.RegularExpressions;
using Gosharp.Cli.Build;
using Gosharp.Cli.Cli;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests.GoTestSuite;

/// <summary>
/// One program of Go's own test suite (/usr/lib/go-1.19/test), checked the way its run.go checks it,
/// with gosharp in gc's place. The first comment line says what to do:
/// <list type="bullet">
/// <item>"// run": build, run under qemu-aarch64; exit status 0 and output equal to NAME.out (or empty).</item>
/// <item>"// compile": compile without error. As run.go compiles: no link (such files may lack
/// main.main) and not -complete (bodiless functions are allowed).</item>
/// <item>"// errorcheck": compile with -e; every "// ERROR "regexp"" comment must match an error
/// reported on its line, and no other error may be reported. Flags after it about the language
/// (-lang=go1.N, -e=0, -std) are passed to the compiler.</item>
/// </list>
/// <item>"// compiledir", "// rundir", "// errorcheckdir", "// errorcheckandrundir": the packages of
/// NAME.dir, compiled one by one with gosharp's tools (GoSuiteDir.cs).</item>
/// Other actions (other flags, optimizer diagnostics) are not handled.
/// </summary>
public static partial class GoSuiteTest
{
    public const string Root = "/usr/lib/go-1.19/test";

    /// <summary>
    /// Files run.go itself expects gc 1.19 to fail (its types2Failures and go118Failures lists): gc's
    /// own messages do not match them, and ours follow gc's.
    /// </summary>
    public static readonly IReadOnlySet<string> FailWithGc = new HashSet<string>(StringComparer.Ordinal)
    {
        "notinheap.go", "shift1.go", "fixedbugs/issue10700.go", "fixedbugs/issue18331.go", "fixedbugs/issue18419.go",
        "fixedbugs/issue20233.go", "fixedbugs/issue20245.go", "fixedbugs/issue31053.go",
        "typeparam/nested.go", "typeparam/issue51521.go",
    };

    /// <summary>The action of a test file ("run", "compile", "errorcheck", or a dir action) or null when we cannot check it.</summary>
    public static string? Action(string path) => ActionAndFlags(path)?.Action;

    /// <summary>
    /// The action and the compile flags of its first line ("// errorcheck -lang=go1.17"): only the
    /// flags about the language are taken (-lang=go1.N, -e, -e=0, -std); a file with others (the
    /// optimizer's -0 -m -d=..., the runtime's -+) is not checked.
    /// </summary>
    public static (string Action, IReadOnlyList<string> Flags)? ActionAndFlags(string path)
    {
        if (!BuildConstraints.MatchesTarget(path)) return null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line == "" || line.StartsWith("//go:build") || line.StartsWith("// +build")) continue;
            switch (line)
            {
                case "// run": return ("run", []);
                case "// compile": return ("compile", []);
                case "// errorcheck": return ("errorcheck", []);
            }
            if (line.StartsWith("// ") && ParseDirRecipe(line) is { } r && Directory.Exists(Path.ChangeExtension(path, ".dir")))
                return (r.Action, []);
            if (!line.StartsWith("// errorcheck ", StringComparison.Ordinal)) return null;
            var flags = line["// errorcheck ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return flags.All(f => f is "-e" or "-e=0" or "-std" || LangFlag().IsMatch(f)) ? ("errorcheck", flags) : null;
        }
        return null;
    }

    /// <summary>Checks one file (path relative to <see cref="Root"/>); null when it passes, else why not.</summary>
    public static string? Check(string rel)
    {
        return InProcessFrontEnd.OnDeepStack(() => CheckOnThisThread(rel), InProcessFrontEnd.TimedOut);
    }

    private static string? CheckOnThisThread(string rel)
    {
        var path = Path.Combine(Root, rel);
        var (action, flags) = ActionAndFlags(path) ?? throw new InvalidOperationException($"{rel}: not a run/compile/errorcheck test");
        using var tmp = new TempDir("gosharp-gosuite");
        var err = new StringWriter();
        var ctx = new ToolContext(Path.GetDirectoryName(path)!, new StringWriter(), err);
        if (DirActions.Contains(action))
            return CheckDir(path, File.ReadLines(path).Select(l => l.Trim()).First(l => l.StartsWith("// ") && ParseDirRecipe(l) != null), tmp);
        switch (action)
        {
            case "run":
            {
                var exe = tmp.File("prog");
                var ok = InProcessFrontEnd.Build(new BuildRequest([path], exe, false, false, false), ctx);
                if (!ok) return "build failed:\n" + err;
                return RunAndCompare(exe, path);
            }
            case "compile":
                return InProcessFrontEnd.Build(new BuildRequest([path], null, false, false, false, GcFlags: ["-complete=false"], CompileOnly: true), ctx) ? null : "compile failed:\n" + err;
            default:
            {
                // As run.go: -e (no error limit) unless the file says -e=0; then the file's flags.
                List<string> gcflags = ["-complete=false", .. flags.Contains("-e=0") ? [] : new[] { "-e" }, .. flags.Where(f => f is not ("-e" or "-e=0"))];
                var ok = InProcessFrontEnd.Build(new BuildRequest([path], null, false, false, false, GcFlags: gcflags, CompileOnly: true), ctx);
                if (ok) return "compiled without errors";
                var problems = MatchErrors(File.ReadAllText(path), Path.GetFileName(path), err.ToString());
                return problems.Count == 0 ? null : string.Join("\n", problems);
            }
        }
    }

    /// <summary>Runs a program under qemu: exit status 0 and output (stdout and stderr) equal to NAME.out, or empty.</summary>
    private static string? RunAndCompare(string exe, string path)
    {
        var run = Proc.Run("/bin/sh", ["-c", "exec \"$0\" \"$1\" 2>&1", Oracles.Require(Oracles.Qemu), exe], timeoutMs: 120_000);
        var outFile = Path.ChangeExtension(path, ".out");
        var want = File.Exists(outFile) ? File.ReadAllText(outFile) : "";
        if (run.ExitCode != 0) return $"exit status {run.ExitCode}:\n{Tail(run.Stdout)}";
        return run.Stdout == want ? null : $"output differs:\n--- got\n{Tail(run.Stdout)}\n--- want\n{Tail(want)}";
    }

    private static string Tail(string s) => s.Length <= 2000 ? s : "..." + s[^2000..];

    /// <summary>
    /// run.go's errorcheck rule: the reported errors ("file:line:col: message", columns ignored) are
    /// taken one ERROR regexp at a time; those reported on the regexp's line must include one whose
    /// message matches; those that match are used up. Whatever is left over is an unexpected error.
    /// LINE, LINE+n and LINE-n in a regexp stand for "file:line".
    /// </summary>
    public static List<string> MatchErrors(string source, string fileName, string output) => MatchErrors([(source, fileName)], output);

    /// <summary>The same over the files of one package (a dir test's): each file's ERROR comments, one output.</summary>
    public static List<string> MatchErrors(IReadOnlyList<(string Source, string FileName)> files, string output)
    {
        var reported = new List<string>();
        // run.go compiles "file.go" in its folder, so positions inside messages ("jumps over
        // declaration of x at file.go:43:4") have no "./" as go build's have.
        foreach (var (_, fileName) in files) output = output.Replace("./" + fileName + ":", fileName + ":");
        foreach (var line in output.Split('\n'))
        {
            // A message continues on lines that start with a tab (cycles, "have/want" lines).
            if (line.StartsWith('\t') && reported.Count > 0) { reported[^1] += "\n" + line; continue; }
            var m = ErrorLine().Match(line);
            if (!m.Success) continue;
            // As gc with -C: "file:line: message", the file without folders.
            reported.Add($"{Path.GetFileName(m.Groups["file"].Value)}:{m.Groups["line"].Value}: {m.Groups["msg"].Value}");
        }
        var problems = new List<string>();
        foreach (var (source, fileName) in files)
        {
            var lines = source.Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Contains("////")) continue;
                var em = ErrorComment().Match(lines[i]);
                if (!em.Success) continue;
                int lineNum = i + 1;
                foreach (Match q in Quoted().Matches(em.Groups[1].Value))
                {
                    // As run.go: the text between the quotes, as it is (no escapes are interpreted).
                    var reText = q.Groups[1].Value;
                    reText = LineRef().Replace(reText, lm =>
                    {
                        int n = lineNum;
                        if (lm.Value.StartsWith("LINE+")) n += int.Parse(lm.Value[5..]);
                        else if (lm.Value.StartsWith("LINE-")) n -= int.Parse(lm.Value[5..]);
                        return $"{fileName}:{n}";
                    });
                    Regex re;
                    try { re = new Regex(reText); }
                    catch (ArgumentException) { problems.Add($"{fileName}:{lineNum}: regexp {reText} does not compile in .NET"); continue; }
                    // As run.go's matchPrefix: "file:12" must be followed by ':' (not "file:123").
                    var prefix = $"{fileName}:{lineNum}";
                    var here = reported.Where(r => r.StartsWith(prefix + ":", StringComparison.Ordinal)).ToList();
                    if (here.Count == 0) { problems.Add($"{prefix}: missing error {reText}"); continue; }
                    var matched = here.Where(r => re.IsMatch(r[(r.IndexOf(' ') + 1)..])).ToList();
                    if (matched.Count == 0) { problems.Add($"{prefix}: no match for {reText} in: {string.Join(" | ", here)}"); continue; }
                    foreach (var r in matched) reported.Remove(r);
                }
            }
        }
        problems.AddRange(reported.Select(r => "unexpected error: " + r));
        return problems;
    }

    [GeneratedRegex(@"^(?<file>[^:\s]+\.go):(?<line>\d+)(:\d+)?: (?<msg>.*)$")]
    private static partial Regex ErrorLine();
    [GeneratedRegex(@"// (?:GC_)?ERROR (.*)")]
    private static partial Regex ErrorComment();
    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();
    [GeneratedRegex(@"^-lang=go1\.\d+$")]
    private static partial Regex LangFlag();
    [GeneratedRegex(@"LINE(?:[+-]\d+)?")]
    private static partial Regex LineRef();
}
