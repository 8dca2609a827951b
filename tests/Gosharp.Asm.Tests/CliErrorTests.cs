using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary><c>gosharp tool asm</c> on a file with errors: every error on stderr in gc's form, exit 1, no object.</summary>
public class CliErrorTests
{
    [Fact]
    public void ErrorsExitOneAndWriteNoObject()
    {
        using var dir = new TempDir("gosharp-asm-cli");
        dir.Write("bad.s", "TEXT ·f(SB), $0\n\tADD $1, F0, R1\n\tMOVD R1, R2\n\tSVC $0x10000\n\tRET\n");
        var obj = dir.File("bad.o");
        var r = Proc.Run(Repo.GosharpExe, ["tool", "asm", "-p", "main", "-o", obj, "bad.s"], workDir: dir.Path);
        Assert.Equal(1, r.ExitCode);
        var src = Path.Combine(dir.Path, "bad.s"); // the command line resolves file names
        Assert.Equal($"{src}:2: illegal combination: ADD $1, F0, R1\n{src}:4: immediate out of range 0 to 65535: SVC $0x10000",
            r.Stderr.Trim().Replace("\r", ""));
        Assert.False(File.Exists(obj));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.o*"));
    }

    [Fact]
    public void SyntaxErrorsAreReportedBeforeAnyEncoding()
    {
        using var dir = new TempDir("gosharp-asm-cli");
        dir.Write("bad.s", "TEXT ·f(SB), $0\n\tFOO R1\n\tADD $1, F0, R1\n\tB nowhere\n\tRET\n");
        var r = Proc.Run(Repo.GosharpExe, ["tool", "asm", "-o", "bad.o", "bad.s"], workDir: dir.Path);
        Assert.Equal(1, r.ExitCode);
        var src = Path.Combine(dir.Path, "bad.s");
        Assert.Equal($"{src}:2: unrecognized instruction \"FOO\"\n{src}:4: undefined label nowhere", r.Stderr.Trim().Replace("\r", ""));
        Assert.False(File.Exists(Path.Combine(dir.Path, "bad.o")));
    }
}
