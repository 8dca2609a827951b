using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests.Support;

/// <summary>
/// A small program as gosharp's compiler would give it to the assembler (Go functions with <c>#line</c>
/// before each source line, gc-style frames), with a C function compiled by gcc with DWARF 4 line tables
/// and .debug_frame, a DUPOK function defined twice, and dead functions on both sides. main.main calls
/// main.dupf, then main.step(20), which calls main.double and add3 (C); the program exits with 44.
/// </summary>
public sealed class DebugProgram
{
    public const string GoFile = "prog.go";
    public const int DoubleBodyLine = 4, StepCallDoubleLine = 8, StepCallAdd3Line = 9, MainCallStepLine = 14;
    public const int ExitCode = 44;

    /// <summary>The Go source the assembly stands for (line numbers matter, the code is never compiled).</summary>
    public const string GoSource = """
        package main

        func double(x int) int {
        	return x * 2
        }

        func step(x int) int {
        	y := double(x)
        	return add3(y, 1)
        }

        func main() {
        	dupf()
        	exit(step(20))
        }

        func unused() {}

        //go:noinline
        func dupf() {}
        """;

    public const string CSource = """
        __attribute__((noinline)) static int twice(int x) { return x + x; }
        int add3(int a, int b) {
          return twice(a) / 2 + b + 3;
        }
        int unused_c(int x) { return x * 7; }
        """;

    public Toolchain T { get; }
    public string GoPath { get; }
    public string CPath { get; }
    public LinkOptions Options { get; }

    public DebugProgram(TempDir dir, bool cFunctionSections = true)
    {
        T = new Toolchain(dir);
        GoPath = dir.Write(GoFile, GoSource);
        string L(int n) => $"#line {n} \"{GoPath}\"\n";
        var prog = T.GoAssemble("prog",
            L(3) + "TEXT main·double(SB), NOSPLIT, $16-0\n" + L(4) + "\tADD\tR0, R0, R0\n" + L(4) + "\tRET\n" +
            L(7) + "TEXT main·step(SB), NOSPLIT, $16-0\n" + L(8) + "\tCALL\tmain·double(SB)\n" +
                L(9) + "\tMOVD\t$1, R1\n" + L(9) + "\tCALL\tadd3(SB)\n" + L(9) + "\tRET\n" +
            L(12) + "TEXT main·main(SB), NOSPLIT, $16-0\n" + L(13) + "\tCALL\tmain·dupf(SB)\n" + L(14) + "\tMOVD\t$20, R0\n" +
                L(14) + "\tCALL\tmain·step(SB)\n" + L(14) + "\tRET\n" +
            L(17) + "TEXT main·unused(SB), NOSPLIT, $0-0\n" + L(17) + "\tRET\n" +
            L(20) + "TEXT main·dupf(SB), NOSPLIT|DUPOK, $0-0\n" + L(20) + "\tMOVD\tR0, R0\n" + L(20) + "\tRET\n");
        // A second copy of the DUPOK function, from another "file": the link keeps the first, and only its lines and frames.
        var dup = T.GoAssemble("dup", "#line 1 \"dup_copy.go\"\nTEXT main·dupf(SB), NOSPLIT|DUPOK, $32-0\n\tMOVD\tR1, R1\n\tRET\n");
        var rt0 = T.GoAssemble("rt0", """
            TEXT _rt0_arm64_linux(SB), NOSPLIT|NOFRAME, $0-0
            	BL	main·main(SB)
            	MOVD	$94, R8
            	SVC
            """, "runtime");
        CPath = dir.Write("add.c", CSource);
        var cobj = dir.File("add.o");
        Proc.Check(Oracles.Require(Oracles.Gcc), ["-c", "-O1", "-g", "-gdwarf-4", "-fno-asynchronous-unwind-tables", "-fno-unwind-tables", "-ffreestanding",
            "-fno-pic", "-fno-stack-protector", .. cFunctionSections ? new[] { "-ffunction-sections" } : [], "-o", cobj, CPath]);
        var main = T.PackageArchive("main", "gosharp export v1\npackage main main\nimport runtime\n", prog, dup);
        var runtime = T.PackageArchive("runtime", "gosharp export v1\npackage runtime runtime\n", rt0);
        var cfg = dir.Write("importcfg", $"packagefile runtime={runtime}\n");
        Options = new LinkOptions { MainArchive = main, ImportCfg = cfg, ExtraObjects = [cobj] };
    }

    public string Link(string name = "prog", LinkOptions? options = null) => T.Link(options ?? Options, name);
}
