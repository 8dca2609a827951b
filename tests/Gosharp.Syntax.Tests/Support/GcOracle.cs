using Gosharp.TestSupport;

namespace Gosharp.Syntax.Tests.Support;

/// <summary>
/// gc's own parser as an oracle: GcDump/main.go prints gc's syntax tree (or first syntax error)
/// in AstPrinter's format. It imports cmd/compile/internal/syntax, so it is built inside GOROOT's
/// cmd module through a `go build -overlay` (GOROOT itself is not modified), once per test run.
/// </summary>
public static class GcOracle
{
    public const string GoRoot = "/usr/lib/go-1.19";

    private static readonly Lazy<string> tool = new(Build);

    /// <summary>The path of the built gcdump tool.</summary>
    public static string Tool => tool.Value;

    // Built once per version of main.go, in a temporary folder named after its hash.
    private static string Build()
    {
        var go = Oracles.Require(Oracles.Go);
        var src = Repo.Path("tests", "Gosharp.Syntax.Tests", "GcDump", "main.go");
        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(src)))[..16];
        var dir = Path.Combine(Path.GetTempPath(), $"gosharp-gcdump-{hash}");
        var exe = Path.Combine(dir, "gcdump");
        if (File.Exists(exe)) return exe;
        Directory.CreateDirectory(dir);
        var overlay = Path.Combine(dir, $"overlay.{Environment.ProcessId}.json");
        var target = Path.Combine(GoRoot, "src", "cmd", "compile", "internal", "syntax", "gosharpdump", "main.go");
        File.WriteAllText(overlay, "{\"Replace\": {\"" + target + "\": \"" + src + "\"}}");
        var built = exe + $".{Environment.ProcessId}";
        // GOROOT/src may be a symbolic link: PWD keeps the go command in the path the overlay names.
        var cmdDir = Path.Combine(GoRoot, "src", "cmd");
        var r = Proc.Run(go, ["build", "-overlay", overlay, "-o", built, "./compile/internal/syntax/gosharpdump"],
            workDir: cmdDir, env: new Dictionary<string, string> { ["GOFLAGS"] = "", ["PWD"] = cmdDir });
        if (r.ExitCode != 0) throw new InvalidOperationException("building the gc oracle failed: " + r);
        File.Move(built, exe, overwrite: true);
        return exe;
    }

    /// <summary>
    /// Dumps files (paths relative to <paramref name="workDir"/>, which is also how they are
    /// named in positions) with gc's parser; returns each file's dump.
    /// </summary>
    public static Dictionary<string, string> Dump(string workDir, IReadOnlyList<string> files)
    {
        var r = Proc.Run(Tool, ["-list"], workDir: workDir, stdin: string.Join("\n", files) + "\n", timeoutMs: 300_000);
        if (r.ExitCode != 0) throw new InvalidOperationException("gcdump failed: " + r);
        return Split(r.Stdout);
    }

    /// <summary>gc's syntax.String of each value of the file's var declarations, in order.</summary>
    public static string[] Strings(string file)
    {
        var r = Proc.Run(Tool, ["-strings", file]);
        if (r.ExitCode != 0) throw new InvalidOperationException("gcdump failed: " + r);
        return r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Splits "=== name" separated dumps.</summary>
    public static Dictionary<string, string> Split(string output)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var current = new System.Text.StringBuilder();
        foreach (var line in output.Split('\n'))
        {
            if (line.StartsWith("=== ", StringComparison.Ordinal))
            {
                if (name != null) result[name] = current.ToString();
                name = line[4..];
                current.Clear();
            }
            else if (name != null)
            {
                current.Append(line).Append('\n');
            }
        }
        if (name != null) result[name] = current.ToString().TrimEnd('\n') + "\n";
        return result;
    }
}
