using Gosharp.Check.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>
/// Valid programs type-check without errors: the programs of testdata/valid (gc 1.19's type checker,
/// run by go vet, agrees except for those marked "// go1.22:" which use newer features), and the
/// standard library checked from source.
/// </summary>
public class ValidProgramTests
{
    public static TheoryData<string> Programs =>
        new(Directory.GetFiles(CheckRunner.TestData("valid"), "*.go").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Programs))]
    public void TypeChecks(string name)
    {
        var text = File.ReadAllText(CheckRunner.TestData("valid", name));
        CheckRunner.CheckValid(text, name);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Gc119AgreesItIsValid(string name)
    {
        var go = Oracles.Require(Oracles.Go);
        var path = CheckRunner.TestData("valid", name);
        var text = File.ReadAllText(path);
        if (text.StartsWith("// go1.22:", StringComparison.Ordinal))
        {
            // Uses Go 1.21/1.22 features gc 1.19 rejects: that it does reject them shows the marker is needed.
            using var d = new TempDir("gosharp-check");
            d.Write(name, text);
            var rr = Proc.Run(go, ["tool", "compile", "-e", "-p", "main", "-o", d.File("out.o"), name], workDir: d.Path);
            Assert.NotEqual(0, rr.ExitCode);
            return;
        }
        using var dir = new TempDir("gosharp-check");
        dir.Write(name, text);
        // go vet type-checks with go/types (gc 1.19 can crash after type checking on some generic code).
        var r = Proc.Run(go, ["vet", name], workDir: dir.Path, env: new Dictionary<string, string> { ["GO111MODULE"] = "off", ["GOFLAGS"] = "" });
        Assert.True(r.ExitCode == 0, r.ToString());
    }

    /// <summary>
    /// Files of one package dot-importing the same package: each import is used or not by its own file
    /// (fmt's and bufio's external tests do this). gc 1.19 reports only b.go's.
    /// </summary>
    [Fact]
    public void DotImportsOfOnePackageInSeveralFiles()
    {
        var c = CheckRunner.Check("p", null,
            ("a.go", "package p\n\nimport . \"strings\"\n\nvar A = ToUpper(\"a\")\n"),
            ("b.go", "package p\n\nimport . \"strings\"\n\nvar B = 1\n"),
            ("c.go", "package p\n\nimport . \"strings\"\n\nvar C = ToLower(\"c\")\n"));
        Assert.Equal(["b.go:3:8: imported and not used: \"strings\""], c.Messages);
    }

    /// <summary>Packages of the standard library (with everything they import) type-check without a false error.</summary>
    [Theory]
    [InlineData("strconv")]
    [InlineData("strings")]
    [InlineData("sort")]
    [InlineData("container/list")]
    [InlineData("unicode/utf8")]
    [InlineData("math/bits")]
    [InlineData("fmt")]
    [InlineData("sync/atomic")]
    [InlineData("bufio")]
    [InlineData("encoding/binary")]
    public void StandardLibraryTypeChecks(string path)
    {
        var r = CheckRunner.Std(path);
        Assert.NotNull(r);
        Assert.Equal(path[(path.LastIndexOf('/') + 1)..], r!.Package.Name);
        // The package and everything it imports (runtime included).
        foreach (var (p, d) in CheckRunner.StdPackages())
            Assert.True(d.Errors.Count == 0, $"{p}:\n{string.Join("\n", d.Errors.Take(20))}");
    }
}
