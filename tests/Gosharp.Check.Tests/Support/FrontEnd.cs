using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Check;
using Gosharp.Compiler.Syntax;
using Gosharp.TestSupport;

namespace Gosharp.Check.Tests.Support;

/// <summary>
/// One file x.go through the front end in the compile driver's order: syntax, the parser's directive
/// errors, type checking, then (only without errors so far) what gc reports while generating code:
/// size limits and the declarations' directives. And the same file through gc 1.19, the oracle.
/// </summary>
public static class FrontEnd
{
    /// <summary>gosharp's errors for x.go as "line:col: message" ("message" alone without a position), sorted as gc prints them.</summary>
    public static List<string> Errors(string source, Directives.Settings? settings = null)
    {
        var errors = new DiagnosticBag { Limit = int.MaxValue };
        var parsed = GoParser.ParseFile("x.go", source);
        Assert.Empty(parsed.Diagnostics);
        Directives.CheckParsed(parsed.File, settings ?? new Directives.Settings(false, false), errors);
        var (pkg, info) = Checker.CheckPackage("p", [parsed.File], CheckRunner.ImportStd, errors);
        if (!errors.HasErrors)
        {
            SizeLimits.Check([parsed.File], pkg, info, errors);
            Directives.CheckDeclarations([parsed.File], pkg, info, errors);
            NotInHeap.Check([parsed.File], pkg, info, errors);
        }
        return errors.Items.OrderBy(d => d.Pos?.Line ?? 0).ThenBy(d => d.Pos?.Col ?? 0)
            .Select(d => d.Pos == null ? d.Message : d.ToString()["x.go:".Length..]).ToList();
    }

    /// <summary>What gc 1.19 prints for x.go (go tool compile -p p -e), in the same form.</summary>
    public static List<string> Gc(string source)
    {
        var go = Oracles.Require(Oracles.Go);
        using var dir = new TempDir("gosharp-frontend");
        dir.Write("x.go", source);
        // Never -o /dev/null: gc removes its output file on errors (and may run as root).
        var r = Proc.Run(go, ["tool", "compile", "-p", "p", "-e", "-o", dir.File("x.o"), "x.go"], workDir: dir.Path);
        return (r.Stdout + r.Stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.StartsWith("x.go:", StringComparison.Ordinal) ? l[5..] : l).ToList();
    }
}
