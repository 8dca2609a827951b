using Gosharp.Asm.Tests.Support;

namespace Gosharp.Asm.Tests;

/// <summary>
/// Advanced SIMD and crypto instructions in gc's syntax (arrangements, elements, register lists,
/// post-increments), generated over every arrangement each accepts and compared word for word with
/// gc's <c>go tool asm</c> in one run. gc's literal-pool forms (VMOVS/VMOVD/VMOVQ) and the instructions
/// gc 1.19 lacks (VUMAXV, VUMINV, VTBX) are checked against binutils in <see cref="EncodingVsGnuTests"/>.
/// </summary>
public class VectorVsGcTests
{
    private static readonly string[] All = ["B8", "B16", "H4", "H8", "S2", "S4", "D2"];
    private static readonly string[] Bytes = ["B8", "B16"];
    private static bool Full(string a) => a is "B16" or "H8" or "S4" or "D2";

    public static List<string> Cases()
    {
        var c = new List<string>();
        // Three registers of one arrangement.
        var same = new (string Op, string[] Arrs)[]
        {
            ("VADD", All), ("VSUB", All), ("VADDP", All), ("VCMEQ", All), ("VCMTST", All),
            ("VUMAX", All[..6]), ("VUMIN", All[..6]), ("VAND", Bytes), ("VORR", Bytes), ("VEOR", Bytes), ("VBSL", Bytes), ("VBIT", Bytes), ("VBIF", Bytes),
            ("VFMLA", ["S2", "S4", "D2"]), ("VFMLS", ["S2", "S4", "D2"]),
            ("VUZP1", All), ("VUZP2", All), ("VTRN1", All), ("VTRN2", All), ("VZIP1", All), ("VZIP2", All),
        };
        foreach (var (op, arrs) in same)
            for (int i = 0; i < arrs.Length; i++)
                c.Add($"{op} V{i + 1}.{arrs[i]}, V{i * 7 % 32}.{arrs[i]}, V{31 - i}.{arrs[i]}");
        c.AddRange(["VADD V1, V2, V3", "VSUB V31, V0, V15", "VADD V7, V8", "VSUB V9, V10"]);
        // Two registers.
        foreach (var (op, arrs) in new (string, string[])[] { ("VCNT", Bytes), ("VRBIT", Bytes), ("VREV16", Bytes), ("VREV32", All[..4]), ("VREV64", All[..6]) })
            for (int i = 0; i < arrs.Length; i++)
                c.Add($"{op} V{i + 3}.{arrs[i]}, V{30 - i}.{arrs[i]}");
        foreach (var op in new[] { "AESE", "AESD", "AESMC", "AESIMC" }) c.AddRange([$"{op} V7.B16, V31.B16", $"{op} V0.B16, V0.B16"]);
        // Across lanes.
        foreach (var op in new[] { "VADDV", "VUADDLV" })
            foreach (var (a, i) in new[] { "B8", "B16", "H4", "H8", "S4" }.Select((a, i) => (a, i)))
                c.Add($"{op} V{i + 9}.{a}, V{i}");
        // Shifts by immediate at both ends of their range.
        foreach (var (op, right) in new[] { ("VUSHR", true), ("VUSRA", true), ("VSRI", true), ("VSHL", false), ("VSLI", false) })
            foreach (var (a, es) in new[] { ("B8", 8), ("B16", 8), ("H4", 16), ("H8", 16), ("S2", 32), ("S4", 32), ("D2", 64) })
                foreach (var sh in right ? new[] { 1, es } : [0, es - 1])
                    c.Add($"{op} ${sh}, V2.{a}, V5.{a}");
        foreach (var (n, d) in new[] { ("B8", "H8"), ("H4", "S4"), ("S2", "D2") })
            c.AddRange([$"VUSHLL $0, V1.{n}, V2.{d}", $"VUSHLL $3, V1.{n}, V2.{d}", $"VUXTL V1.{n}, V2.{d}", $"VUADDW V1.{n}, V2.{d}, V3.{d}"]);
        foreach (var (n, d) in new[] { ("B16", "H8"), ("H8", "S4"), ("S4", "D2") })
            c.AddRange([$"VUSHLL2 $0, V1.{n}, V2.{d}", $"VUSHLL2 $7, V1.{n}, V2.{d}", $"VUXTL2 V1.{n}, V2.{d}", $"VUADDW2 V1.{n}, V2.{d}, V3.{d}"]);
        c.AddRange(["VPMULL V1.B8, V2.B8, V3.H8", "VPMULL V1.D1, V2.D1, V3.Q1", "VPMULL2 V1.B16, V2.B16, V3.H8", "VPMULL2 V1.D2, V2.D2, V3.Q1"]);
        c.AddRange(["VEXT $0, V2.B8, V1.B8, V3.B8", "VEXT $7, V2.B8, V1.B8, V3.B8", "VEXT $15, V2.B16, V1.B16, V3.B16", "VEXT $8, V31.B16, V0.B16, V1.B16"]);
        // Table lookups with 1 to 4 registers, wrapping from V31 to V0.
        for (int k = 1; k <= 4; k++)
        {
            var list = string.Join(", ", Enumerable.Range(0, k).Select(j => $"V{(30 + j) % 32}.B16"));
            c.AddRange([$"VTBL V1.B16, [{list}], V2.B16", $"VTBL V1.B8, [{list}], V2.B8"]);
        }
        // Moves: DUP from a general register or an element, INS, UMOV, ORR, MOVI.
        foreach (var a in All) c.AddRange([$"VMOV R3, V4.{a}", $"VDUP R3, V4.{a}"]);
        foreach (var (s, max) in new[] { ("B", 15), ("H", 7), ("S", 3), ("D", 1) })
            c.AddRange([$"VMOV V5.{s}[{max}], R6", $"VMOV R7, V8.{s}[{max}]", $"VMOV V9.{s}[0], V10.{s}[{max}]", $"VMOV V9.{s}[{max}], V10.{s}[0]",
                $"VMOV V11.{s}[{max}], V12", $"VDUP V11.{s}[{max}], V12", $"VMOV ZR, V1.{s}[0]"]);
        foreach (var (s, arrs) in new[] { ("B", Bytes), ("H", new[] { "H4", "H8" }), ("S", new[] { "S2", "S4" }), ("D", new[] { "D2" }) })
            foreach (var a in arrs) c.Add($"VDUP V1.{s}[1], V2.{a}");
        c.AddRange(["VMOV V1.B8, V2.B8", "VMOV V31.B16, V0.B16", "VMOVI $0, V1.B8", "VMOVI $255, V1.B16", "VMOVI $0x55, V31.B16"]);
        // Whole-register loads and stores: 1-4 registers, no offset, .P by the size or by a register.
        foreach (var a in All.Append("D1"))
        {
            int regBytes = Full(a) ? 16 : 8;
            for (int k = 1; k <= 4; k++)
            {
                var list = string.Join(", ", Enumerable.Range(1, k).Select(j => $"V{j}.{a}"));
                c.AddRange([$"VLD1 (R1), [{list}]", $"VST1 [{list}], (R2)", $"VLD1.P {k * regBytes}(R3), [{list}]", $"VST1.P [{list}], {k * regBytes}(R4)",
                    $"VLD1.P (R5)(R6), [{list}]", $"VST1.P [{list}], (RSP)(R7)", $"VLD1.P (R8), [{list}]"]);
            }
        }
        foreach (var a in All)
        {
            int regBytes = Full(a) ? 16 : 8;
            for (int k = 2; k <= 4; k++)
            {
                var list = string.Join(", ", Enumerable.Range(0, k).Select(j => $"V{(31 + j) % 32}.{a}"));
                c.AddRange([$"VLD{k} (R1), [{list}]", $"VST{k} [{list}], (R2)", $"VLD{k}.P {k * regBytes}(R3), [{list}]", $"VST{k}.P [{list}], (R4)(R8)"]);
            }
        }
        // Load and replicate.
        foreach (var (a, size) in new[] { ("B8", 1), ("B16", 1), ("H4", 2), ("H8", 2), ("S2", 4), ("S4", 4), ("D1", 8), ("D2", 8) })
            for (int k = 1; k <= 4; k++)
            {
                var list = string.Join(", ", Enumerable.Range(1, k).Select(j => $"V{j}.{a}"));
                c.AddRange([$"VLD{k}R (R1), [{list}]", $"VLD{k}R.P {k * size}(R2), [{list}]", $"VLD{k}R.P (R2)(R3), [{list}]"]);
            }
        // One element.
        foreach (var (s, max, size) in new[] { ("B", 15, 1), ("H", 7, 2), ("S", 3, 4), ("D", 1, 8) })
            foreach (var i in new[] { 0, 1, max }.Distinct())
                c.AddRange([$"VLD1 (R1), V2.{s}[{i}]", $"VST1 V2.{s}[{i}], (R1)", $"VLD1.P {size}(R1), V2.{s}[{i}]", $"VST1.P V2.{s}[{i}], {size}(R1)",
                    $"VLD1.P (R1)(R9), V2.{s}[{i}]", $"VST1.P V2.{s}[{i}], (R1)(R9)"]);
        // SHA-1, SHA-256, SHA-512, SHA-3.
        c.AddRange(["VEOR3 V1.B16, V2.B16, V3.B16, V4.B16", "VBCAX V1.B16, V2.B16, V3.B16, V4.B16", "VRAX1 V1.D2, V2.D2, V3.D2", "VXAR $5, V1.D2, V2.D2, V3.D2",
            "VXAR $63, V1.D2, V2.D2, V3.D2", "SHA1C V1.S4, V2, V3", "SHA1P V1.S4, V2, V3", "SHA1M V1.S4, V2, V3", "SHA256H V1.S4, V2, V3", "SHA256H2 V1.S4, V2, V3",
            "SHA1SU0 V1.S4, V2.S4, V3.S4", "SHA256SU1 V1.S4, V2.S4, V3.S4", "SHA1H V1, V2", "SHA1SU1 V1.S4, V2.S4", "SHA256SU0 V1.S4, V2.S4",
            "SHA512H V1.D2, V2, V3", "SHA512H2 V1.D2, V2, V3", "SHA512SU0 V1.D2, V2.D2", "SHA512SU1 V1.D2, V2.D2, V3.D2"]);
        // 128-bit scalar loads and stores.
        c.AddRange(["FMOVQ 16(R1), F2", "FMOVQ F2, -16(RSP)", "FMOVQ.P 32(R1), F3", "FMOVQ.W F3, -32(RSP)", "FMOVQ 65520(R1), F4", "FLDPQ 32(R1), (F2, F3)",
            "FSTPQ (F2, F3), -32(R1)", "FLDPQ.P 32(R1), (F2, F3)", "FSTPQ.W (F2, F3), -64(RSP)"]);
        return c;
    }

    [Fact]
    public void VectorInstructionsEncodeAsGcDoes()
    {
        var cases = Cases();
        OracleTable.AssertNone(OracleTable.DifferencesFromGc(cases), cases.Count, "gc");
    }
}
