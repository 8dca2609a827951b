using Gosharp.Common.Diagnostics;
using Gosharp.Pack;
using Gosharp.TestSupport;

namespace Gosharp.Inspect.Tests;

public class NmTests
{
    private static string Run(IReadOnlyList<string> files, string sort = "name", bool size = false)
    {
        var sw = new StringWriter();
        Nm.Run(files, sort, size, sw);
        return sw.ToString();
    }

    private static List<(string Prefix, string Addr, string Size, char Code, string Name)> Parse(string output, bool size = false) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l =>
        {
            var tab = l.IndexOf('\t');
            var prefix = tab < 0 ? "" : l[..(tab + 1)];
            var rest = tab < 0 ? l : l[(tab + 1)..];
            var addr = rest[..8];
            var pos = 8;
            var sz = "";
            if (size) { sz = rest.Substring(9, 10).Trim(); pos = 19; }
            return (prefix, addr, sz, rest[pos + 1], rest[(pos + 3)..]);
        }).ToList();

    [Theory]
    [InlineData("object")]
    [InlineData("executable")]
    public void AgreesWithBinutilsNm(string kind)
    {
        using var dir = new TempDir();
        var file = kind == "object" ? Inputs.Object(dir) : Inputs.Executable(dir);
        var ours = Parse(Run([file]));
        var gnu = Inputs.GnuNm(file);
        // Same symbols (binutils also hides section, file and mapping symbols), same letters and addresses.
        Assert.Equal(gnu.Keys.Order(StringComparer.Ordinal), ours.Select(s => s.Name));
        foreach (var s in ours)
        {
            var (code, addr) = gnu[s.Name];
            Assert.Equal(code, s.Code);
            if (code == 'U') Assert.Equal("        ", s.Addr);
            else Assert.Equal(addr.ToString("x").PadLeft(8), s.Addr);
        }
        if (kind == "object")
        {
            Assert.Contains(ours, s => s is { Name: "add3", Code: 'T' });
            Assert.Contains(ours, s => s is { Name: "helper", Code: 't' });
            Assert.Contains(ours, s => s is { Name: "zeroed", Code: 'B' });
            Assert.Contains(ours, s => s is { Name: "message", Code: 'R' });
            Assert.Contains(ours, s => s is { Name: "external_thing", Code: 'U' });
        }
    }

    [Fact]
    public void SortOrdersAndSizes()
    {
        using var dir = new TempDir();
        var exe = Inputs.Executable(dir);
        var gnu = Inputs.GnuNm(exe);
        var byAddr = Parse(Run([exe], "address", size: true), size: true);
        Assert.Equal(byAddr.Select(s => Convert.ToUInt64(s.Addr.Trim(), 16)).Order(), byAddr.Select(s => Convert.ToUInt64(s.Addr.Trim(), 16)));
        // Sizes agree with binutils' nm -S.
        var sizes = Proc.Check(Oracles.Require(Oracles.Nm), "-S", exe).Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ')).Where(f => f.Length == 4).ToDictionary(f => f[3], f => Convert.ToUInt64(f[1], 16));
        foreach (var s in byAddr) Assert.Equal(sizes.GetValueOrDefault(s.Name), ulong.Parse(s.Size));
        var bySize = Parse(Run([exe], "size", size: true), size: true).Select(s => ulong.Parse(s.Size)).ToList();
        Assert.Equal(bySize.OrderDescending(), bySize);
        Assert.Equal(gnu.Count, Parse(Run([exe], "none")).Count);
        Assert.Throws<UserError>(() => Run([exe], "bogus"));
    }

    [Fact]
    public void ArchiveMembersAndSeveralFilesArePrefixed()
    {
        using var dir = new TempDir();
        var a = Inputs.Object(dir, "one");
        var b = Inputs.Object(dir, "two");
        var ar = new ArArchive();
        ar.Members.Add(new ArMember(PackTool.PkgDefName, "export data"u8.ToArray()));
        ar.Members.Add(new ArMember("one.o", File.ReadAllBytes(a)));
        ar.Members.Add(new ArMember("two.o", File.ReadAllBytes(b)));
        var archive = dir.File("lib.a");
        File.WriteAllBytes(archive, ar.Write());
        var lines = Parse(Run([archive]));
        Assert.Contains(lines, l => l.Prefix == $"{archive}(one.o):\t" && l.Name == "add3");
        Assert.Contains(lines, l => l.Prefix == $"{archive}(two.o):\t" && l.Name == "add3");
        Assert.All(lines, l => Assert.StartsWith(archive + "(", l.Prefix));
        var two = Parse(Run([a, b]));
        Assert.Contains(two, l => l.Prefix == a + ":\t");
        Assert.Contains(two, l => l.Prefix == b + ":\t");
        Assert.All(Parse(Run([a])), l => Assert.Equal("", l.Prefix));
    }

    [Fact]
    public void UnreadableFilesAreReportedAfterTheOthers()
    {
        using var dir = new TempDir();
        var a = Inputs.Object(dir);
        var junk = dir.Write("junk.o", "not elf");
        var sw = new StringWriter();
        var e = Assert.Throws<UserError>(() => Nm.Run([dir.File("missing.o"), a, junk], "name", false, sw));
        Assert.Contains("add3", sw.ToString());
        Assert.Equal([$"open {dir.File("missing.o")}: no such file or directory", $"{junk}: not an ELF file"], e.Diagnostics.Select(d => d.ToString()));
    }
}
