using System.Globalization;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests.Support;

/// <summary>
/// The gc oracle: assembles a .s file with Go 1.19's <c>go tool asm</c> (GOARCH=arm64) and reads the
/// instruction words of each function back with <c>go tool objdump</c>.
/// </summary>
public static class GcAsm
{
    private static readonly Dictionary<string, string> Env = new()
    {
        ["GOOS"] = "linux", ["GOARCH"] = "arm64", ["CGO_ENABLED"] = "0", ["GOFLAGS"] = "", ["GO111MODULE"] = "off",
        ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "gosharp-asm-tests-gocache"),
    };

    /// <summary>Function name (e.g. main.t0) to its instruction words, trailing alignment padding removed.</summary>
    public static Dictionary<string, List<uint>> Assemble(string source, string package = "main", IReadOnlyList<string>? includeDirs = null)
    {
        var go = Oracles.Require(Oracles.Go);
        using var dir = new TempDir("gosharp-gcasm");
        var src = dir.Write("x.s", source);
        var obj = dir.File("x.o");
        var args = new List<string> { "tool", "asm", "-p", package, "-compiling-runtime", "-I", "/usr/lib/go-1.19/pkg/include", "-D", "GOOS_linux", "-D", "GOARCH_arm64" };
        foreach (var inc in includeDirs ?? []) { args.Add("-I"); args.Add(inc); }
        args.AddRange(["-o", obj, src]);
        var asm = Proc.Run(go, args, workDir: dir.Path, env: Env);
        if (asm.ExitCode != 0) throw new InvalidOperationException("go tool asm failed:\n" + asm);
        var dump = Proc.Run(go, ["tool", "objdump", obj], workDir: dir.Path, env: Env);
        if (dump.ExitCode != 0) throw new InvalidOperationException("go tool objdump failed:\n" + dump);
        var result = new Dictionary<string, List<uint>>();
        List<uint>? cur = null;
        foreach (var line in dump.Stdout.Split('\n'))
        {
            if (line.StartsWith("TEXT "))
            {
                var name = line[5..line.IndexOf("(SB)", StringComparison.Ordinal)];
                result[name] = cur = [];
                continue;
            }
            var f = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (cur == null || f.Length < 3) continue;
            cur.Add(uint.Parse(f[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }
        foreach (var words in result.Values)
            while (words.Count > 0 && words[^1] == 0) words.RemoveAt(words.Count - 1);
        return result;
    }
}
