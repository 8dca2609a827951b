using System.Globalization;

namespace Gosharp.Asm.Arm64.Disassembly;

/// <summary>
/// Text for the instructions the assembler emits that Capstone 4 (the disassembler behind
/// <c>gosharp tool objdump</c>) does not know: the LSE atomics (SWP, LDADD, LDCLR, LDEOR, LDSET and their
/// ST aliases, CAS, CASP), SHA-512 and SHA-3, and MSR to the PSTATE fields added after ARMv8.0
/// (DIT, SSBS, TCO). The text is binutils' (<c>aarch64-linux-gnu-objdump -d</c>): mnemonic, a tab, operands.
/// A disassembler calls it for a word it cannot decode; null means the word is none of these either.
/// </summary>
public static class SupplementaryDecoder
{
    public static string? Decode(uint w)
    {
        if ((w & 0x3f208c00) == 0x38200000 || (w & 0x3f20fc00) == 0x38208000) return AtomicMemory(w);
        if ((w & 0x3fa07c00) == 0x08a07c00) return CompareAndSwap(w);
        if ((w & 0xbfa07c00) == 0x08207c00) return CompareAndSwapPair(w);
        if ((w & 0xff000000) == 0xce000000) return Sha3Sha512(w);
        if ((w & 0xfff8f01f) == 0xd500401f) return PStateImmediate(w);
        return null;
    }

    private static string X(uint n, bool is64) => n == 31 ? (is64 ? "xzr" : "wzr") : (is64 ? "x" : "w") + n.ToString(CultureInfo.InvariantCulture);
    private static string Base(uint n) => n == 31 ? "sp" : "x" + n.ToString(CultureInfo.InvariantCulture);
    private static string V(uint n, string arr) => $"v{n.ToString(CultureInfo.InvariantCulture)}.{arr}";
    private static uint Rt(uint w) => w & 31;
    private static uint Rn(uint w) => (w >> 5) & 31;
    private static uint Rs(uint w) => (w >> 16) & 31;
    private static uint Ra(uint w) => (w >> 10) & 31;

    /// <summary>The ordering and size letters of the atomics: a (acquire), l (release), then b or h.</summary>
    private static string Suffix(bool acquire, bool release, uint size)
        => (acquire ? "a" : "") + (release ? "l" : "") + size switch { 0 => "b", 1 => "h", _ => "" };

    /// <summary>SWP and LD&lt;op&gt;: size:V=0:A:R:Rs:o3:opc:Rn:Rt. With Rt = ZR and no acquire, LD&lt;op&gt; is ST&lt;op&gt;.</summary>
    private static string? AtomicMemory(uint w)
    {
        uint size = w >> 30, opc = (w >> 12) & 7;
        bool acquire = (w >> 23 & 1) != 0, release = (w >> 22 & 1) != 0, swap = (w >> 15 & 1) != 0;
        bool is64 = size == 3;
        string? op = swap ? (opc == 0 ? "swp" : null) : opc switch
        {
            0 => "add", 1 => "clr", 2 => "eor", 3 => "set", 4 => "smax", 5 => "smin", 6 => "umax", _ => "umin",
        };
        if (op == null) return null;
        var sfx = Suffix(acquire, release, size);
        if (swap) return $"swp{sfx}\t{X(Rs(w), is64)}, {X(Rt(w), is64)}, [{Base(Rn(w))}]";
        if (Rt(w) == 31 && !acquire) return $"st{op}{sfx}\t{X(Rs(w), is64)}, [{Base(Rn(w))}]";
        return $"ld{op}{sfx}\t{X(Rs(w), is64)}, {X(Rt(w), is64)}, [{Base(Rn(w))}]";
    }

    /// <summary>CAS: size:001000:1:L:1:Rs:o0:11111:Rn:Rt (L acquire, o0 release).</summary>
    private static string CompareAndSwap(uint w)
    {
        uint size = w >> 30;
        bool is64 = size == 3;
        var sfx = Suffix((w >> 22 & 1) != 0, (w >> 15 & 1) != 0, size);
        return $"cas{sfx}\t{X(Rs(w), is64)}, {X(Rt(w), is64)}, [{Base(Rn(w))}]";
    }

    /// <summary>CASP: 0:sz:001000:0:L:1:Rs:o0:11111:Rn:Rt, pairs (Rs, Rs+1) and (Rt, Rt+1).</summary>
    private static string CompareAndSwapPair(uint w)
    {
        bool is64 = (w >> 30 & 1) != 0;
        var sfx = Suffix((w >> 22 & 1) != 0, (w >> 15 & 1) != 0, 2);
        uint s = Rs(w), t = Rt(w);
        return $"casp{sfx}\t{X(s, is64)}, {X(s + 1 & 31, is64)}, {X(t, is64)}, {X(t + 1 & 31, is64)}, [{Base(Rn(w))}]";
    }

    /// <summary>The crypto extension's SHA-3 (EOR3, BCAX, RAX1, XAR) and SHA-512 instructions.</summary>
    private static string? Sha3Sha512(uint w)
    {
        uint d = Rt(w), n = Rn(w), m = Rs(w);
        switch (w & 0xffe08000)
        {
            case 0xce000000: return $"eor3\t{V(d, "16b")}, {V(n, "16b")}, {V(m, "16b")}, {V(Ra(w), "16b")}";
            case 0xce200000: return $"bcax\t{V(d, "16b")}, {V(n, "16b")}, {V(m, "16b")}, {V(Ra(w), "16b")}";
        }
        if ((w & 0xffe00000) == 0xce800000)
            return $"xar\t{V(d, "2d")}, {V(n, "2d")}, {V(m, "2d")}, #{((w >> 10) & 63).ToString(CultureInfo.InvariantCulture)}";
        switch (w & 0xffe0fc00)
        {
            case 0xce608000: return $"sha512h\tq{d}, q{n}, {V(m, "2d")}";
            case 0xce608400: return $"sha512h2\tq{d}, q{n}, {V(m, "2d")}";
            case 0xce608800: return $"sha512su1\t{V(d, "2d")}, {V(n, "2d")}, {V(m, "2d")}";
            case 0xce608c00: return $"rax1\t{V(d, "2d")}, {V(n, "2d")}, {V(m, "2d")}";
        }
        if ((w & 0xfffffc00) == 0xcec08000) return $"sha512su0\t{V(d, "2d")}, {V(n, "2d")}";
        return null;
    }

    /// <summary>MSR &lt;pstatefield&gt;, #imm for the fields Capstone 4 predates.</summary>
    private static string? PStateImmediate(uint w)
    {
        uint op1 = (w >> 16) & 7, op2 = (w >> 5) & 7, crm = (w >> 8) & 15;
        string? field = (op1, op2) switch { (3, 2) => "dit", (3, 1) => "ssbs", (3, 4) => "tco", _ => null };
        return field == null ? null : $"msr\t{field}, #0x{crm.ToString("x", CultureInfo.InvariantCulture)}";
    }
}
