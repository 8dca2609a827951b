using Gosharp.Asm.Tests.Support;
using Gosharp.TestSupport;

namespace Gosharp.Asm.Tests;

/// <summary>
/// A self-contained program assembled by gosharp, linked by GNU ld (an oracle here; gosharp has its
/// own linker) and run under qemu-aarch64: calls with stack arguments and frames, a loop, data with
/// a relocated pointer, loads and stores of symbols, write and exit_group system calls.
/// </summary>
public class EndToEndTests
{
    private const string Ld = "aarch64-linux-gnu-ld";

    private const string Program = """
        #include "textflag.h"

        DATA msg<>+0(SB)/14, $"hello, world!\n"
        GLOBL msg<>(SB), RODATA|NOPTR, $14

        DATA ·msgptr+0(SB)/8, $msg<>(SB)
        GLOBL ·msgptr(SB), NOPTR, $8

        DATA ·table+0(SB)/4, $7
        DATA ·table+4(SB)/4, $-3
        DATA ·table+8(SB)/8, $(1<<40)
        GLOBL ·table(SB), RODATA, $16

        GLOBL ·counter(SB), NOPTR, $8

        // write(fd, p, n int) int, stack arguments (ABI0).
        TEXT ·write(SB), NOSPLIT, $0-32
        	MOVD	fd+0(FP), R0
        	MOVD	p+8(FP), R1
        	MOVD	n+16(FP), R2
        	MOVD	$64, R8         // SYS_write
        	SVC
        	MOVD	R0, ret+24(FP)
        	RET

        // sum(n) = 1 + 2 + ... + n, through a local variable.
        TEXT ·sum(SB), NOSPLIT, $16-16
        	MOVD	n+0(FP), R0
        	MOVD	$0, R1
        loop:
        	CBZ	R0, done
        	ADD	R0, R1
        	SUB	$1, R0
        	B	loop
        done:
        	MOVD	R1, acc-8(SP)
        	MOVD	acc-8(SP), R2
        	MOVD	R2, ret+8(FP)
        	RET

        // twice calls sum and write: a non-leaf function with a frame.
        TEXT ·twice(SB), NOSPLIT, $32-8
        	MOVD	$1, R0
        	MOVD	R0, 8(RSP)
        	MOVD	·msgptr(SB), R1
        	MOVD	R1, 16(RSP)
        	MOVD	$14, R2
        	MOVD	R2, 24(RSP)
        	CALL	·write(SB)
        	CALL	·write(SB)
        	MOVD	$10, R0
        	MOVD	R0, 8(RSP)
        	BL	·sum(SB)
        	MOVD	16(RSP), R0
        	MOVD	R0, ret+0(FP)
        	RET

        TEXT _start(SB), NOSPLIT|NOFRAME, $0
        	MOVD	$0, R29
        	SUB	$32, RSP
        	BL	·twice(SB)
        	MOVD	8(RSP), R0      // 55
        	MOVD	$·table(SB), R4
        	MOVW	4(R4), R5       // -3, sign-extended
        	ADD	R5, R0          // 52
        	MOVWU	(R4), R6        // 7
        	ADD	R6, R0          // 59
        	MOVD	8(R4), R7
        	LSR	$40, R7         // 1
        	ADD	R7, R0          // 60
        	MOVD	R0, ·counter(SB)
        	MOVD	·counter(SB), R0
        	CMP	$60, R0
        	BEQ	ok
        	MOVD	$1, R0
        ok:
        	MOVD	$94, R8         // SYS_exit_group
        	SVC
        """;

    [Fact]
    public void ProgramLinkedByLdRunsUnderQemu()
    {
        using var dir = new TempDir("gosharp-asm-e2e");
        var obj = dir.File("prog.o");
        File.WriteAllBytes(obj, AsmRun.Bytes(Program, "prog.s", new AsmOptions { IncludeDirs = ["/usr/lib/go-1.19/pkg/include"] }));
        var exe = dir.File("prog");
        var ld = Proc.Run(Oracles.Require(Ld), ["-static", "-e", "_start", "-o", exe, obj]);
        Assert.True(ld.ExitCode == 0 && ld.Stderr.Length == 0, "ld: " + ld);
        var run = Oracles.RunArm64(exe);
        Assert.Equal("hello, world!\nhello, world!\n", run.Stdout);
        Assert.Equal(60, run.ExitCode);
    }
}
