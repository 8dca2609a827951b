using Gosharp.TestSupport;

namespace Gosharp.Linker.Tests;

/// <summary>
/// A program that checks its own relocations at run time: it computes the address of one variable,
/// and loads its contents, through every relocation type the linker supports, and exits with the
/// number of the first check that disagrees (0 when all agree).
/// </summary>
public class RelocationProgramTests
{
    private const string Program = """
            .section .text._rt0_arm64_linux,"ax",%progbits
            .balign 16
            .globl _rt0_arm64_linux
            .type _rt0_arm64_linux, %function
        _rt0_arm64_linux:
            // The reference: ADR_PREL_PG_HI21 + ADD_ABS_LO12_NC.
            adrp x0, main.target
            add x0, x0, :lo12:main.target

            mov x9, #1          // MOVW_UABS_G3, G2_NC, G1_NC, G0_NC
            movz x1, #:abs_g3:main.target
            movk x1, #:abs_g2_nc:main.target
            movk x1, #:abs_g1_nc:main.target
            movk x1, #:abs_g0_nc:main.target
            cmp x0, x1
            b.ne main.fail

            mov x9, #2          // MOVW_UABS_G1 (checked), G0_NC
            movz x1, #:abs_g1:main.target
            movk x1, #:abs_g0_nc:main.target
            cmp x0, x1
            b.ne main.fail

            mov x9, #3          // LD_PREL_LO19 to a word holding an ABS64
            ldr x1, main.ptr
            cmp x0, x1
            b.ne main.fail

            mov x9, #4          // ADR_PREL_LO21
            adr x1, main.target
            cmp x0, x1
            b.ne main.fail

            mov x9, #5          // PREL32: main.rel32 holds target - main.rel32
            adrp x2, main.rel32
            add x2, x2, :lo12:main.rel32
            ldrsw x1, [x2]
            add x1, x1, x2
            cmp x0, x1
            b.ne main.fail

            mov x9, #6          // PREL64
            adrp x2, main.rel64
            add x2, x2, :lo12:main.rel64
            ldr x1, [x2]
            add x1, x1, x2
            cmp x0, x1
            b.ne main.fail

            mov x9, #7          // ABS32
            adrp x2, main.abs32
            ldr w1, [x2, :lo12:main.abs32]
            cmp x0, x1
            b.ne main.fail

            mov x9, #8          // LDST64 through ADRP: the contents 0x1122334455667788
            movz x4, #0x7788
            movk x4, #0x5566, lsl #16
            movk x4, #0x3344, lsl #32
            movk x4, #0x1122, lsl #48
            adrp x2, main.target
            ldr x3, [x2, :lo12:main.target]
            cmp x3, x4
            b.ne main.fail

            mov x9, #9          // LDST32, LDST16, LDST8
            ldr w3, [x2, :lo12:main.target+4]
            movz w5, #0x3344
            movk w5, #0x1122, lsl #16
            cmp w3, w5
            b.ne main.fail
            ldrh w3, [x2, :lo12:main.target+2]
            movz w5, #0x5566
            cmp w3, w5
            b.ne main.fail
            ldrb w3, [x2, :lo12:main.target+1]
            cmp w3, #0x77
            b.ne main.fail

            mov x9, #10         // LDST128: the low half of the q register
            ldr q0, [x2, :lo12:main.target]
            fmov x3, d0
            cmp x3, x4
            b.ne main.fail

            mov x9, #11         // CONDBR19, TSTBR14, JUMP26 and CALL26 to other sections, each returning through x30
            adr x30, 1f
            cbz xzr, main.back
            b main.fail
        1:  adr x30, 2f
            tbz xzr, #5, main.back
            b main.fail
        2:  adr x30, 3f
            b main.back
        3:  bl main.back

            mov x0, #0
            mov x8, #94
            svc #0
            .size _rt0_arm64_linux, . - _rt0_arm64_linux

            .section .text.main.fail,"ax",%progbits
            .balign 16
            .type main.fail, %function
        main.fail:
            mov x0, x9
            mov x8, #94
            svc #0

            .section .text.main.back,"ax",%progbits
            .balign 16
            .type main.back, %function
        main.back:
            ret

            .section .noptrdata.main.target,"aw",%progbits
            .balign 16
            .type main.target, %object
        main.target:
            .xword 0x1122334455667788, 0
            .size main.target, 16

            .section .rodata.main.ptr,"a",%progbits
            .balign 8
        main.ptr:
            .xword main.target
        main.rel32:
            .word main.target - .
            .balign 8
        main.rel64:
            .xword main.target - .
        main.abs32:
            .word main.target

        """;

    [Fact]
    public void EveryRelocationTypeAgreesAtRunTime()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", t.Assemble("prog", Program)) });
        var r = Oracles.RunArm64(exe);
        Assert.True(r.ExitCode == 0, $"check {r.ExitCode} failed");
    }

    [Fact]
    public void TextAddressMovesTheImage()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", t.Assemble("prog", Program)), TextAddress = 0x400000 });
        Assert.Equal(0, Oracles.RunArm64(exe).ExitCode);
        var l = Toolchain.Readelf("-l", "-W", exe);
        Assert.Contains("LOAD           0x000000 0x0000000000400000", l);
        var e = Assert.Throws<Gosharp.Common.Diagnostics.UserError>(() =>
            Linker.Link(new LinkOptions { MainArchive = dir.File("main.a"), TextAddress = 0x401000 }));
        Assert.Contains("not a multiple of the page size", e.Message);
    }

    [Fact]
    public void SegmentsStartOnNewPagesWithOffsetsCongruentToAddresses()
    {
        using var dir = new TempDir();
        var t = new Toolchain(dir);
        var exe = t.Link(new LinkOptions { MainArchive = t.Archive("main", t.Assemble("prog", Program)) });
        var loads = Toolchain.Readelf("-l", "-W", exe).Split('\n').Where(l => l.TrimStart().StartsWith("LOAD")).Select(l =>
        {
            var f = l.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (Off: Convert.ToUInt64(f[1], 16), VAddr: Convert.ToUInt64(f[2], 16), MemSize: Convert.ToUInt64(f[5], 16));
        }).ToList();
        Assert.True(loads.Count >= 2);
        for (int i = 0; i < loads.Count; i++)
        {
            Assert.Equal(loads[i].Off % 0x10000, loads[i].VAddr % 0x10000);
            if (i > 0) Assert.True(loads[i].VAddr / 0x10000 > (loads[i - 1].VAddr + loads[i - 1].MemSize - 1) / 0x10000, "segment shares a page with the previous one");
        }
    }
}
