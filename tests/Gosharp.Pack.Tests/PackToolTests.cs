using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Pack;
using Gosharp.TestSupport;

namespace Gosharp.Pack.Tests;

public class PackToolTests
{
    private static string Run(char op, string archive, string[] files, bool verbose = false, string? dir = null)
    {
        var sw = new StringWriter();
        PackTool.Run(op, archive, files, verbose, sw, dir);
        return sw.ToString();
    }

    [Fact]
    public void CreateKeepsPkgdefFirstAndUsesBaseNames()
    {
        using var tmp = new TempDir();
        var a = tmp.Write("sub/a.o", "AAA");
        var pkgdef = tmp.Write("__.PKGDEF", "export data");
        var b = tmp.Write("b.o", "BB");
        var archive = tmp.File("p.a");
        Run('c', archive, [a, pkgdef, b]);
        Assert.Equal("__.PKGDEF\na.o\nb.o\n", Run('t', archive, []));
        // GNU ar agrees.
        Assert.Equal("__.PKGDEF\na.o\nb.o\n", Proc.Check(Oracles.Require(Oracles.Ar), "t", archive).Stdout);
    }

    [Fact]
    public void AppendReplacesSameNameAndAddsNew()
    {
        using var tmp = new TempDir();
        var archive = tmp.File("p.a");
        Run('c', archive, [tmp.Write("a.o", "old"), tmp.Write("b.o", "bbb")]);
        Run('r', archive, [tmp.Write("a.o", "new a"), tmp.Write("c.o", "ccc")]);
        var ar = ArArchive.ReadFile(archive);
        Assert.Equal(new[] { "a.o", "b.o", "c.o" }, ar.Members.Select(m => m.Name));
        Assert.Equal("new a", Encoding.ASCII.GetString(ar.Find("a.o")!.Data));
    }

    [Fact]
    public void AppendToMissingArchiveCreatesIt()
    {
        using var tmp = new TempDir();
        var archive = tmp.File("new.a");
        Run('r', archive, [tmp.Write("x.o", "x")]);
        Assert.Equal("x.o\n", Run('t', archive, []));
    }

    [Fact]
    public void AddingACompilerArchiveMergesItsMembers()
    {
        using var tmp = new TempDir();
        var compiled = new ArArchive();
        compiled.Members.Add(new ArMember("__.PKGDEF", Encoding.ASCII.GetBytes("pkgdef")));
        compiled.Members.Add(new ArMember("_go_.o", Encoding.ASCII.GetBytes("goobj")));
        var archive = tmp.File("pkg.a");
        File.WriteAllBytes(archive, compiled.Write());
        Run('r', archive, [tmp.Write("asm.o", "asm")]);
        Assert.Equal("__.PKGDEF\n_go_.o\nasm.o\n", Run('t', archive, []));
        // With gc's pack c, a compiler archive given after another file still puts its __.PKGDEF first.
        var compiledOnly = tmp.File("compiled.a");
        File.WriteAllBytes(compiledOnly, compiled.Write());
        var other = tmp.File("other.a");
        Run('c', other, [tmp.Write("x.o", "x"), compiledOnly]);
        Assert.Equal("__.PKGDEF\nx.o\n_go_.o\n", Run('t', other, []));
        // An archive that is not a compiler output is added as a plain member.
        Run('r', other, [archive]);
        Assert.Equal("__.PKGDEF\nx.o\n_go_.o\npkg.a\n", Run('t', other, []));
    }

    [Fact]
    public void VerboseListingMatchesGcFormat()
    {
        using var tmp = new TempDir();
        var archive = tmp.File("p.a");
        Run('c', archive, [tmp.Write("hello.o", new string('x', 1234))]);
        // gc's pack: "%s %6d/%-6d %12d %s %s" with mode, uid/gid, size, time ("Jan _2 15:04 2006"), name.
        Assert.Equal("-rw-r--r--      0/0              1234 Jan  1 00:00 1970 hello.o\n", Run('t', archive, [], verbose: true));
    }

    [Fact]
    public void ExtractAllOrNamedMembersMatchesGnuAr()
    {
        using var tmp = new TempDir();
        var archive = tmp.File("p.a");
        var names = new[] { "one.o", "a_long_name_over_sixteen.o", "odd.o" };
        var contents = new[] { "1111", "long long", "odd" };
        for (int i = 0; i < names.Length; i++) tmp.Write("in/" + names[i], contents[i]);
        Run('c', archive, names.Select(n => tmp.File("in/" + n)).ToArray());

        var ours = Path.Combine(tmp.Path, "ours"); Directory.CreateDirectory(ours);
        var gnu = Path.Combine(tmp.Path, "gnu"); Directory.CreateDirectory(gnu);
        Assert.Equal("odd.o\n", Run('x', archive, ["odd.o"], verbose: true, dir: ours));
        Assert.Equal(new[] { "odd.o" }, Directory.GetFiles(ours).Select(Path.GetFileName));
        Run('x', archive, [], dir: ours);
        Assert.Equal(0, Proc.Run(Oracles.Require(Oracles.Ar), ["x", archive], workDir: gnu).ExitCode);
        foreach (var n in names)
            Assert.Equal(File.ReadAllBytes(Path.Combine(gnu, n)), File.ReadAllBytes(Path.Combine(ours, n)));
    }

    [Fact]
    public void PrintWritesMemberContents()
    {
        using var tmp = new TempDir();
        var archive = tmp.File("p.a");
        Run('c', archive, [tmp.Write("a.txt", "hello\n"), tmp.Write("b.txt", "world\n")]);
        Assert.Equal("hello\nworld\n", Run('p', archive, []));
        Assert.Equal("world\n", Run('p', archive, ["b.txt"]));
        // Through a stream, bytes go out unchanged.
        var ms = new MemoryStream();
        using (var sw = new StreamWriter(ms, leaveOpen: true)) PackTool.Run('p', archive, ["a.txt"], false, sw);
        Assert.Equal("hello\n"u8.ToArray(), ms.ToArray());
    }

    [Fact]
    public void MissingMemberAndBadOperationAreUserErrors()
    {
        using var tmp = new TempDir();
        var archive = tmp.File("p.a");
        Run('c', archive, [tmp.Write("a.o", "a")]);
        Assert.Equal("pack: file \"nope.o\" not in archive", Assert.Throws<UserError>(() => Run('t', archive, ["nope.o"])).Message);
        Assert.Throws<UserError>(() => Run('q', archive, []));
        Assert.Contains("no such file", Assert.Throws<UserError>(() => Run('c', archive, [tmp.File("missing.o")])).Message);
        // A failed create leaves the old archive untouched.
        Assert.Equal("a.o\n", Run('t', archive, []));
    }
}
