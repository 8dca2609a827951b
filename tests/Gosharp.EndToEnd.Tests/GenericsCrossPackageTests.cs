using Gosharp.Cli.Cli;
using Gosharp.TestSupport;

namespace Gosharp.EndToEnd.Tests;

/// <summary>
/// A generic function and a generic type exported by one package and instantiated in another, built
/// with gosharp's tools step by step (gosharp build only takes user packages from the command line):
/// the importer instantiates them from the source in the library's export data.
/// </summary>
public class GenericsCrossPackageTests
{
    /// <summary>The library (import path example.com/lib); ModuleBuildTests builds the same program as a module.</summary>
    internal const string Lib = """
        package lib

        type Number interface{ ~int | ~float64 }

        func Sum[T Number](s []T) T {
            var t T
            for _, v := range s {
                t += v
            }
            return t
        }

        var calls int

        func count() int { calls++; return calls }

        func Tag[T ~int](v T) int { return int(v)*100 + count() }

        type List[T any] struct{ items []T }

        func (l *List[T]) Push(v T) { l.items = append(l.items, v) }
        func (l *List[T]) Len() int { return len(l.items) }
        func (l List[T]) Each(f func(T)) {
            for _, v := range l.items {
                f(v)
            }
        }

        // Also instantiated here: the linker keeps one of the two DUPOK copies.
        func Three() int { return Sum([]int{1, 2}) }
        """;

    internal const string Main = """
        package main

        import "example.com/lib"

        type Small int

        func main() {
            println(lib.Sum([]int{1, 2, 3}), lib.Sum[float64]([]float64{0.5}), lib.Three())
            println(lib.Tag(Small(4)), lib.Tag(5))
            var l lib.List[Small]
            l.Push(7)
            l.Push(8)
            l.Each(func(v Small) { print(v, " ") })
            println(l.Len())
        }
        """;

    private static void Tool(TempDir tmp, params string[] args)
    {
        var err = new StringWriter();
        var code = GosharpCli.Run(args, new ToolContext(tmp.Path, new StringWriter(), err));
        Assert.True(code == 0, $"gosharp {string.Join(' ', args)} failed (exit {code}):\n{err}");
    }

    [Fact]
    public void ImportedGenericsAreInstantiatedByTheImporter()
    {
        using var tmp = new TempDir("gosharp-generics");
        // The runtime's archive, from a build that keeps its work folder.
        var trace = new StringWriter();
        var code = GosharpCli.Run(["build", "-work", "-x", "-o", tmp.File("hello"), Repo.Path("testdata", "hello.go")],
            new ToolContext(tmp.Path, new StringWriter(), trace));
        Assert.True(code == 0, trace.ToString());
        var lines = trace.ToString().Split('\n');
        var work = lines.First(l => l.StartsWith("WORK=")).Split('=', 2)[1];
        var runtime = lines.First(l => l.StartsWith("packagefile runtime=")).Split('=', 2)[1].Replace("$WORK", work);
        try
        {
            tmp.Write("lib.go", Lib);
            tmp.Write("main.go", Main);
            // pack names the export data member after its file: __.PKGDEF (each package's in turn).
            Tool(tmp, "tool", "compile", "-p", "example.com/lib", "-complete", "-pkgdef", "__.PKGDEF", "-o", "lib.s", "lib.go");
            Tool(tmp, "tool", "asm", "-p", "example.com/lib", "-o", "lib.o", "lib.s");
            Tool(tmp, "tool", "pack", "c", "lib.a", "__.PKGDEF", "lib.o");
            tmp.Write("importcfg", $"packagefile example.com/lib={tmp.File("lib.a")}\n");
            Tool(tmp, "tool", "compile", "-p", "main", "-complete", "-importcfg", "importcfg", "-pkgdef", "__.PKGDEF", "-o", "main.s", "main.go");
            Tool(tmp, "tool", "asm", "-p", "main", "-o", "main.o", "main.s");
            Tool(tmp, "tool", "pack", "c", "main.a", "__.PKGDEF", "main.o");
            tmp.Write("importcfg.link", $"packagefile runtime={runtime}\npackagefile example.com/lib={tmp.File("lib.a")}\npackagefile main={tmp.File("main.a")}\n");
            Tool(tmp, "tool", "link", "-importcfg", "importcfg.link", "-o", "prog", "main.a");
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
        // Both packages emit lib.Sum[int]; the instances of lib's generics live in main's code.
        Assert.Contains("TEXT\t\"example.com/lib.Sum[int]\"<ABIInternal>(SB), DUPOK", File.ReadAllText(tmp.File("lib.s")));
        var mainAsm = File.ReadAllText(tmp.File("main.s"));
        Assert.Contains("TEXT\t\"example.com/lib.Sum[int]\"<ABIInternal>(SB), DUPOK", mainAsm);
        Assert.Contains("TEXT\t\"example.com/lib.(*List[main.Small]).Push\"<ABIInternal>(SB), DUPOK", mainAsm);

        var run = Oracles.RunArm64(tmp.File("prog"));
        Assert.Equal(0, run.ExitCode);
        // As gc 1.19 prints it (the same two packages built with go build in a GOPATH).
        Assert.Equal("6 +5.000000e-001 3\n401 502\n7 8 2\n", run.Stderr);
    }
}
