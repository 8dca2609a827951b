using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Assembly files from Go 1.19's own source tree for linux/arm64 (memmove, IndexByte, hashing, AES,
/// SHA, CRC32, ChaCha20, P-256, the runtime's own), assembled by gc and by gosharp: every function's
/// code must be the same.
/// </summary>
public class GoSourcesVsGcTests
{
    private const string GoRoot = "/usr/lib/go-1.19/src";

    private const string GoAsmH = """
        #define g_m 48
        #define g_sched 56
        #define g_stack 0
        #define g_syscallsp 112
        #define gobuf_sp 0
        #define m_cgoCallers 400
        #define m_cgoCallersUse 408
        #define m_curg 192
        #define m_g0 0
        #define m_gsignal 80
        #define m_ncgo 300
        #define m_procid 200
        #define m_vdsoPC 840
        #define m_vdsoSP 832
        #define stack_lo 0
        #define const_offsetARM64HasATOMICS 73
        #define g_stackguard0 16
        #define g_stackguard1 24
        #define gobuf_pc 8
        #define gobuf_g 16
        #define gobuf_ctxt 24
        #define gobuf_ret 32
        #define gobuf_lr 40
        #define gobuf_bp 48
        #define m_morebuf 16
        #define m_p 208
        #define moduledata_next 576
        #define p_wbBuf 5000
        #define wbBuf_next 0
        #define wbBuf_end 8
        #define stack_hi 8
        #define const__StackGuard 928
        """;

    [Theory]
    [InlineData("runtime/memclr_arm64.s", "runtime")]
    [InlineData("runtime/memmove_arm64.s", "runtime")]
    [InlineData("runtime/duff_arm64.s", "runtime")]
    [InlineData("runtime/rt0_linux_arm64.s", "runtime")]
    [InlineData("math/big/arith_arm64.s", "math/big")]
    [InlineData("math/floor_arm64.s", "math")]
    [InlineData("math/sqrt_arm64.s", "math")]
    [InlineData("sync/atomic/asm.s", "sync/atomic")]
    [InlineData("syscall/asm_linux_arm64.s", "syscall")]
    [InlineData("runtime/internal/syscall/asm_linux_arm64.s", "runtime/internal/syscall")]
    [InlineData("reflect/asm_arm64.s", "reflect")]
    [InlineData("runtime/sys_linux_arm64.s", "runtime")]
    [InlineData("runtime/preempt_arm64.s", "runtime")]
    [InlineData("runtime/tls_arm64.s", "runtime")]
    [InlineData("runtime/atomic_arm64.s", "runtime")]
    [InlineData("runtime/internal/atomic/atomic_arm64.s", "runtime/internal/atomic")]
    [InlineData("internal/bytealg/compare_arm64.s", "internal/bytealg")]
    [InlineData("internal/bytealg/count_arm64.s", "internal/bytealg")]
    [InlineData("internal/bytealg/equal_arm64.s", "internal/bytealg")]
    [InlineData("internal/bytealg/index_arm64.s", "internal/bytealg")]
    [InlineData("internal/bytealg/indexbyte_arm64.s", "internal/bytealg")]
    [InlineData("internal/cpu/cpu_arm64.s", "internal/cpu")]
    // The call* functions with frames of 16 MiB and more address their locals through offsets gc loads
    // from a literal pool (gosharp builds them with MOVZ/MOVK): their code differs by design.
    [InlineData("runtime/asm_arm64.s", "runtime", @"^runtime\.call(16777216|33554432|67108864|134217728|268435456|536870912|1073741824)$")]
    [InlineData("crypto/aes/asm_arm64.s", "crypto/aes")]
    [InlineData("crypto/aes/gcm_arm64.s", "crypto/aes")]
    [InlineData("crypto/cipher/xor_arm64.s", "crypto/cipher")]
    [InlineData("crypto/md5/md5block_arm64.s", "crypto/md5")]
    [InlineData("crypto/sha1/sha1block_arm64.s", "crypto/sha1")]
    [InlineData("crypto/sha256/sha256block_arm64.s", "crypto/sha256")]
    [InlineData("crypto/internal/edwards25519/field/fe_arm64.s", "crypto/internal/edwards25519/field")]
    [InlineData("crypto/internal/nistec/p256_asm_arm64.s", "crypto/internal/nistec")]
    [InlineData("hash/crc32/crc32_arm64.s", "hash/crc32")]
    [InlineData("math/dim_arm64.s", "math")]
    [InlineData("math/modf_arm64.s", "math")]
    // Not math/exp_arm64.s: its FMOVD constants are literal-pool loads in gc, built in R27 by gosharp.
    [InlineData("vendor/golang.org/x/crypto/chacha20/chacha_arm64.s", "vendor/golang.org/x/crypto/chacha20")]
    [InlineData("vendor/golang.org/x/sys/cpu/cpu_arm64.s", "vendor/golang.org/x/sys/cpu")]
    public void FileAssemblesAsGcDoes(string file, string package, string? skip = null)
    {
        var path = Path.Combine(GoRoot, file);
        var src = File.ReadAllText(path);
        // The go_asm.h that gc's compile would generate: any values do, both assemblers read the same.
        using var gen = new Gosharp.TestSupport.TempDir("gosharp-goasmh");
        gen.Write("go_asm.h", GoAsmH + "\n");
        string[] includes = [gen.Path, Path.GetDirectoryName(path)!, Path.Combine(GoRoot, "runtime")];
        var gc = GcAsm.Assemble(src, package, includeDirs: includes);
        var ours = new ElfObject(Assembler.Assemble(path, src, new AsmOptions
        {
            PackagePath = package,
            IncludeDirs = ["/usr/lib/go-1.19/pkg/include", .. includes],
            // gc's asm defines the enabled GOEXPERIMENTs itself when compiling the runtime.
            Defines = ["GOOS_linux", "GOARCH_arm64", "GOEXPERIMENT_regabiwrappers", "GOEXPERIMENT_regabiargs"],
        }));
        var bad = new List<string>();
        foreach (var (name, want) in gc)
        {
            if (skip != null && System.Text.RegularExpressions.Regex.IsMatch(name, skip)) continue;
            // gc's objdump shows file-local name<> symbols as name<1>.
            var section = ".text." + name.Replace("<1>", "<>");
            if (!ours.Has(section)) { bad.Add($"{name}: missing"); continue; }
            var got = ElfObject.Words(ours[section].Data);
            if (!GcCompare.SameCode(want, got))
                bad.Add($"{name}:\n  gc:      {string.Join(" ", want.Select(w => w.ToString("x8")))}\n  gosharp: {string.Join(" ", got.Select(w => w.ToString("x8")))}");
        }
        Assert.True(gc.Count > 0);
        Assert.True(bad.Count == 0, $"{bad.Count} of {gc.Count} functions differ:\n" + string.Join("\n", bad));
    }
}
