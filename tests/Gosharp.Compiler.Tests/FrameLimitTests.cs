using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.TestSupport;

namespace Gosharp.Compiler.Tests;

/// <summary>
/// gc's 1 GB limit on stack frames, reported by the back end at the function (after every function
/// is laid out), with gc 1.19's words and sizes.
/// </summary>
public class FrameLimitTests
{
    /// <summary>Ranging over *x copies the array into the frame; h's results and g's arguments need the frame and the callee area.</summary>
    private const string Source = """
        package p

        func f1(x *[1<<30 - 1e6]byte) byte {
        	for _, b := range *x {
        		return b
        	}
        	return 0
        }

        func f2(x *[1 << 31]byte) byte {
        	for _, b := range *x {
        		return b
        	}
        	return 0
        }

        type Big = [400e6]byte

        func f3() {
        	g(h(), h())
        }

        func g(Big, Big)
        func h() Big

        """;

    /// <summary>What gc 1.19 prints for <see cref="Source"/> (GcAgrees checks it).</summary>
    private static readonly string[] Expected =
    [
        "x.go:10:6: stack frame too large (>1GB): 2048 MB locals + 0 MB args",
        "x.go:19:6: stack frame too large (>1GB): 762 MB locals + 0 MB args + 762 MB callee",
    ];

    [Fact]
    public void TooLargeFramesAreReported()
    {
        using var tmp = new TempDir();
        tmp.Write("x.go", Source);
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["x.go"], new CompileOptions { PackagePath = "p", Cwd = tmp.Path, NoErrorLimit = true }));
        Assert.Equal(Expected, e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void GcAgrees()
    {
        var go = Oracles.Require(Oracles.Go);
        using var tmp = new TempDir();
        tmp.Write("x.go", Source);
        // Never -o /dev/null: gc removes its output file on errors (and may run as root).
        var r = Proc.Run(go, ["tool", "compile", "-p", "p", "-e", "-o", tmp.File("x.o"), "x.go"], workDir: tmp.Path);
        Assert.Equal(Expected, (r.Stdout + r.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
