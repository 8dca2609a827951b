using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>The executables gosharp makes, as standard tools see them.</summary>
public class ExecutableTests
{
    private static string BuildHello(TempDir tmp)
    {
        var exe = tmp.File("hello");
        var r = Proc.Run(Repo.GosharpExe, ["build", "-o", exe, Repo.Path("testdata", "hello.go")]);
        Assert.True(r.ExitCode == 0, r.ToString());
        return exe;
    }

    [Fact]
    public void ReadelfSeesAnArm64Executable()
    {
        using var tmp = new TempDir();
        var exe = BuildHello(tmp);
        var h = Proc.Check(Oracles.Require(Oracles.Readelf), "-h", exe).Stdout;
        Assert.Contains("AArch64", h);
        Assert.Contains("EXEC (Executable file)", h);
        var all = Proc.Run(Oracles.Require(Oracles.Readelf), "-a", "-W", exe);
        Assert.Equal(0, all.ExitCode);
        Assert.DoesNotContain("Warning", all.Stderr);
    }

    [Fact]
    public void ObjdumpShowsMainMain()
    {
        using var tmp = new TempDir();
        var exe = BuildHello(tmp);
        var d = Proc.Check(Oracles.Require(Oracles.Objdump), "-d", exe).Stdout;
        Assert.Contains("<main.main>:", d);
        Assert.Contains("<_rt0_arm64_linux>:", d);
    }

    [Fact]
    public void HelloIsTiny()
    {
        using var tmp = new TempDir();
        var exe = BuildHello(tmp);
        // gc's println hello is about 1.3 MB; gosharp's must stay under a tenth of that (the collector
        // now reaches finalizers and the globals' pointer masks, about 110 KB in all).
        Assert.InRange(new FileInfo(exe).Length, 1, 128 * 1024);
    }

    [Fact]
    public void ToolNmAndObjdumpReadOurExecutable()
    {
        using var tmp = new TempDir();
        var exe = BuildHello(tmp);
        var nm = Proc.Check(Repo.GosharpExe, "tool", "nm", exe).Stdout;
        Assert.Matches(@"(?m)^\s*[0-9a-f]+ T main\.main$", nm);
        var od = Proc.Check(Repo.GosharpExe, "tool", "objdump", "-s", "^main\\.main$", exe).Stdout;
        Assert.Contains("TEXT main.main(SB)", od);
    }
}
