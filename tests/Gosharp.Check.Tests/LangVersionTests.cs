using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Driver;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>gc's -lang: features newer than the version given are errors. The expected lines are gc 1.19's
/// (go tool compile -lang=go1.12 -e -p p l.go).</summary>
public class LangVersionTests
{
    private const string Source =
            "package p\n" +
            "\n" +
            "import \"unsafe\"\n" +
            "\n" +
            "type G[P any, Q any] struct{}\n" +
            "\n" +
            "func F[P any](p P) {}\n" +
            "\n" +
            "var _ G[int, int]\n" +
            "var x any\n" +
            "var _ = F[int]\n" +
            "var _ = func() { F(1) }\n" +
            "\n" +
            "type C interface{ ~int | string }\n" +
            "type D interface{ comparable }\n" +
            "type E interface{ int }\n" +
            "\n" +
            "func s(b []byte, n int) {\n" +
            "\t_ = (*[2]byte)(b)\n" +
            "\t_ = unsafe.Add(nil, 1)\n" +
            "\t_ = unsafe.Slice(&b[0], 1)\n" +
            "\t_ = 1 << n\n" +
            "\t_ = 1 >> uint(n)\n" +
            "}\n" +
            "\n" +
            "type I interface{ M() }\n" +
            "type J interface {\n" +
            "\tI\n" +
            "\tM()\n" +
            "}\n" +
            "\n" +
            "const (\n" +
            "\t_ = 1_000\n" +
            "\t_ = 0b111\n" +
            "\t_ = 0O567\n" +
            "\t_ = 0xabc\n" +
            "\t_ = 0x0p1\n" +
            "\t_ = 0xabci\n" +
            "\t_ = 1.5e3\n" +
            ")\n";

    private static IEnumerable<string> Compile(string? lang)
    {
        using var dir = new TempDir("gosharp-check");
        dir.Write("l.go", Source);
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["l.go"], new CompileOptions { PackagePath = "p", Cwd = dir.Path, NoErrorLimit = true, Lang = lang }));
        return e.Diagnostics.Select(d => d.ToString());
    }

    [Fact]
    public void NewerFeaturesAreReportedWithTheVersionTheyNeed()
    {
        Assert.Equal(
        [
            "l.go:5:8: type parameter requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:5:10: predeclared any requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:7:8: type parameter requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:7:10: predeclared any requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:9:8: type instantiation requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:10:7: predeclared any requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:11:10: function instantiation requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:12:19: implicit function instantiation requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:14:19: embedding interface element ~int|string requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:15:19: predeclared comparable requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:16:19: embedding non-interface type int requires go1.18 or later (-lang was set to go1.12; check go.mod)",
            "l.go:19:17: cannot convert b (variable of type []byte) to type *[2]byte:\n\tconversion of slices to array pointers requires go1.17 or later (-lang was set to go1.12; check go.mod)",
            "l.go:20:6: unsafe.Add requires go1.17 or later (-lang was set to go1.12; check go.mod)",
            "l.go:21:6: unsafe.Slice requires go1.17 or later (-lang was set to go1.12; check go.mod)",
            "l.go:22:11: invalid operation: signed shift count n (variable of type int) requires go1.13 or later",
            "l.go:28:2: duplicate method M\n\tl.go:29:2: other declaration of M",
            "l.go:33:6: underscores in numeric literals requires go1.13 or later (-lang was set to go1.12; check go.mod)",
            "l.go:34:6: binary literals requires go1.13 or later (-lang was set to go1.12; check go.mod)",
            "l.go:35:6: 0o/0O-style octal literals requires go1.13 or later (-lang was set to go1.12; check go.mod)",
            "l.go:37:6: hexadecimal floating-point literals requires go1.13 or later (-lang was set to go1.12; check go.mod)",
            "l.go:38:6: hexadecimal floating-point literals requires go1.13 or later (-lang was set to go1.12; check go.mod)",
        ], Compile("go1.12"));
    }

    [Fact]
    public void Go117OnlyLacksGenerics()
    {
        // gc 1.19 with -lang=go1.17 reports the 11 go1.18 lines above, nothing else.
        var got = Compile("go1.17").ToList();
        Assert.Equal(11, got.Count);
        Assert.All(got, l => Assert.Contains("requires go1.18 or later (-lang was set to go1.17; check go.mod)", l));
    }

    [Theory]
    [InlineData("go1.12", 12, null)]
    [InlineData("go1.19", 19, null)]
    [InlineData("foo", null, "invalid value \"foo\" for -lang: should be something like \"go1.12\"")]
    [InlineData("go1", null, "invalid value \"go1\" for -lang: should be something like \"go1.12\"")]
    [InlineData("go1.25", null, "invalid value \"go1.25\" for -lang: max known version is \"go1.19\"")]
    public void LangValuesAreCheckedAsGcChecksThem(string value, int? minor, string? error)
    {
        Assert.Equal(minor, Checker.ParseLang(value, out var err));
        Assert.Equal(error, err);
    }
}
