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

    /// <summary>
    /// Arguments and results passed on the stack count as the function's args (gc: "0 MB locals"): a
    /// parameter stays in the caller's area and a huge result lives on the heap, so neither is a local.
    /// The method's value wrapper (pkg.(*large).f1) is not reported, as gc does not.
    /// </summary>
    private const string ArgsSource = """
        package p

        type large struct {
        	b [1500000000]byte
        }

        func (x large) f1() int {
        	return 5
        }

        func f2(x large) int {
        	return 5
        }

        func f3() (x large, i int) {
        	return
        }

        var _ interface{ f1() int } = &large{}

        """;

    private static readonly string[] ArgsExpected =
    [
        "x.go:7:6: stack frame too large (>1GB): 0 MB locals + 1430 MB args",
        "x.go:11:6: stack frame too large (>1GB): 0 MB locals + 1430 MB args",
        "x.go:15:6: stack frame too large (>1GB): 0 MB locals + 1430 MB args",
    ];

    /// <summary>
    /// gc compiles this (test/fixedbugs/issue15141.go's pattern): variables over 10 MB live on the
    /// heap, a huge call result goes straight from the callee's result area into the variable it is
    /// assigned to (:=, var, =, return), and huge parameters and results are not copied into frames.
    /// </summary>
    private const string AcceptedSource = """
        package p

        type A = [0xFFFFFFF]byte

        func m() byte {
        	a := f(1, 99)
        	var b = g(0xFFFFFFe, 98)
        	var c A
        	c = f(2, 97)
        	d, e := f(3, 96), f(4, 95)
        	_ = e
        	return a[1] + b[0xFFFFFFe] + c[2] + d[3] + p(a) + q()
        }

        //go:noinline
        func f(i, y int) (a A) {
        	a[i] = byte(y)
        	return
        }

        //go:noinline
        func g(i, y int) A {
        	var a A
        	a[i] = byte(y)
        	return f(i, y)
        }

        func p(x [0xFFFFFFF]byte) byte { return x[1] }

        func q() byte {
        	var a [600e6]byte
        	return p2(a)
        }

        func p2(x [600e6]byte) byte { return x[2] }

        """;

    [Theory]
    [InlineData(nameof(Source))]
    [InlineData(nameof(ArgsSource))]
    public void TooLargeFramesAreReported(string name)
    {
        var (source, expected) = Case(name);
        using var tmp = new TempDir();
        tmp.Write("x.go", source);
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["x.go"], new CompileOptions { PackagePath = "p", Cwd = tmp.Path, NoErrorLimit = true }));
        Assert.Equal(expected, e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void HugeValuesOutsideTheFrameCompile()
    {
        using var tmp = new TempDir();
        tmp.Write("x.go", AcceptedSource);
        GoCompiler.Compile(["x.go"], new CompileOptions { PackagePath = "p", Cwd = tmp.Path, NoErrorLimit = true });
    }

    [Theory]
    [InlineData(nameof(Source))]
    [InlineData(nameof(ArgsSource))]
    [InlineData(nameof(AcceptedSource))]
    public void GcAgrees(string name)
    {
        var (source, expected) = Case(name);
        var go = Oracles.Require(Oracles.Go);
        using var tmp = new TempDir();
        tmp.Write("x.go", source);
        // Never -o /dev/null: gc removes its output file on errors (and may run as root).
        var r = Proc.Run(go, ["tool", "compile", "-p", "p", "-e", "-o", tmp.File("x.o"), "x.go"], workDir: tmp.Path);
        Assert.Equal(expected, (r.Stdout + r.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (string Source, string[] Expected) Case(string name) => name switch
    {
        nameof(Source) => (Source, Expected),
        nameof(ArgsSource) => (ArgsSource, ArgsExpected),
        _ => (AcceptedSource, []),
    };
}
