using Gosharp.Asm.Tests.Support;
using Gosharp.Common.Elf;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary>The ELF object: sections per symbol, symbols, relocations, read back by binutils.</summary>
public class ObjectFileTests
{
    private const string Source = """
        #include "textflag.h"
        TEXT ·f(SB), $16-0
        	CALL	·g(SB)
        	CALL	runtime·other(SB)
        	MOVD	$·d(SB), R0
        	MOVD	·d+8(SB), R1
        	MOVW	R1, ·nd(SB)
        	MOVH	·ro+2(SB), R2
        	MOVB	R2, ·nbss+1(SB)
        	MOVD	$"go:string.\"hi\""+1(SB), R3
        	JMP	·g(SB)
        TEXT ·g(SB), NOSPLIT|DUPOK, $0-0
        	RET
        TEXT local<>(SB), NOSPLIT, $0
        	B	·f(SB)
        DATA ·d+0(SB)/8, $1
        DATA ·d+8(SB)/8, $local<>+4(SB)
        GLOBL ·d(SB), $16
        DATA ·nd+0(SB)/4, $5
        GLOBL ·nd(SB), NOPTR, $4
        GLOBL ·ro(SB), RODATA, $8
        GLOBL ·bss(SB), $32
        GLOBL ·nbss(SB), NOPTR, $16
        DATA ·dup+0(SB)/8, $0x0102030405060708
        GLOBL ·dup(SB), DUPOK|NOPTR, $8
        """;

    private static byte[] Build(string file = "obj.s") =>
        AsmRun.Bytes(Source, file, new AsmOptions { IncludeDirs = ["/usr/lib/go-1.19/pkg/include"] });

    [Fact]
    public void SectionsAreOnePerSymbolWithKindFlagsAndAlignment()
    {
        var o = new ElfObject(Build());
        void Check(string name, SectionType type, SectionFlags flags, ulong align, ulong size)
        {
            var s = o[name];
            Assert.Equal((uint)type, s.Type);
            Assert.Equal((ulong)flags, s.Flags);
            Assert.Equal(align, s.Align);
            Assert.Equal(size, s.Size);
        }
        var rw = SectionFlags.Alloc | SectionFlags.Write;
        Check(".text.main.g", SectionType.ProgBits, SectionFlags.Alloc | SectionFlags.ExecInstr, 16, 4);
        Check(".text.local<>", SectionType.ProgBits, SectionFlags.Alloc | SectionFlags.ExecInstr, 16, 4);
        Check(".data.main.d", SectionType.ProgBits, rw, 16, 16);
        Check(".noptrdata.main.nd", SectionType.ProgBits, rw, 4, 4);
        Check(".rodata.main.ro", SectionType.ProgBits, SectionFlags.Alloc, 8, 8);
        Check(".bss.main.bss", SectionType.NoBits, rw, 32, 32);
        Check(".noptrbss.main.nbss", SectionType.NoBits, rw, 16, 16);
        Check(".note.GNU-stack", SectionType.ProgBits, 0, 1, 0);
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0], o[".data.main.d"].Data.Take(8));
        Assert.Equal([5, 0, 0, 0], o[".noptrdata.main.nd"].Data);
        Assert.Equal([8, 7, 6, 5, 4, 3, 2, 1], o[".noptrdata.main.dup"].Data);
    }

    [Fact]
    public void SymbolsHaveTypesBindingsAndSizes()
    {
        var o = new ElfObject(Build());
        var syms = o.Symbols.Skip(1).ToDictionary(s => s.Name);
        Assert.Equal((int)SymbolType.File, syms["obj.s"].Type);
        void Check(string name, SymbolType type, SymbolBinding bind, ulong size, string? section)
        {
            var s = syms[name];
            Assert.Equal((int)type, s.Type);
            Assert.Equal((int)bind, s.Binding);
            Assert.Equal(size, s.Size);
            if (section == null) Assert.Equal(SectionIndex.Undef, s.Shndx);
            else Assert.Equal(section, o.Sections[s.Shndx].Name);
        }
        Check("main.f", SymbolType.Func, SymbolBinding.Global, (ulong)o[".text.main.f"].Data.Length, ".text.main.f");
        Check("main.g", SymbolType.Func, SymbolBinding.Weak, 4, ".text.main.g");
        Check("local<>", SymbolType.Func, SymbolBinding.Local, 4, ".text.local<>");
        Check("main.d", SymbolType.Object, SymbolBinding.Global, 16, ".data.main.d");
        Check("main.dup", SymbolType.Object, SymbolBinding.Weak, 8, ".noptrdata.main.dup");
        Check("runtime.other", SymbolType.NoType, SymbolBinding.Global, 0, null);
        Check("runtime.morestack_noctxt", SymbolType.NoType, SymbolBinding.Global, 0, null);
        Check("go:string.\"hi\"", SymbolType.NoType, SymbolBinding.Global, 0, null);
        // ELF wants the locals first.
        int lastLocal = o.Symbols.ToList().FindLastIndex(s => s.Binding == 0);
        Assert.True(o.Symbols.Skip(lastLocal + 1).All(s => s.Binding != 0));
    }

    [Fact]
    public void RelocationsUseStandardAArch64Types()
    {
        var o = new ElfObject(Build());
        var f = o.RelocsFor(".text.main.f").Select(r => (r.Type, r.Symbol, r.Addend)).ToList();
        Assert.Equal(
        [
            (RelocType.Call26, "main.g", 0L),
            (RelocType.Call26, "runtime.other", 0),
            (RelocType.AdrPrelPgHi21, "main.d", 0), (RelocType.AddAbsLo12Nc, "main.d", 0),
            (RelocType.AdrPrelPgHi21, "main.d", 8), (RelocType.Ldst64AbsLo12Nc, "main.d", 8),
            (RelocType.AdrPrelPgHi21, "main.nd", 0), (RelocType.Ldst32AbsLo12Nc, "main.nd", 0),
            (RelocType.AdrPrelPgHi21, "main.ro", 2), (RelocType.Ldst16AbsLo12Nc, "main.ro", 2),
            (RelocType.AdrPrelPgHi21, "main.nbss", 1), (RelocType.Ldst8AbsLo12Nc, "main.nbss", 1),
            (RelocType.AdrPrelPgHi21, "go:string.\"hi\"", 1), (RelocType.AddAbsLo12Nc, "go:string.\"hi\"", 1),
            (RelocType.Jump26, "main.g", 0),
            (RelocType.Call26, "runtime.morestack_noctxt", 0),
        ], f);
        Assert.Equal([(RelocType.Jump26, "main.f", 0L)], o.RelocsFor(".text.local<>").Select(r => (r.Type, r.Symbol, r.Addend)));
        Assert.Equal([(8UL, RelocType.Abs64, "local<>", 4L)], o.RelocsFor(".data.main.d").Select(r => (r.Offset, r.Type, r.Symbol, r.Addend)));
    }

    [Fact]
    public void BinutilsReadTheObjectWithoutWarnings()
    {
        using var dir = new TempDir("gosharp-asm-obj");
        var path = dir.File("obj.o");
        File.WriteAllBytes(path, Build());
        var re = Proc.Run(Oracles.Require(Oracles.Readelf), ["-a", "-W", path]);
        Assert.True(re.ExitCode == 0 && re.Stderr.Length == 0, re.ToString());
        Assert.DoesNotContain("Warning", re.Stdout);
        Assert.Contains("Relocation section '.rela.text.main.f'", re.Stdout);
        Assert.Contains("R_AARCH64_ABS64", re.Stdout);

        var od = Proc.Run(Oracles.Require(Oracles.Objdump), ["-dr", path]);
        Assert.True(od.ExitCode == 0 && od.Stderr.Length == 0, od.ToString());
        Assert.Contains("R_AARCH64_CALL26\tmain.g", od.Stdout);
        Assert.Contains("R_AARCH64_LDST64_ABS_LO12_NC\tmain.d+0x8", od.Stdout);
        Assert.Contains("R_AARCH64_JUMP26\tmain.g", od.Stdout);
        Assert.Contains("<main.f>:", od.Stdout);

        var nm = Proc.Run(Oracles.Require(Oracles.Nm), [path]);
        Assert.True(nm.ExitCode == 0 && nm.Stderr.Length == 0, nm.ToString());
        Assert.Contains(" W main.g", nm.Stdout);
        Assert.Contains(" t local<>", nm.Stdout);
        Assert.Contains(" U runtime.other", nm.Stdout);
    }

    [Fact]
    public void OutputIsDeterministic()
    {
        Assert.Equal(Build(), Build());
    }
}
