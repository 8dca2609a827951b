using System.Buffers.Binary;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;
using Gosharp.Linker.Relocate;
using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>
/// Each relocation type against GNU ld: one instruction or data word referencing an absolute symbol
/// <c>target</c> is assembled by GNU as, linked by GNU ld at a known address with <c>--defsym</c>, and
/// our arithmetic applied to the unrelocated word must give the same bytes (or, where ld reports
/// "relocation truncated to fit", an error naming the symbols).
/// </summary>
public class RelocationArithmeticTests
{
    private const ulong P = 0x100000000;

    public static TheoryData<string, RelocType, ulong> Cases => new()
    {
        { "bl target", RelocType.Call26, P + 0x1000 },
        { "bl target", RelocType.Call26, P - 0x8000 },
        { "bl target+8", RelocType.Call26, P + 0x7fffff0 },
        { "b target", RelocType.Jump26, P - 0x7fffffc },
        { "b.ne target", RelocType.CondBr19, P + 0xffffc },
        { "cbz x3, target", RelocType.CondBr19, P - 0x100000 },
        { "tbnz w5, #7, target", RelocType.TstBr14, P + 0x7ffc },
        { "tbz x0, #40, target", RelocType.TstBr14, P - 0x8000 },
        { "adr x1, target", RelocType.AdrPrelLo21, P + 0xfffff },
        { "adr x1, target-3", RelocType.AdrPrelLo21, P - 0xffffd },
        { "ldr x2, target", RelocType.LdPrelLo19, P + 0x40 },
        { "ldr w2, target", RelocType.LdPrelLo19, P - 0x40000 },
        { "adrp x0, target", RelocType.AdrPrelPgHi21, 0x12345678 },
        { "adrp x0, target+0x1000", RelocType.AdrPrelPgHi21, 0x12345 },
        { "adrp x0, target", RelocType.AdrPrelPgHi21, 0xfffff000 },
        { "adrp x0, :pg_hi21_nc:target", RelocType.AdrPrelPgHi21Nc, 0x1234567890 },
        { "add x0, x1, #:lo12:target", RelocType.AddAbsLo12Nc, 0x12345678 },
        { "ldrb w0, [x1, #:lo12:target]", RelocType.Ldst8AbsLo12Nc, 0x12345fff },
        { "ldrh w0, [x1, #:lo12:target]", RelocType.Ldst16AbsLo12Nc, 0x12345ffe },
        { "ldr w0, [x1, #:lo12:target+4]", RelocType.Ldst32AbsLo12Nc, 0x12345ff8 },
        { "str x0, [x1, #:lo12:target]", RelocType.Ldst64AbsLo12Nc, 0x12345ff8 },
        { "ldr q0, [x1, #:lo12:target]", RelocType.Ldst128AbsLo12Nc, 0x12345ff0 },
        { "movz x0, #:abs_g0:target", RelocType.MovwUabsG0, 0xfedc },
        { "movk x0, #:abs_g0_nc:target", RelocType.MovwUabsG0Nc, 0x123456789abcdef0 },
        { "movz x0, #:abs_g1:target", RelocType.MovwUabsG1, 0xfedc1234 },
        { "movk x0, #:abs_g1_nc:target", RelocType.MovwUabsG1Nc, 0x123456789abcdef0 },
        { "movz x0, #:abs_g2:target", RelocType.MovwUabsG2, 0xfedc12345678 },
        { "movk x0, #:abs_g2_nc:target", RelocType.MovwUabsG2Nc, 0x123456789abcdef0 },
        { "movk x0, #:abs_g3:target", RelocType.MovwUabsG3, 0x123456789abcdef0 },
        { ".xword target+16", RelocType.Abs64, 0x123456789abcdef0 },
        { ".word target", RelocType.Abs32, 0xfffffff0 },
        { ".hword target", RelocType.Abs16, 0xfff0 },
        { ".xword target - .", RelocType.Prel64, 0x10 },
        { ".word target - .", RelocType.Prel32, P + 0x7ffffff0 },
        { ".word target - .", RelocType.Prel32, P - 0x80000000 },
        { ".hword target - .", RelocType.Prel16, P - 0x100 },
        // Out of range or misaligned: ld says "relocation truncated to fit", we must refuse too.
        { "b.eq target", RelocType.CondBr19, P + 0x100000 },
        { "tbz x0, #1, target", RelocType.TstBr14, P - 0x8004 },
        { "adr x1, target", RelocType.AdrPrelLo21, P + 0x100000 },
        { "ldr x2, target", RelocType.LdPrelLo19, P - 0x100004 },
        { "adrp x0, target", RelocType.AdrPrelPgHi21, P + 0x100000000 },
        { "ldr x0, [x1, #:lo12:target]", RelocType.Ldst64AbsLo12Nc, 0x12345ff4 },
        { "ldrh w0, [x1, #:lo12:target]", RelocType.Ldst16AbsLo12Nc, 0x12345fff },
        { "movz x0, #:abs_g0:target", RelocType.MovwUabsG0, 0x10000 },
        { "movz x0, #:abs_g1:target", RelocType.MovwUabsG1, 0x100000000 },
        { "movz x0, #:abs_g2:target", RelocType.MovwUabsG2, 0x1000000000000 },
        { ".word target", RelocType.Abs32, 0x100000000 },
        { ".word target - .", RelocType.Prel32, P + 0x100000000 },
        { ".hword target", RelocType.Abs16, 0x10000 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesGnuLd(string source, RelocType type, ulong s)
    {
        using var dir = new TempDir();
        var obj = new Toolchain(dir).Assemble("r", $".text\n.globl _start\n_start:\n    {source}\n");
        var objBytes = File.ReadAllBytes(obj);
        var text = Section(objBytes, ".text");
        var rela = ElfRela.Read(Section(objBytes, ".rela.text").Contents(objBytes));
        Assert.Equal(type, rela.Type);
        Assert.Equal(0UL, rela.Offset);

        var exe = dir.File("r.exe");
        var ld = Proc.Run(Oracles.Require("aarch64-linux-gnu-ld"),
            ["-static", $"-Ttext=0x{P:x}", $"--defsym=target=0x{s:x}", "-e", "_start", "-o", exe, obj]);

        var place = text.Contents(objBytes).ToArray();
        void Ours() => Arm64Relocations.Apply(place, type, s, rela.Addend, P, "_start", "target");
        if (ld.ExitCode != 0)
        {
            Assert.Contains("relocation truncated to fit", ld.Stderr);
            var e = Assert.Throws<UserError>(Ours);
            Assert.StartsWith($"_start: {type.ElfName()} relocation to target ", e.Message);
            return;
        }
        Ours();
        var exeBytes = File.ReadAllBytes(exe);
        var linked = Section(exeBytes, ".text");
        Assert.Equal(P, linked.Addr);
        Assert.Equal(Convert.ToHexString(linked.Contents(exeBytes)), Convert.ToHexString(place));
    }

    [Theory]
    [InlineData(RelocType.Call26, 0x8000000L)]
    [InlineData(RelocType.Call26, -0x8000004L)]
    [InlineData(RelocType.Jump26, 0x8000000L)]
    [InlineData(RelocType.Call26, 6L)]
    public void BranchesBeyondRangeOrMisalignedAreErrors(RelocType type, long distance)
    {
        // The arithmetic itself refuses these; the linker's trampoline phase sends such calls through
        // veneers before relocating (TrampolineTests), so this is what a missed one would give.
        var insn = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(insn, 0x94000000);
        var e = Assert.Throws<UserError>(() => Arm64Relocations.Apply(insn, type, (ulong)((long)P + distance), 0, P, "main.main", "main.far"));
        Assert.StartsWith($"main.main: {type.ElfName()} relocation to main.far ", e.Message);
        Assert.Equal(0x94000000u, BinaryPrimitives.ReadUInt32LittleEndian(insn)); // untouched
    }

    [Fact]
    public void UnsupportedTypeIsAnError()
    {
        var e = Assert.Throws<UserError>(() => Arm64Relocations.Apply(new byte[8], (RelocType)311, 0, 0, 0, "f", "g"));
        Assert.Contains("unsupported relocation R_AARCH64_311", e.Message);
    }

    private static ElfSectionHeader Section(byte[] file, string name)
    {
        var headers = ElfSectionHeader.ReadAll(file);
        var shstr = headers[BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(62))].Contents(file);
        foreach (var h in headers)
        {
            var n = shstr[(int)h.NameOffset..];
            if (System.Text.Encoding.ASCII.GetString(n[..n.IndexOf((byte)0)]) == name) return h;
        }
        throw new InvalidOperationException($"no section {name}");
    }
}
