using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>`gosharp build -x` prints a go-build-style trace that bash can run to rebuild the same bytes.</summary>
public class TraceTests
{
    [Fact]
    public void TraceRebuildsIdenticalBinary()
    {
        using var tmp = new TempDir("gosharp-trace");
        var exe = tmp.File("hello");
        // -a: every package built, none taken from the build cache, so the trace shows them all.
        var build = Proc.Run(Repo.GosharpExe, ["build", "-a", "-x", "-o", exe, Repo.Path("testdata", "hello.go")]);
        Assert.True(build.ExitCode == 0, build.ToString());
        var trace = build.Stderr;

        // The steps, in go build -x's form.
        Assert.StartsWith("WORK=", trace);
        Assert.Contains("mkdir -p $WORK/b001/", trace);
        Assert.Contains("cat >$WORK/b001/importcfg << 'EOF' # internal", trace);
        foreach (var tool in new[] { "compile", "asm", "pack", "link" })
            Assert.Contains($"gosharp tool {tool} ", trace);
        Assert.Contains("-p runtime", trace); // the runtime is its own package in the trace
        Assert.Contains($"mv $WORK/b001/exe/a.out {exe}", trace);

        var first = File.ReadAllBytes(exe);
        File.Delete(exe);
        var script = tmp.Write("trace.sh", "set -e\n" + trace);
        var replay = Proc.Run("/bin/bash", [script]);
        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.True(File.Exists(exe), "the replayed trace did not produce the binary");
        Assert.Equal(first, File.ReadAllBytes(exe));
    }

    [Fact]
    public void DryRunPrintsWithoutBuilding()
    {
        using var tmp = new TempDir("gosharp-trace");
        var exe = tmp.File("hello");
        var r = Proc.Run(Repo.GosharpExe, ["build", "-n", "-o", exe, Repo.Path("testdata", "hello.go")]);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("gosharp tool link ", r.Stderr);
        Assert.False(File.Exists(exe));
    }

    [Fact]
    public void BuildIsDeterministic()
    {
        using var tmp = new TempDir("gosharp-det");
        var a = tmp.File("a");
        var b = tmp.File("b");
        Assert.Equal(0, Proc.Run(Repo.GosharpExe, ["build", "-o", a, Repo.Path("testdata", "hello.go")]).ExitCode);
        Assert.Equal(0, Proc.Run(Repo.GosharpExe, ["build", "-o", b, Repo.Path("testdata", "hello.go")]).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void CachedLibraryPackagesAreLinkedNotRebuilt()
    {
        using var tmp = new TempDir("gosharp-cache");
        var env = new Dictionary<string, string> { ["GOSHARPCACHE"] = tmp.File("cache") };
        var (a, b) = (tmp.File("a"), tmp.File("b"));
        var first = Proc.Run(Repo.GosharpExe, ["build", "-x", "-o", a, Repo.Path("testdata", "hello.go")], env: env);
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("-p runtime", first.Stderr);
        var second = Proc.Run(Repo.GosharpExe, ["build", "-x", "-o", b, Repo.Path("testdata", "hello.go")], env: env);
        Assert.True(second.ExitCode == 0, second.ToString());
        // The runtime comes from the cache: not compiled again, its archive named in the link's importcfg.
        Assert.DoesNotContain("-p runtime", second.Stderr);
        Assert.Contains($"packagefile runtime={tmp.File("cache")}/", second.Stderr);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        // A changed input (here: -a, which ignores the cache) builds everything again, with the same bytes.
        var third = Proc.Run(Repo.GosharpExe, ["build", "-a", "-x", "-o", b, Repo.Path("testdata", "hello.go")], env: env);
        Assert.Contains("-p runtime", third.Stderr);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
