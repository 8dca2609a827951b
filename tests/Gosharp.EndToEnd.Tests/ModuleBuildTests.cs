using System.Text.RegularExpressions;
using Gosharp.Cli.Cli;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>
/// `gosharp build` and `gosharp run` of programs made of several packages of a module, as the go
/// command (1.19, module mode) builds them. The modules are testdata/modules/NAME/ (go.mod, the main
/// package at the root, packages in folders); their expected results come from gc
/// (testdata/modules/update-golden.sh): NAME.out (and NAME.exit) is the program's output under
/// qemu-aarch64, NAME.builderr the messages of a build that fails. The other tests check go's
/// command-line rules (patterns, -o, default names, errors) on those modules or on small temporary ones.
/// </summary>
public class ModuleBuildTests
{
    private static readonly string ModulesDir = Repo.Path("testdata", "modules");

    public static TheoryData<string> Modules()
    {
        var data = new TheoryData<string>();
        foreach (var d in Directory.GetDirectories(ModulesDir).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(d));
        return data;
    }

    private sealed record Result(int Code, string Out, string Err);

    /// <summary>Runs gosharp in this process (as the testdata runner does), in the given folder.</summary>
    private static Result Gosharp(string cwd, params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = GosharpCli.Run(args, new ToolContext(cwd, stdout, stderr));
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    private static ProcResult RunMerged(string exe) =>
        Proc.Run("/bin/sh", ["-c", "exec \"$0\" \"$1\" 2>&1", Oracles.Require(Oracles.Qemu), exe], timeoutMs: 120_000);

    [Theory]
    [MemberData(nameof(Modules))]
    public void ModuleMatchesGc(string name) => CheckModule(name);

    private static void CheckModule(string name)
    {
        var dir = Path.Combine(ModulesDir, name);
        using var tmp = new TempDir("gosharp-module");
        var exe = tmp.File(name);
        var build = Gosharp(dir, "build", "-o", exe, ".");
        var builderr = Path.Combine(ModulesDir, name + ".builderr");
        if (File.Exists(builderr))
        {
            var expected = File.ReadAllText(builderr);
            // As go build: 2 when a package's compilation failed ("# pkg" then its errors), 1 when loading did.
            Assert.Equal(expected.StartsWith("# ") ? 2 : 1, build.Code);
            Assert.Equal(expected, build.Err);
            Assert.False(File.Exists(exe));
            return;
        }
        Assert.True(build.Code == 0, $"gosharp build of {name} failed (exit {build.Code}):\n{build.Err}");
        var run = RunMerged(exe);
        var exitFile = Path.Combine(ModulesDir, name + ".exit");
        Assert.Equal(File.Exists(exitFile) ? int.Parse(File.ReadAllText(exitFile).Trim()) : 0, run.ExitCode);
        AssertSameOutput(File.ReadAllText(Path.Combine(ModulesDir, name + ".out")), run.Stdout);
    }

    /// <summary>Equal output; for a panic, equal up to the goroutine line, then the same frames (function, file:line).</summary>
    private static void AssertSameOutput(string expected, string actual)
    {
        var m = Regex.Match(expected, @"(?m)^goroutine \d+ \[[^\]]*\]:\n");
        if (!m.Success) { Assert.Equal(expected, actual); return; }
        var prefix = expected[..(m.Index + m.Length)];
        Assert.StartsWith(prefix, actual);
        Assert.Equal(Frames(expected[prefix.Length..]), Frames(actual[prefix.Length..]));
    }

    private static List<string> Frames(string traceback)
    {
        var frames = new List<string>();
        var lines = traceback.Split('\n');
        for (int i = 0; i + 1 < lines.Length && lines[i] != ""; i += 2)
        {
            var fn = Regex.Match(lines[i], @"^(.+?)\(.*\)$").Groups[1].Value;
            var at = Regex.Match(lines[i + 1], @"^\t.*/([^/]+:\d+)").Groups[1].Value;
            frames.Add($"{fn} {at}");
        }
        return frames;
    }

    [Fact]
    public void SharedPackageIsCompiledOnceWithItsImportPath()
    {
        using var tmp = new TempDir("gosharp-module");
        var r = Gosharp(Path.Combine(ModulesDir, "multi"), "build", "-n", "-o", tmp.File("multi"), ".");
        Assert.True(r.Code == 0, r.Err);
        var compiles = r.Err.Split('\n').Where(l => l.Contains(" tool compile ")).ToList();
        // strs is imported by greet and by main: one compile, with the real import path; main is -p main.
        Assert.Single(compiles, l => l.Contains(" -p example.com/multi/util/strs "));
        Assert.Single(compiles, l => l.Contains(" -p example.com/multi/greet "));
        Assert.Single(compiles, l => l.Contains(" -p main "));
        Assert.Contains("packagefile example.com/multi=$WORK/b001/_pkg_.a", r.Err);
    }

    [Fact]
    public void AllPackagesPatternBuildsEverythingAndWritesNothing()
    {
        var dir = Path.Combine(ModulesDir, "multi");
        var r = Gosharp(dir, "build", "-n", "./...");
        Assert.True(r.Code == 0, r.Err);
        foreach (var p in new[] { "greet", "shapes", "util/strs", "internal/order/a", "internal/order/b", "internal/order/c" })
            Assert.Contains($" -p example.com/multi/{p} ", r.Err);
        Assert.Contains(" tool link ", r.Err); // the program is linked (link errors are errors), then discarded
        Assert.DoesNotContain("\nmv ", r.Err);
        // The same through the module's import path, and built for real: no file written.
        var built = Gosharp(dir, "build", "example.com/multi/...");
        Assert.True(built.Code == 0, built.Err);
        Assert.False(File.Exists(Path.Combine(dir, "multi")));
    }

    [Fact]
    public void OutputFolderGetsEveryProgram()
    {
        using var tmp = new TempDir("gosharp-module");
        var dir = Path.Combine(ModulesDir, "multi");
        var r = Gosharp(dir, "build", "-o", tmp.File("bin") + "/", "./...");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal(["multi"], Directory.GetFiles(tmp.File("bin")).Select(Path.GetFileName));
        Assert.Equal(File.ReadAllText(Path.Combine(ModulesDir, "multi.out")), RunMerged(tmp.File("bin/multi")).Stdout);

        var several = Gosharp(dir, "build", "-o", tmp.File("one"), "./greet", "./shapes");
        Assert.Equal(1, several.Code);
        Assert.Equal($"go: cannot write multiple packages to non-directory {tmp.File("one")}\n", several.Err);
        var noMain = Gosharp(dir, "build", "-o", tmp.File("bin"), "./greet", "./shapes");
        Assert.Equal(1, noMain.Code);
        Assert.Equal("go: no main packages to build\n", noMain.Err);
        // -o with one library writes its archive, as go build does.
        var lib = Gosharp(dir, "build", "-o", tmp.File("strs.a"), "example.com/multi/util/strs");
        Assert.True(lib.Code == 0, lib.Err);
        Assert.StartsWith("!<arch>\n", File.ReadAllText(tmp.File("strs.a")));
    }

    [Fact]
    public void DefaultOutputIsTheLastElementOfTheImportPath()
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module example.com/tool/v2\n\ngo 1.19\n");
        tmp.Write("main.go", "package main\n\nimport \"example.com/tool/v2/cmd/hello\"\n\nfunc main() { hello.Hi() }\n");
        tmp.Write("cmd/hello/hello.go", "package hello\n\nfunc Hi() { println(\"hi\") }\n");
        tmp.Write("cmd/say/main.go", "package main\n\nimport \"example.com/tool/v2/cmd/hello\"\n\nfunc main() { hello.Hi() }\n");
        // A major version suffix is skipped: the program is "tool", not "v2".
        var r = Gosharp(tmp.Path, "build");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal("hi\n", RunMerged(tmp.File("tool")).Stdout);
        var say = Gosharp(tmp.Path, "build", "./cmd/say");
        Assert.True(say.Code == 0, say.Err);
        Assert.Equal("hi\n", RunMerged(tmp.File("say")).Stdout);
        // From cmd, the program "say" would overwrite the folder ./say: go refuses.
        var over = Gosharp(tmp.File("cmd"), "build", "./say");
        Assert.Equal(1, over.Code);
        Assert.Equal("go: build output \"say\" already exists and is a directory\n", over.Err);
    }

    [Fact]
    public void CacheNeverServesAStaleUserPackage()
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module example.com/edit\n\ngo 1.19\n");
        tmp.Write("main.go", "package main\n\nimport \"example.com/edit/lib\"\n\nfunc main() { println(lib.V()) }\n");
        tmp.Write("lib/lib.go", "package lib\n\nfunc V() int { return 1 }\n");
        var first = Gosharp(tmp.Path, "build", "-x", "-o", "p1", ".");
        Assert.True(first.Code == 0, first.Err);
        Assert.Contains(" -p example.com/edit/lib ", first.Err);
        // Unchanged: lib comes from the cache.
        var second = Gosharp(tmp.Path, "build", "-x", "-o", "p2", ".");
        Assert.True(second.Code == 0, second.Err);
        Assert.DoesNotContain(" -p example.com/edit/lib ", second.Err);
        Assert.Equal(File.ReadAllBytes(tmp.File("p1")), File.ReadAllBytes(tmp.File("p2")));
        // Edited: compiled again, and the program sees the edit.
        tmp.Write("lib/lib.go", "package lib\n\nfunc V() int { return 2 }\n");
        var third = Gosharp(tmp.Path, "build", "-x", "-o", "p3", ".");
        Assert.True(third.Code == 0, third.Err);
        Assert.Contains(" -p example.com/edit/lib ", third.Err);
        Assert.Equal("1\n", RunMerged(tmp.File("p1")).Stdout);
        Assert.Equal("2\n", RunMerged(tmp.File("p3")).Stdout);
    }

    [Fact]
    public void GenericsOfAnotherUserPackage()
    {
        // The program of GenericsCrossPackageTests, built by gosharp build as a module.
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module example.com\n\ngo 1.19\n");
        tmp.Write("lib/lib.go", GenericsCrossPackageTests.Lib);
        tmp.Write("cmd/main.go", GenericsCrossPackageTests.Main);
        var r = Gosharp(tmp.Path, "build", "-o", "prog", "./cmd");
        Assert.True(r.Code == 0, r.Err);
        // As gc 1.19 prints it.
        Assert.Equal("6 +5.000000e-001 3\n401 502\n7 8 2\n", RunMerged(tmp.File("prog")).Stdout);
    }

    [Theory]
    // The messages of gc 1.19's go command (run in the module's folder).
    [InlineData("example.com/multi/nothere", "no required module provides package example.com/multi/nothere; to add it:\n\tgo get example.com/multi/nothere\n")]
    [InlineData("./nomatch/...", "pattern ./nomatch/...: lstat ./nomatch/: no such file or directory\n")]
    [InlineData("./internal", "no Go files in {dir}/internal\n")]
    [InlineData("./nothere", "stat {dir}/nothere: directory not found\n")]
    [InlineData("../replaced", "directory ../replaced outside main module or its selected dependencies\n")]
    public void CommandLineErrors(string arg, string expected)
    {
        var dir = Path.Combine(ModulesDir, "multi");
        var r = Gosharp(dir, "build", arg);
        Assert.Equal(1, r.Code);
        Assert.Equal(expected.Replace("{dir}", dir), r.Err);
    }

    [Fact]
    public void UnknownStandardPackage()
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module m\n\ngo 1.19\n");
        tmp.Write("main.go", "package main\n\nimport \"foo/bar\"\n\nfunc main() { bar.X() }\n");
        var r = Gosharp(tmp.Path, "build");
        Assert.Equal(1, r.Code);
        Assert.Equal($"main.go:3:8: package foo/bar is not in GOROOT ({Repo.Path("runtime-stubs", "foo", "bar")})\n", r.Err);
    }

    [Theory]
    // A package with syntax errors: what gc 1.19's compile prints for it, not the loader's complaint
    // about the import (compile stops at syntax errors before it looks at imports).
    [InlineData("package main\n\nimport \"foo/bar\"\n\nfunc main() { bar.X( }\n",
        "# m\n./main.go:5:22: syntax error: unexpected }, expecting expression\n")]
    // A header the loader cannot read.
    [InlineData("package main\n\nimport 42\nimport \"foo/bar\"\n\nfunc main() { bar.X() }\n",
        "# m\n./main.go:3:10: syntax error: import path must be a string\n")]
    // An import path gc refuses is the compiler's to report.
    [InlineData("package main\n\nimport \"a b\"\n\nfunc main() {}\n",
        "# m\n./main.go:3:8: invalid import path (invalid character U+0020 ' ')\n")]
    public void CompileErrorsComeBeforeImportErrors(string source, string expected)
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module m\n\ngo 1.19\n");
        tmp.Write("main.go", source);
        var r = Gosharp(tmp.Path, "build");
        Assert.NotEqual(0, r.Code);
        Assert.Equal(expected, r.Err);
    }

    [Theory]
    // Each as gc 1.19's go command reports it (no module cache, no network).
    [InlineData("require example.com/x v1.0.0\n",
        "main.go:3:8: missing go.sum entry for module providing package example.com/x (imported by example.com/r); to add:\n\tgo get example.com/r\n")]
    [InlineData("replace example.com/x => ../x\n",
        "main.go:3:8: module example.com/x provides package example.com/x and is replaced but not required; to add it:\n\tgo get example.com/x\n")]
    [InlineData("require example.com/x v0.0.0\n\nreplace example.com/x => ../nox\n",
        "main.go:3:8: example.com/x@v0.0.0: replacement directory ../nox does not exist\n")]
    [InlineData("require example.com/x v1.0.0\n\nreplace example.com/x => ../y\n",
        "go: example.com/x@v1.0.0 (replaced by ../y): reading ../y/go.mod: open {tmp}/y/go.mod: no such file or directory\n")]
    [InlineData("require example.com/x v1.0.0\nreplace example.com/x => ../x\n", null)]
    [InlineData("require (\n\texample.com/x v1.0.0 // indirect\n)\n\nreplace example.com/x v1.0.0 => ../x\n", null)]
    public void RequireAndReplace(string goModTail, string? expected)
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("x/go.mod", "module example.com/x\n\ngo 1.19\n");
        tmp.Write("x/x.go", "package x\n\nfunc X() int { return 7 }\n");
        tmp.Write("y/y.go", "package y\n"); // a folder that is no module
        tmp.Write("r/go.mod", "module example.com/r\n\ngo 1.19\n\n" + goModTail);
        tmp.Write("r/main.go", "package main\n\nimport \"example.com/x\"\n\nfunc main() { println(x.X()) }\n");
        var r = Gosharp(tmp.File("r"), "build");
        if (expected != null)
        {
            Assert.Equal(1, r.Code);
            Assert.Equal(expected.Replace("{tmp}", tmp.Path), r.Err);
            return;
        }
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal("7\n", RunMerged(tmp.File("r/r")).Stdout);
    }

    [Theory]
    [InlineData("go 1.19\n", "go: no module declaration in go.mod. To specify the module path:\n\tgo mod edit -module=example.com/mod\n")]
    [InlineData("module a.b/c\nfoo bar\n", "go: errors parsing go.mod:\n{dir}/go.mod:2: unknown directive: foo\n")]
    [InlineData("module a.b/c\nreplace q.q/q => ./zz v1.0.0\n", "go: errors parsing go.mod:\n{dir}/go.mod:2: replacement module directory path \"./zz\" cannot have version\n")]
    public void GoModErrors(string goMod, string expected)
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", goMod);
        tmp.Write("m.go", "package main\n\nfunc main() {}\n");
        var r = Gosharp(tmp.Path, "build");
        Assert.Equal(1, r.Code);
        Assert.Equal(expected.Replace("{dir}", tmp.Path), r.Err);
    }

    [Fact]
    public void ImportOfAProgramAndSelfImport()
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module example.com/p\n\ngo 1.19\n");
        tmp.Write("main.go", "package main\n\nimport \"example.com/p/tool\"\n\nfunc main() { tool.X() }\n");
        tmp.Write("tool/main.go", "package main\n\nfunc X() {}\n\nfunc main() {}\n");
        tmp.Write("self/self.go", "package self\n\nimport \"example.com/p/self\"\n\nvar X = self.X\n");
        var r = Gosharp(tmp.Path, "build");
        Assert.Equal(1, r.Code);
        Assert.Equal("main.go:3:8: import \"example.com/p/tool\" is a program, not an importable package\n", r.Err);
        var self = Gosharp(tmp.Path, "build", "./self");
        Assert.Equal(1, self.Code);
        Assert.Equal("package example.com/p/self\n\timports example.com/p/self: import cycle not allowed\n", self.Err);
    }

    [Fact]
    public void CompileErrorsAreShownRelativeToTheCurrentFolder()
    {
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module example.com/e\n\ngo 1.19\n");
        tmp.Write("u/main.go", "package main\n\nfunc main() { println(y) }\n");
        // go 1.19: "u/main.go" from the module's folder, "./main.go" from u, "../u/main.go" from a sibling.
        Assert.Equal("# example.com/e/u\nu/main.go:3:23: undefined: y\n", Gosharp(tmp.Path, "build", "-o", "x", "./u").Err);
        Assert.Equal("# example.com/e/u\n./main.go:3:23: undefined: y\n", Gosharp(tmp.File("u"), "build", "-o", "x").Err);
        Directory.CreateDirectory(tmp.File("v"));
        Assert.Equal("# example.com/e/u\n../u/main.go:3:23: undefined: y\n", Gosharp(tmp.File("v"), "build", "-o", "x", "../u").Err);
    }

    // The tests below run the gosharp command (bin/gosharp, published by ./build.sh), as CliTests and TraceTests do.

    [Fact]
    public void RunAPackageWithArguments()
    {
        var dir = Path.Combine(ModulesDir, "multi");
        var r = Proc.Run(Repo.GosharpExe, ["run", "."], workDir: dir);
        Assert.True(r.ExitCode == 0, r.ToString());
        Assert.Equal(File.ReadAllText(Path.Combine(ModulesDir, "multi.out")), r.Stdout);
        using var tmp = new TempDir("gosharp-module");
        tmp.Write("go.mod", "module example.com/args\n\ngo 1.19\n");
        tmp.Write("cmd/echo/main.go", "package main\n\nimport \"os\"\n\nfunc main() {\n\tfor _, a := range os.Args[1:] {\n\t\tprintln(a)\n\t}\n\tos.Exit(3)\n}\n");
        var echo = Proc.Run(Repo.GosharpExe, ["run", "./cmd/echo", "a", "-b"], workDir: tmp.Path);
        Assert.Equal(1, echo.ExitCode);
        Assert.Equal("a\n-b\nexit status 3\n", echo.Stderr);
        var notMain = Proc.Run(Repo.GosharpExe, ["run", "./greet"], workDir: dir);
        Assert.Equal(1, notMain.ExitCode);
        Assert.Equal("package example.com/multi/greet is not a main package\n", notMain.Stderr);
    }

    [Fact]
    public void TraceOfAModuleBuildRebuildsIdenticalBinary()
    {
        using var tmp = new TempDir("gosharp-trace");
        var exe = tmp.File("multi");
        var build = Proc.Run(Repo.GosharpExe, ["build", "-a", "-x", "-o", exe, "."], workDir: Path.Combine(ModulesDir, "multi"));
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains(" -p example.com/multi/greet ", build.Stderr);
        var first = File.ReadAllBytes(exe);
        File.Delete(exe);
        var replay = Proc.Run("/bin/bash", [tmp.Write("trace.sh", "set -e\n" + build.Stderr)]);
        Assert.True(replay.ExitCode == 0, replay.ToString());
        Assert.Equal(first, File.ReadAllBytes(exe));
    }
}
