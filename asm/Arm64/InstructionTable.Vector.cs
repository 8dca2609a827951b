using Gosharp.Asm.Arm64.Encoding;
using Gosharp.Asm.Syntax;
using static Gosharp.Asm.Arm64.OpClass;
using static Gosharp.Asm.Arm64.Ops;

namespace Gosharp.Asm.Arm64;

/// <summary>
/// Advanced SIMD and the crypto extensions, in gc's syntax: a V prefix on the SIMD mnemonics
/// (AES, SHA keep their names), operands as in the rest of Plan 9 (sources first, destination last),
/// arrangements on the registers (<c>V1.B16</c>), elements (<c>V1.S[2]</c>) and lists (<c>[V1.B16, V2.B16]</c>).
/// </summary>
internal static partial class InstructionTable
{
    private static void AddVector()
    {
        // Three registers of one arrangement: OP Vm.T, Vn.T, Vd.T.
        (string Name, uint Word, ArrSet Allowed, SizeMode Mode)[] same =
        [
            ("VADD", 0x0e208400, ArrSet.Vector, SizeMode.Element), ("VSUB", 0x2e208400, ArrSet.Vector, SizeMode.Element),
            ("VADDP", 0x0e20bc00, ArrSet.Vector, SizeMode.Element), ("VCMEQ", 0x2e208c00, ArrSet.Vector, SizeMode.Element),
            ("VCMTST", 0x0e208c00, ArrSet.Vector, SizeMode.Element),
            ("VUMAX", 0x2e206400, ArrSet.BHS, SizeMode.Element), ("VUMIN", 0x2e206c00, ArrSet.BHS, SizeMode.Element),
            ("VAND", 0x0e201c00, ArrSet.Bytes, SizeMode.Fixed), ("VORR", 0x0ea01c00, ArrSet.Bytes, SizeMode.Fixed),
            ("VEOR", 0x2e201c00, ArrSet.Bytes, SizeMode.Fixed), ("VBSL", 0x2e601c00, ArrSet.Bytes, SizeMode.Fixed),
            ("VBIT", 0x2ea01c00, ArrSet.Bytes, SizeMode.Fixed), ("VBIF", 0x2ee01c00, ArrSet.Bytes, SizeMode.Fixed),
            ("VFMLA", 0x0e20cc00, ArrSet.Float, SizeMode.Float), ("VFMLS", 0x0ea0cc00, ArrSet.Float, SizeMode.Float),
            ("VUZP1", 0x0e001800, ArrSet.Vector, SizeMode.Element), ("VUZP2", 0x0e005800, ArrSet.Vector, SizeMode.Element),
            ("VTRN1", 0x0e002800, ArrSet.Vector, SizeMode.Element), ("VTRN2", 0x0e006800, ArrSet.Vector, SizeMode.Element),
            ("VZIP1", 0x0e003800, ArrSet.Vector, SizeMode.Element), ("VZIP2", 0x0e007800, ArrSet.Vector, SizeMode.Element),
        ];
        foreach (var (name, word, allowed, mode) in same)
            Add(name, [VArr, VArr, VArr], (e, o, _) => Simd.Same(e, word, allowed, mode, o[0], o[1], o[2]));
        // Scalar (64-bit) ADD and SUB: VADD Vm, Vn, Vd, or VADD Vm, Vd (Vd += Vm).
        foreach (var (name, word) in new[] { ("VADD", 0x5ee08400u), ("VSUB", 0x7ee08400u) })
        {
            Add(name, [VReg, VReg, VReg], (e, o, _) => e.Emit(word | VR(e, o[0]).Field << 16 | VR(e, o[1]).Field << 5 | VR(e, o[2]).Field));
            Add(name, [VReg, VReg], (e, o, _) => e.Emit(word | VR(e, o[0]).Field << 16 | VR(e, o[1]).Field << 5 | VR(e, o[1]).Field));
        }

        // Two registers of one arrangement: OP Vn.T, Vd.T.
        (string Name, uint Word, ArrSet Allowed, SizeMode Mode)[] misc =
        [
            ("VCNT", 0x0e205800, ArrSet.Bytes, SizeMode.Element), ("VRBIT", 0x2e605800, ArrSet.Bytes, SizeMode.Fixed),
            ("VREV16", 0x0e201800, ArrSet.Bytes, SizeMode.Element), ("VREV32", 0x2e200800, ArrSet.BH, SizeMode.Element),
            ("VREV64", 0x0e200800, ArrSet.BHS, SizeMode.Element),
            ("AESE", 0x4e284800, ArrSet.B16, SizeMode.Fixed), ("AESD", 0x4e285800, ArrSet.B16, SizeMode.Fixed),
            ("AESMC", 0x4e286800, ArrSet.B16, SizeMode.Fixed), ("AESIMC", 0x4e287800, ArrSet.B16, SizeMode.Fixed),
            ("SHA1SU1", 0x5e281800, ArrSet.S4, SizeMode.Fixed), ("SHA256SU0", 0x5e282800, ArrSet.S4, SizeMode.Fixed),
            ("SHA512SU0", 0xcec08000, ArrSet.D2, SizeMode.Fixed),
        ];
        foreach (var (name, word, allowed, mode) in misc)
            Add(name, [VArr, VArr], (e, o, _) => Simd.Misc(e, word & ~(1u << 30), allowed, mode, o[0], o[1]));

        // Across lanes into a scalar: OP Vn.T, Vd.
        foreach (var (name, word) in new[] { ("VADDV", 0x0e31b800u), ("VUADDLV", 0x2e303800u), ("VUMAXV", 0x2e30a800u), ("VUMINV", 0x2e31a800u) })
            Add(name, [VArr, VReg], (e, o, _) => Simd.Across(e, word, o[0], VR(e, o[1])));

        // Shifts by an immediate: OP $shift, Vn.T, Vd.T.
        foreach (var (name, word, right) in new[] { ("VUSHR", 0x2f000400u, true), ("VUSRA", 0x2f001400u, true), ("VSRI", 0x2f004400u, true),
                     ("VSHL", 0x0f005400u, false), ("VSLI", 0x2f005400u, false) })
            Add(name, [Const, VArr, VArr], (e, o, _) => Simd.ShiftImm(e, word, right, Imm(o[0]), o[1], o[2]));
        foreach (var (name, upper) in new[] { ("VUSHLL", false), ("VUSHLL2", true) })
            Add(name, [Const, VArr, VArr], (e, o, _) => Simd.ShiftLeftLong(e, upper, Imm(o[0]), o[1], o[2]));
        foreach (var (name, upper) in new[] { ("VUXTL", false), ("VUXTL2", true) })
            Add(name, [VArr, VArr], (e, o, _) => Simd.ShiftLeftLong(e, upper, 0, o[0], o[1]));

        // Widening: VUADDW Vm.narrow, Vn.wide, Vd.wide; VPMULL Vm, Vn, Vd (8 to 16 bits, or 64 to 128).
        foreach (var (name, upper) in new[] { ("VUADDW", false), ("VUADDW2", true) })
            Add(name, [VArr, VArr, VArr], (e, o, _) => Simd.Long(e, 0x2e201000, upper, true, upper ? ArrSet.Wide : ArrSet.Narrow, o[0], o[1], o[2]));
        foreach (var (name, upper) in new[] { ("VPMULL", false), ("VPMULL2", true) })
            Add(name, [VArr, VArr, VArr], (e, o, _) => Simd.Long(e, 0x0e20e000, upper, false, upper ? ArrSet.B16 | ArrSet.D2 : ArrSet.B8 | ArrSet.D1, o[0], o[1], o[2]));

        Add("VEXT", [Const, VArr, VArr, VArr], (e, o, _) => Simd.Ext(e, Imm(o[0]), o[1], o[2], o[3]));
        Add("VTBL", [VArr, VList, VArr], (e, o, _) => Simd.Table(e, 0x0e000000, o[0], o[1], o[2]));
        Add("VTBX", [VArr, VList, VArr], (e, o, _) => Simd.Table(e, 0x0e001000, o[0], o[1], o[2]));

        // Moves between elements, vectors and general registers.
        Add("VMOV", [VArr, VArr], (e, o, _) =>
        {
            var (vn, arr) = Simd.VA(e, o[0], ArrSet.Bytes);
            var (vd, ad) = Simd.VA(e, o[1], ArrSet.Bytes);
            if (ad != arr) throw Simd.BadArrangement(e);
            e.Emit(0x0ea01c00 | (arr == Arrangement.B16 ? 1u << 30 : 0) | vn.Field << 16 | vn.Field << 5 | vd.Field); // ORR Vd, Vn, Vn
        });
        foreach (var name in new[] { "VMOV", "VDUP" })
        {
            Add(name, [Gpr, VArr], (e, o, _) => Simd.DupGeneral(e, R(o[0]), o[1]));
            Add(name, [VElem, VReg | VArr], (e, o, _) => Simd.DupElement(e, o[0], o[1]));
        }
        Add("VMOV", [Gpr, VElem], (e, o, _) => Simd.InsGeneral(e, R(o[0]), o[1]));
        Add("VMOV", [VElem, Gpr], (e, o, _) => Simd.Umov(e, o[0], R(o[1])));
        Add("VMOV", [VElem, VElem], (e, o, _) => Simd.InsElement(e, o[0], o[1]));
        Add("VMOVI", [Const, VArr], (e, o, _) => Simd.MoveImmediate(e, Imm(o[0]), o[1]));
        // Constants into the low 32, 64 or all 128 bits (gc loads them from a literal pool; gosharp builds them in REGTMP).
        Add("VMOVS", [Const, VReg], (e, o, _) => Simd.MoveConstant(e, 32, (ulong)Imm(o[0]), 0, VR(e, o[1])));
        Add("VMOVD", [Const, VReg], (e, o, _) => Simd.MoveConstant(e, 64, (ulong)Imm(o[0]), 0, VR(e, o[1])));
        Add("VMOVQ", [Const, Const, VReg], (e, o, _) => Simd.MoveConstant(e, 128, (ulong)Imm(o[0]), (ulong)Imm(o[1]), VR(e, o[2])));

        // Loads and stores of registers, lists and elements, with .P post-increment.
        for (int n = 1; n <= 4; n++)
        {
            int structs = n;
            Add("VLD" + n, [Mem | MemIndexed, VList], (e, o, s) => Simd.Multiple(e, true, structs, o[1], M(o[0]), s), writeback: true);
            Add("VST" + n, [VList, Mem | MemIndexed], (e, o, s) => Simd.Multiple(e, false, structs, o[0], M(o[1]), s), writeback: true);
            Add("VLD" + n + "R", [Mem | MemIndexed, VList], (e, o, s) => Simd.Replicate(e, structs, o[1], M(o[0]), s), writeback: true);
        }
        Add("VLD1", [Mem | MemIndexed, VElem], (e, o, s) => Simd.SingleElement(e, true, o[1], M(o[0]), s), writeback: true);
        Add("VST1", [VElem, Mem | MemIndexed], (e, o, s) => Simd.SingleElement(e, false, o[0], M(o[1]), s), writeback: true);

        // Crypto: SHA-1/SHA-256 with a scalar hash state (SHA1C Vm.S4, Vn, Vd), SHA-512 and SHA-3.
        foreach (var (name, word) in new[] { ("SHA1C", 0x5e000000u), ("SHA1P", 0x5e001000u), ("SHA1M", 0x5e002000u), ("SHA256H", 0x5e004000u), ("SHA256H2", 0x5e005000u) })
            Add(name, [VArr, VReg, VReg], (e, o, _) => e.Emit(word | Simd.VA(e, o[0], ArrSet.S4).Reg.Field << 16 | VR(e, o[1]).Field << 5 | VR(e, o[2]).Field));
        foreach (var (name, word) in new[] { ("SHA1SU0", 0x5e003000u), ("SHA256SU1", 0x5e006000u) })
            Add(name, [VArr, VArr, VArr], (e, o, _) => Simd.Same(e, word, ArrSet.S4, SizeMode.Fixed, o[0], o[1], o[2]));
        Add("SHA1H", [VReg, VReg], (e, o, _) => e.Emit(0x5e280800 | VR(e, o[0]).Field << 5 | VR(e, o[1]).Field));
        foreach (var (name, word) in new[] { ("SHA512H", 0xce608000u), ("SHA512H2", 0xce608400u) })
            Add(name, [VArr, VReg, VReg], (e, o, _) => e.Emit(word | Simd.VA(e, o[0], ArrSet.D2).Reg.Field << 16 | VR(e, o[1]).Field << 5 | VR(e, o[2]).Field));
        foreach (var (name, word) in new[] { ("SHA512SU1", 0xce608800u), ("VRAX1", 0xce608c00u) })
            Add(name, [VArr, VArr, VArr], (e, o, _) => Simd.Same(e, word & ~(1u << 30), ArrSet.D2, SizeMode.Fixed, o[0], o[1], o[2]));
        // EOR3 / BCAX Vd, Vn, Vm, Va: written (Va, Vm, Vn, Vd).
        foreach (var (name, word) in new[] { ("VEOR3", 0xce000000u), ("VBCAX", 0xce200000u) })
            Add(name, [VArr, VArr, VArr, VArr], (e, o, _) =>
            {
                var a = Simd.VA(e, o[0], ArrSet.B16).Reg;
                Simd.Same(e, word | a.Field << 10, ArrSet.B16, SizeMode.Fixed, o[1], o[2], o[3]);
            });
        Add("VXAR", [Const, VArr, VArr, VArr], (e, o, _) =>
            Simd.Same(e, 0xce800000 & ~(1u << 30) | Range(e, Imm(o[0]), 63) << 10, ArrSet.D2, SizeMode.Fixed, o[1], o[2], o[3]));
    }

    private static Reg VR(Emitter e, Operand o) => o is RegOperand { Reg.IsVector: true } r ? r.Reg : throw e.Illegal();
}
