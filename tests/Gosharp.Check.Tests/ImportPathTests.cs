using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests;

/// <summary>Import paths gc's compile refuses. The expected lines are gc 1.19's (go tool compile -e -p p i.go).</summary>
public class ImportPathTests
{
    [Fact]
    public void InvalidPathsAreReportedWithGcsReasons()
    {
        using var dir = new TempDir("gosharp-check");
        dir.Write("i.go", "package p\n\nimport (\n\t\"\"\n\t\"a b\"\n\t\"x:y\"\n\t\"/abs\"\n\t\"main\"\n\t\"\\xff\"\n)\n");
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["i.go"], new CompileOptions { PackagePath = "p", Cwd = dir.Path, NoErrorLimit = true }));
        Assert.Equal(
        [
            "i.go:4:2: invalid import path (empty string)",
            "i.go:5:2: invalid import path (invalid character U+0020 ' ')",
            "i.go:6:2: invalid import path (invalid character U+003A ':')",
            "i.go:7:2: could not import /abs (import path cannot be absolute path)",
            "i.go:8:2: could not import main (cannot import \"main\")",
            "i.go:9:2: invalid import path (invalid character U+FFFD '\uFFFD')",
        ], e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void NonCanonicalPathsAreNotImported()
    {
        // issue11362.go of Go's test suite; gc 1.19's lines (go tool compile -e -p p i.go).
        using var dir = new TempDir("gosharp-check");
        dir.Write("i.go", "package p\n\nimport (\n\t_ \"unicode//utf8\"\n\t_ \"fmt/\"\n\t_ \"strings/.\"\n\t_ \"unicode/../unicode\"\n\t_ \"x/./y\"\n\t_ \"main/\"\n\t_ \"a/..\"\n)\n");
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["i.go"], new CompileOptions { PackagePath = "p", Cwd = dir.Path, NoErrorLimit = true }));
        Assert.Equal(
        [
            "i.go:4:4: could not import unicode//utf8 (non-canonical import path \"unicode//utf8\" (should be \"unicode/utf8\"))",
            "i.go:5:4: could not import fmt/ (non-canonical import path \"fmt/\" (should be \"fmt\"))",
            "i.go:6:4: could not import strings/. (non-canonical import path \"strings/.\" (should be \"strings\"))",
            "i.go:7:4: could not import unicode/../unicode (non-canonical import path \"unicode/../unicode\" (should be \"unicode\"))",
            "i.go:8:4: could not import x/./y (non-canonical import path \"x/./y\" (should be \"x/y\"))",
            "i.go:9:4: could not import main/ (non-canonical import path \"main/\" (should be \"main\"))",
            "i.go:10:4: could not import a/.. (non-canonical import path \"a/..\" (should be \".\"))",
        ], e.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void ABadLiteralIsReportedOnlyOnce()
    {
        // issue32133.go of Go's test suite: the lexer's error, nothing about the import.
        using var dir = new TempDir("gosharp-check");
        dir.Write("i.go", "package p\n\nimport \"foo\n");
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile(["i.go"], new CompileOptions { PackagePath = "p", Cwd = dir.Path }));
        Assert.Equal(["i.go:3:12: newline in string"], e.Diagnostics.Select(d => d.ToString()));
    }
}
