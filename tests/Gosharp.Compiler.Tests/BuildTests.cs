using Gosharp.Common.Diagnostics;
using Gosharp.Compiler.Driver;
using Gosharp.Compiler.Passes;
using Gosharp.TestSupport;

namespace Gosharp.Compiler.Tests;

/// <summary>Compiling whole packages: the verifier holds after every pass, and -S output is the assembler's input.</summary>
public class BuildTests
{
    [Fact]
    public void EveryTestdataProgramAndTheRuntimeVerifyAfterEveryPass()
    {
        Pipeline.Verify = true;
        using var tmp = new TempDir();
        try
        {
            var rt = Repo.Path("runtime-stubs", "runtime");
            var goFiles = Directory.GetFiles(rt, "*.go").Order(StringComparer.Ordinal).ToList();
            var runtime = GoCompiler.Compile(goFiles, new CompileOptions { PackagePath = "runtime", Std = true, Cwd = rt });
            // Programs may import the runtime (runtime.GC...): its export data in an archive, as pack writes it.
            var archive = new Gosharp.Pack.ArArchive();
            archive.Members.Add(new Gosharp.Pack.ArMember("__.PKGDEF", runtime.ExportData));
            File.WriteAllBytes(tmp.File("runtime.a"), archive.Write());
            var importcfg = tmp.Write("importcfg", $"packagefile runtime={tmp.File("runtime.a")}\n");
            foreach (var file in Directory.GetFiles(Repo.Path("testdata"), "*.go").Order(StringComparer.Ordinal))
            {
                // Programs importing standard-library packages are left to the end-to-end tests, which build those packages.
                if (GoCompiler.ReadHeader(file, file).Imports.Any(i => i.Path is not ("runtime" or "unsafe"))) continue;
                GoCompiler.Compile([file], new CompileOptions { PackagePath = "main", Cwd = Repo.Path("testdata"), ImportCfg = importcfg });
            }
        }
        finally { Pipeline.Verify = false; }
    }

    [Fact]
    public void TypeErrorsAreSortedAndPositioned()
    {
        using var tmp = new TempDir();
        // The same errors as gc 1.19 reports for this file, in the same order.
        var src = tmp.Write("e.go", "package main\n\nfunc main() {\n\tvar s string\n\ts = 1\n\tprintln(s, undefinedName)\n}\n");
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile([src], new CompileOptions { Cwd = tmp.Path }));
        var lines = e.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(
            [$"{src}:5:6: cannot use 1 (untyped int constant) as string value in assignment", $"{src}:6:13: undefined: undefinedName"],
            lines);
    }

    [Fact]
    public void BranchErrorsOfFunctionsWithoutSyntaxErrorsComeWithTheSyntaxErrors()
    {
        using var tmp = new TempDir();
        // gc 1.19 (go tool compile -e): its parser checks the labels of each function body read
        // without syntax errors (g, h), not of f, and the file is not type-checked.
        var src = tmp.Write("e.go", "package main\n\nfunc f() {\n\tx := 1 2\nL:\n}\n\nfunc g() {\nL:\n\tfor {\n\t\tbreak M\n\t}\n}\n\nfunc h() {\n\tgoto L\n}\n");
        var e = Assert.Throws<UserError>(() => GoCompiler.Compile([src], new CompileOptions { Cwd = tmp.Path }));
        Assert.Equal(
            [$"{src}:4:9: syntax error: unexpected literal 2 at end of statement", $"{src}:9:1: label L defined and not used",
                $"{src}:11:9: break label not defined: M", $"{src}:16:7: label L not defined"],
            e.Diagnostics.Select(d => d.ToString()));
    }
}
