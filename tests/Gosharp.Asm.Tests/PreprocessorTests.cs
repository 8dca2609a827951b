using Gosharp.Asm.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Lexing and preprocessing: each source must assemble to exactly the bytes of its hand-expanded
/// equivalent (the encodings themselves are checked against the oracles elsewhere).
/// </summary>
public class PreprocessorTests
{
    /// <summary>The code of function main.f (line tables differ between the forms, code must not).</summary>
    private static byte[] Text(string body, AsmOptions? options = null, string file = "x.s")
        => Code(AsmRun.Bytes("TEXT ·f(SB), 4|512, $0-0\n" + body + "\n", file, options));

    private static byte[] Code(byte[] obj, string function = "main.f") => new ElfObject(obj)[".text." + function].Data;

    private static void Same(string expanded, string source, AsmOptions? options = null)
        => Assert.Equal(Text(expanded), Text(source, options));

    [Fact]
    public void CommentsAndSemicolons()
        => Same("MOVD $1, R0\nMOVD $2, R1\nMOVD $3, R2\nADD R1, R2",
            "MOVD $1, R0 // one\n/* a comment\nover lines */ MOVD $2, R1; MOVD $3, R2 /* inline */; ADD R1, R2");

    [Fact]
    public void ObjectAndFunctionLikeMacros()
        => Same("MOVD $8, R0\nADD $3, R1, R2\nMOVD 16(R3), R4\nMOVD R4, 24(R3)",
            """
            #define SIZE 8
            #define ADD3(a, b) ADD $3, a, b
            #define LOAD_STORE(base, r) \
            	MOVD 16(base), r \
            	MOVD r, 24(base)
            MOVD $SIZE, R0
            ADD3(R1, R2)
            LOAD_STORE(R3, R4)
            """);

    [Fact]
    public void ConditionalsUndefAndCommandLineDefines()
        => Same("MOVD $1, R0\nMOVD $3, R0\nMOVD $42, R1\nMOVD $5, R2",
            """
            #ifdef ONE
            MOVD $1, R0
            #else
            MOVD $2, R0
            #endif
            #ifndef TWO
            MOVD $3, R0
            #ifdef ONE
            MOVD $VALUE, R1
            #endif
            #else
            MOVD $4, R0
            #endif
            #define X 5
            #undef X
            #ifdef X
            MOVD $6, R2
            #else
            MOVD $5, R2
            #endif
            """, new AsmOptions { Defines = ["ONE", "VALUE=42"] });

    [Fact]
    public void IncludeSearchesTheSourceFolderThenIncludeDirs()
    {
        using var dir = new TempDir("gosharp-asm-inc");
        dir.Write("src/local.h", "#define LOCAL $7\n");
        dir.Write("inc/other.h", "#define OTHER $9\n#include \"nested.h\"\n");
        dir.Write("inc/nested.h", "#define NESTED $11");
        var src = "#include \"local.h\"\n#include \"other.h\"\n#include \"textflag.h\"\n" +
                  "TEXT ·f(SB), NOSPLIT|NOFRAME, $0\nMOVD LOCAL, R0\nMOVD OTHER, R1\nMOVD NESTED, R2\n";
        var got = Code(Assembler.Assemble(Path.Combine(dir.Path, "src", "x.s"), src,
            new AsmOptions { IncludeDirs = [Path.Combine(dir.Path, "inc"), "/usr/lib/go-1.19/pkg/include"] }));
        Assert.Equal(Text("MOVD $7, R0\nMOVD $9, R1\nMOVD $11, R2"), got);
    }

    [Fact]
    public void FlagNamesWorkWithoutTextflagH()
        => Assert.Equal(AsmRun.Bytes("TEXT ·f(SB), 4|512|2, $0\nRET\n"),
            AsmRun.Bytes("TEXT ·f(SB), NOSPLIT|NOFRAME|DUPOK, $0\nRET\n"));

    [Fact]
    public void MiddleDotDivisionSlashAndPackagePrefix()
    {
        var o = AsmRun.Object("""
            TEXT ·f(SB), NOSPLIT, $0
            	CALL runtime∕internal∕atomic·Load(SB)
            	CALL ·g(SB)
            	CALL "go:string.\"hi\""(SB)
            	CALL other·h<ABIInternal>(SB)
            	RET
            """, options: new AsmOptions { PackagePath = "example.com/p" });
        Assert.Equal(["runtime/internal/atomic.Load", "example.com/p.g", "go:string.\"hi\"", "other.h"],
            o.RelocsFor(".text.example.com/p.f").Select(r => r.Symbol));
        Assert.Contains(o.Symbols, s => s.Name == "example.com/p.f");
    }

    [Fact]
    public void AbiMarkersAreAccepted()
        => Assert.Equal(AsmRun.Bytes("TEXT ·f(SB), NOSPLIT, $0\nRET\n"),
            AsmRun.Bytes("TEXT ·f<ABIInternal>(SB), ABIInternal|NOSPLIT, $0\nRET\n"));

    [Fact]
    public void LabelsAndRelativeBranches()
        => Same("B 3(PC)\nMOVD $1, R0\nCBZ R0, -1(PC)\nNOOP\nBNE -4(PC)",
            "B skip\nback: MOVD $1, R0\nCBZ R0, back\nskip:\nNOOP\nBNE -4(PC)");

    [Fact]
    public void ConstantExpressions()
        => Same("MOVD $4099, R0\nMOVD $-1, R1\nMOVD $97, R2\nMOVD $20, R3\nMOVD $2, R4\nMOVD $0x7fffffffffffffff, R5",
            "MOVD $(1<<12|3), R0\nMOVD $~0, R1\nMOVD $'a', R2\nMOVD $(2+3*6), R3\nMOVD $(17%5), R4\nMOVD $(1<<63-1), R5");
}
