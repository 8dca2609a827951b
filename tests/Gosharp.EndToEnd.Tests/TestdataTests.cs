using Gosharp.Cli.Cli;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>
/// The testdata runner: every testdata/*.go is built by gosharp (in-process, as `gosharp build` does)
/// and run under qemu-aarch64; its standard output and error (merged, in the order written) must equal
/// NAME.out, and its exit status NAME.exit (0 when there is none). Expected outputs come from gc
/// (testdata/update-golden.sh), never from gosharp.
/// </summary>
public class TestdataTests
{
    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Repo.Path("testdata"), "*.go").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramOutputMatchesGc(string name)
    {
        var src = Repo.Path("testdata", name + ".go");
        var expectedOut = Normalize(File.ReadAllText(Repo.Path("testdata", name + ".out")));
        var exitFile = Repo.Path("testdata", name + ".exit");
        var expectedExit = File.Exists(exitFile) ? int.Parse(File.ReadAllText(exitFile).Trim()) : 0;

        using var tmp = new TempDir("gosharp-testdata");
        var exe = tmp.File(name);
        var err = new StringWriter();
        var code = GosharpCli.Run(["build", "-o", exe, src], new ToolContext(Repo.Path("testdata"), new StringWriter(), err));
        Assert.True(code == 0, $"gosharp build {name}.go failed (exit {code}):\n{err}");

        var run = Proc.Run("/bin/sh", ["-c", "exec \"$0\" \"$1\" 2>&1", Oracles.Require(Oracles.Qemu), exe], timeoutMs: 120_000);
        Assert.Equal(expectedExit, run.ExitCode);
        var output = Normalize(run.Stdout);
        // A panic's traceback holds addresses and paths of gc's build: compare everything up to and
        // including the "goroutine N [running]:" line exactly.
        var m = System.Text.RegularExpressions.Regex.Match(expectedOut, @"(?m)^goroutine \d+ \[[^\]]*\]:\n");
        if (m.Success)
        {
            var prefix = expectedOut[..(m.Index + m.Length)];
            Assert.StartsWith(prefix, output);
            // Then the same frames: function names, and file names (not folders) with lines.
            Assert.Equal(Frames(expectedOut[(m.Index + m.Length)..]), Frames(output[prefix.Length..]));
        }
        else Assert.Equal(expectedOut, output);
    }

    /// <summary>
    /// What differs between gc's run and ours without being behaviour: the addresses in a fault's
    /// signal line, a fatal signal's PC line and a stack overflow's report, and the runtime's own stack (gc's morestack and
    /// newstack) that gc prints before the goroutine's when a fatal error happens on the system stack.
    /// </summary>
    private static string Normalize(string output)
    {
        output = System.Text.RegularExpressions.Regex.Replace(output,
            @"(?m)^(\[signal [^\]]*) addr=0x[0-9a-f]+ pc=0x[0-9a-f]+\]$", "$1 addr=ADDR pc=PC]");
        output = System.Text.RegularExpressions.Regex.Replace(output,
            @"(?m)^runtime: sp=0x[0-9a-f]+ stack=\[0x[0-9a-f]+, 0x[0-9a-f]+\]$", "runtime: sp=SP stack=[LO, HI]");
        // A fatal signal's (SIGTRAP from runtime.Breakpoint) pc line.
        output = System.Text.RegularExpressions.Regex.Replace(output,
            @"(?m)^PC=0x[0-9a-f]+ m=(\d+) sigcode=(\d+)$", "PC=PC m=$1 sigcode=$2");
        return System.Text.RegularExpressions.Regex.Replace(output, @"(?ms)^runtime stack:\n.*?\n\n", "");
    }

    /// <summary>
    /// The first goroutine's frames as "function file:line", ignoring arguments, folders, pc offsets and
    /// the fp/sp/pc gc adds after a fatal error; other goroutines (gc's own) are not compared.
    /// </summary>
    private static List<string> Frames(string traceback)
    {
        var frames = new List<string>();
        var lines = traceback.Split('\n');
        for (int i = 0; i + 1 < lines.Length; i++)
        {
            if (lines[i] == "") break;
            if (lines[i] == "...additional frames elided...") { frames.Add(lines[i]); break; }
            var fm = System.Text.RegularExpressions.Regex.Match(lines[i], @"^([\w./*()\[\]]+?)\(.*\)$");
            var lm = System.Text.RegularExpressions.Regex.Match(lines[i + 1], @"^\t(.*):(\d+)( \+0x[0-9a-f]+)?( fp=.*)?$");
            if (!fm.Success || !lm.Success) continue;
            // The runtime's own frames (gc shows "panic(...)" in runtime/panic.go) are not compared.
            var func = fm.Groups[1].Value;
            if (func == "panic" || func.StartsWith("runtime.") || lm.Groups[1].Value.Contains("/src/runtime/")) { i++; continue; }
            frames.Add($"{func} {Path.GetFileName(lm.Groups[1].Value)}:{lm.Groups[2].Value}");
            i++;
        }
        return frames;
    }
}
