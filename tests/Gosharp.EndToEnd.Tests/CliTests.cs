using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>The command line: flags, errors in the go tools' forms, exit statuses, no stack traces.</summary>
public class CliTests
{
    private static ProcResult Gosharp(params string[] args) => Proc.Run(Repo.GosharpExe, args);

    private static void NoStackTrace(ProcResult r)
    {
        Assert.DoesNotContain("   at ", r.Stderr);
        Assert.DoesNotContain("Exception", r.Stderr);
    }

    [Fact]
    public void Version()
    {
        var r = Gosharp("version");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(@"^gosharp version \S+ .*linux/arm64\n$", r.Stdout);
    }

    [Fact]
    public void EnvPrintsTargetAndRoot()
    {
        var r = Gosharp("env");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("GOOS=\"linux\"", r.Stdout);
        Assert.Contains("GOARCH=\"arm64\"", r.Stdout);
        Assert.Contains($"GOSHARPROOT=\"{Repo.Root}\"", r.Stdout);
        Assert.Equal("arm64\n", Gosharp("env", "GOARCH").Stdout);
    }

    [Fact]
    public void OtherTargetsAreAClearError()
    {
        var r = Proc.Run(Repo.GosharpExe, ["build", Repo.Path("testdata", "hello.go")], env: new Dictionary<string, string> { ["GOOS"] = "windows" });
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("unsupported GOOS/GOARCH pair windows/arm64", r.Stderr);
        NoStackTrace(r);
    }

    [Theory]
    [InlineData("build", "-foo")]
    [InlineData("tool", "compile", "-bogus", "x.go")]
    [InlineData("tool", "link", "-nope", "x.a")]
    public void UnknownFlagsAreErrors(params string[] args)
    {
        var r = Gosharp(args);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("flag provided but not defined: -", r.Stderr);
        NoStackTrace(r);
    }

    [Fact]
    public void MissingFileIsOneLineError()
    {
        using var tmp = new TempDir();
        var r = Proc.Run(Repo.GosharpExe, ["build", "nothere.go"], workDir: tmp.Path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("stat nothere.go: no such file or directory\n", r.Stderr);
    }

    [Fact]
    public void SyntaxErrorIsPositionedAndLeavesNoOutput()
    {
        using var tmp = new TempDir();
        tmp.Write("bad.go", "package main\n\nfunc main() {\n\tx := \n}\n");
        var r = Proc.Run(Repo.GosharpExe, ["build", "-o", "bad", "bad.go"], workDir: tmp.Path);
        Assert.Equal(2, r.ExitCode); // go build: 2 when a step fails
        Assert.Contains("bad.go:5:1: syntax error: unexpected }, expecting expression", r.Stderr);
        Assert.False(File.Exists(tmp.File("bad")));
        NoStackTrace(r);
    }

    [Fact]
    public void TypeErrorInGcForm()
    {
        using var tmp = new TempDir();
        tmp.Write("t.go", "package main\n\nfunc main() {\n\tprintln(y)\n}\n");
        var r = Proc.Run(Repo.GosharpExe, ["build", "t.go"], workDir: tmp.Path);
        Assert.Equal(2, r.ExitCode); // go build: 2 when a step fails
        Assert.Equal("# command-line-arguments\n./t.go:4:10: undefined: y\n", r.Stderr);
    }

    [Fact]
    public void UndefinedSymbolAtLinkTime()
    {
        using var tmp = new TempDir();
        // f is implemented in assembly, which calls a function nobody defines.
        tmp.Write("u.go", "package main\n\nfunc f()\n\nfunc main() {\n\tf()\n}\n");
        tmp.Write("f_arm64.s", "#include \"textflag.h\"\n\nTEXT ·f(SB), NOSPLIT, $0-0\n\tCALL ·missing(SB)\n\tRET\n");
        var r = Proc.Run(Repo.GosharpExe, ["build", "-o", "u", "."], workDir: tmp.Path);
        Assert.Equal(2, r.ExitCode); // go build: 2 when a step fails
        Assert.Contains("main.f: relocation target main.missing not defined", r.Stderr);
        Assert.False(File.Exists(tmp.File("u")));
        NoStackTrace(r);
    }

    [Fact]
    public void MissingFunctionBodyWithoutAssembly()
    {
        using var tmp = new TempDir();
        tmp.Write("m.go", "package main\n\nfunc f()\n\nfunc main() {\n\tf()\n}\n");
        var r = Proc.Run(Repo.GosharpExe, ["build", "m.go"], workDir: tmp.Path);
        Assert.Equal(2, r.ExitCode); // go build: 2 when a step fails
        Assert.Equal("# command-line-arguments\n./m.go:3:6: missing function body\n", r.Stderr);
    }

    [Fact]
    public void RunBuildsAndRuns()
    {
        var r = Gosharp("run", Repo.Path("testdata", "hello.go"));
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(File.ReadAllText(Repo.Path("testdata", "hello.out")), r.Stderr);
    }
}
