using System.Text;
using Gosharp.Common.Diagnostics;
using Gosharp.Pack;
using Gosharp.TestSupport;

namespace Gosharp.Pack.Tests;

public class ArArchiveTests
{
    private static ArArchive Sample()
    {
        var ar = new ArArchive();
        ar.Members.Add(new ArMember("__.PKGDEF", Encoding.ASCII.GetBytes("go object linux arm64\n")));
        ar.Members.Add(new ArMember("a.o", [1, 2, 3]));                                   // odd size: padded
        ar.Members.Add(new ArMember("fifteen_chars.o", new byte[] { 9, 9 }));             // 15 + '/' fits
        ar.Members.Add(new ArMember("sixteen_chars__.o", new byte[] { 7 }));              // needs the "//" table
        ar.Members.Add(new ArMember("a_very_long_member_name_for_the_table.o", new byte[] { 5, 6, 7, 8 }));
        return ar;
    }

    [Fact]
    public void RoundTripKeepsNamesOrderAndContents()
    {
        var ar = Sample();
        var back = ArArchive.Read(ar.Write(), "x.a");
        Assert.Equal(ar.Members.Select(m => m.Name), back.Members.Select(m => m.Name));
        for (int i = 0; i < ar.Members.Count; i++) Assert.Equal(ar.Members[i].Data, back.Members[i].Data);
    }

    [Fact]
    public void WritingIsDeterministicWithZeroTimesAndIds()
    {
        var a = Sample().Write();
        Assert.Equal(a, Sample().Write());
        var back = ArArchive.Read(a, "x.a");
        Assert.All(back.Members, m => { Assert.Equal(0, m.Mtime); Assert.Equal(0, m.Uid); Assert.Equal(0, m.Gid); });
    }

    [Fact]
    public void GnuArListsAndExtractsOurArchive()
    {
        var ar = Oracles.Require(Oracles.Ar);
        using var tmp = new TempDir();
        var archive = tmp.File("x.a");
        File.WriteAllBytes(archive, Sample().Write());
        var t = Proc.Check(ar, "t", archive);
        Assert.Equal(Sample().Members.Select(m => m.Name), t.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var tv = Proc.Check(ar, "tv", archive);
        Assert.All(tv.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Contains(" 0/0 ", l));
        Assert.Contains("1970", tv.Stdout);
        var outDir = Path.Combine(tmp.Path, "out");
        Directory.CreateDirectory(outDir);
        Assert.Equal(0, Proc.Run(ar, ["x", archive], workDir: outDir).ExitCode);
        foreach (var m in Sample().Members) Assert.Equal(m.Data, File.ReadAllBytes(Path.Combine(outDir, m.Name)));
    }

    [Fact]
    public void ReadsGnuArRcsArchiveOfGccObjects()
    {
        var gcc = Oracles.Require(Oracles.Gcc);
        var arExe = Oracles.Require(Oracles.Ar);
        using var tmp = new TempDir();
        var names = new[] { "short.o", "a_rather_long_object_name.o", "another_long_object_file.o" };
        for (int i = 0; i < names.Length; i++)
        {
            var c = tmp.Write($"src{i}.c", $"int f{i}(int x) {{ return x + {i}; }}\nint v{i} = {i};\n");
            Proc.Check(gcc, "-c", "-O2", "-ffreestanding", "-fno-pic", c, "-o", tmp.File(names[i]));
        }
        Proc.Check(arExe, ["rcs", tmp.File("lib.a"), .. names.Select(tmp.File)]);
        var bytes = File.ReadAllBytes(tmp.File("lib.a"));
        Assert.Contains("/               ", Encoding.ASCII.GetString(bytes, 8, 16)); // has a symbol index
        var read = ArArchive.ReadFile(tmp.File("lib.a"));
        Assert.Equal(names, read.Members.Select(m => m.Name));
        foreach (var n in names) Assert.Equal(File.ReadAllBytes(tmp.File(n)), read.Find(n)!.Data);
    }

    [Fact]
    public void ReadsBsdStyleNames()
    {
        // BSD ar: "#1/N" in the name field, the name is the first N bytes of the member body; and a __.SYMDEF index.
        var ms = new MemoryStream();
        ms.Write("!<arch>\n"u8);
        void Header(string name, int size) => ms.Write(Encoding.ASCII.GetBytes(
            name.PadRight(16) + "0".PadRight(12) + "501".PadRight(6) + "20".PadRight(6) + "100644".PadRight(8) + size.ToString().PadRight(10) + "`\n"));
        Header("__.SYMDEF", 4); ms.Write(new byte[4]);
        var longName = "a_long_bsd_member_name.o";
        Header("#1/24", 24 + 3); ms.Write(Encoding.ASCII.GetBytes(longName)); ms.Write(new byte[] { 1, 2, 3 }); ms.WriteByte((byte)'\n');
        Header("plain.o", 2); ms.Write(new byte[] { 4, 5 });
        var ar = ArArchive.Read(ms.ToArray(), "bsd.a");
        Assert.Equal(new[] { longName, "plain.o" }, ar.Members.Select(m => m.Name));
        Assert.Equal(new byte[] { 1, 2, 3 }, ar.Members[0].Data);
        Assert.Equal(new byte[] { 4, 5 }, ar.Members[1].Data);
        Assert.Equal(501, ar.Members[0].Uid);
        Assert.Equal(Convert.ToInt32("100644", 8), ar.Members[0].Mode);
    }

    [Theory]
    [InlineData("bad magic")]
    [InlineData("truncated header")]
    [InlineData("bad terminator")]
    [InlineData("bad size")]
    [InlineData("size past end")]
    [InlineData("bad long name")]
    public void CorruptArchivesAreUserErrorsNamingFileAndOffset(string corruption)
    {
        var good = Sample().Write();
        // The first member header (the "//" table) starts at offset 8.
        byte[] bad = (byte[])good.Clone();
        string expect;
        switch (corruption)
        {
            case "bad magic": bad[1] = (byte)'?'; expect = "bad.a: not an archive"; break;
            case "truncated header": bad = good[..30]; expect = "bad.a: truncated archive header at offset 8"; break;
            case "bad terminator": bad[8 + 58] = (byte)'x'; expect = "bad.a: corrupt archive header at offset 8"; break;
            case "bad size": bad[8 + 48] = (byte)'z'; expect = "bad.a: corrupt archive member size"; break;
            case "size past end": Encoding.ASCII.GetBytes("9999999   ").CopyTo(bad, 8 + 48); expect = "at offset 8"; break;
            default:
                // Point a member's "/N" name past the end of the table.
                var at = Encoding.ASCII.GetString(good).IndexOf("/0" + new string(' ', 14), StringComparison.Ordinal);
                Encoding.ASCII.GetBytes("/999").CopyTo(bad, at);
                expect = $"bad.a: corrupt long member name \"/999\" at offset {at}";
                break;
        }
        var e = Assert.Throws<UserError>(() => ArArchive.Read(bad, "bad.a"));
        Assert.Contains(expect, e.Message);
    }

    [Fact]
    public void MissingFileIsUserError()
    {
        var e = Assert.Throws<UserError>(() => ArArchive.ReadFile("/nonexistent/x.a"));
        Assert.Equal("open /nonexistent/x.a: no such file or directory", e.Message);
    }
}
