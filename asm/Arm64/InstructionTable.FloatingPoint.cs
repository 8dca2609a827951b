using Gosharp.Asm.Arm64.Encoding;
using Gosharp.Asm.Syntax;
using static Gosharp.Asm.Arm64.OpClass;
using static Gosharp.Asm.Arm64.Ops;

namespace Gosharp.Asm.Arm64;

internal static partial class InstructionTable
{
    private static void AddFloatingPoint()
    {
        foreach (var (suffix, type) in new[] { ("D", 1u), ("S", 0u) })
        {
            foreach (var (name, opcode) in Opcodes.FpData2)
                Add3(name + suffix, FReg, FReg, FReg, (e, s, n, d) => e.Emit(A64.FpData2(type, opcode, R(s), n, d)));
            foreach (var (name, opcode) in Opcodes.FpData1)
                Add(name + suffix, [FReg, FReg], (e, o, _) => e.Emit(A64.FpData1(type, opcode, R(o[0]), R(o[1]))));
            foreach (var (name, signaling) in new[] { ("FCMP", false), ("FCMPE", true) })
            {
                Add(name + suffix, [FReg, FReg], (e, o, _) => e.Emit(A64.FpCompare(type, false, signaling, R(o[0]), R(o[1]))));
                Add(name + suffix, [FConst, FReg], (e, o, _) =>
                {
                    if (((FloatOperand)o[0]).Value != 0 || double.IsNegative(((FloatOperand)o[0]).Value)) throw e.Illegal();
                    e.Emit(A64.FpCompare(type, true, signaling, Reg.F(0), R(o[1])));
                });
            }
            Add("FCSEL" + suffix, [CondCode, FReg, FReg, FReg], (e, o, _) => e.Emit(A64.FpCondSelect(type, C(o[0]), R(o[2]), R(o[1]), R(o[3]))));
            foreach (var (name, o1, o0) in new[] { ("FMADD", 0u, 0u), ("FMSUB", 0u, 1u), ("FNMADD", 1u, 0u), ("FNMSUB", 1u, 1u) })
                Add(name + suffix, [FReg, FReg, FReg, FReg], (e, o, _) =>
                    e.Emit(0x1f000000 | type << 22 | o1 << 21 | R(o[0]).Field << 16 | o0 << 15 | R(o[1]).Field << 10 | R(o[2]).Field << 5 | R(o[3]).Field));

            bool is64 = type == 1;
            var fmov = "FMOV" + suffix;
            Add(fmov, [FReg, FReg], (e, o, _) => e.Emit(A64.FpData1(type, 0, R(o[0]), R(o[1]))));
            Add(fmov, [Gpr, FReg], (e, o, _) => e.Emit(A64.FpIntConvert(is64, type, 0, 7, R(o[0]), R(o[1]))));
            Add(fmov, [FReg, Gpr], (e, o, _) => e.Emit(A64.FpIntConvert(is64, type, 0, 6, R(o[0]), R(o[1]))));
            Add(fmov, [FConst, FReg], (e, o, _) => FloatConstant(e, is64, ((FloatOperand)o[0]).Value, R(o[1])));

            // Integer ↔ float conversions: SCVTFD (X to D), SCVTFWD (W to D), FCVTZSD (D to X), FCVTZSDW (D to W), ...
            foreach (var (name, rmode, opcode) in new[] { ("SCVTF", 0u, 2u), ("UCVTF", 0u, 3u) })
            {
                Add(name + suffix, [Gpr, FReg], (e, o, _) => e.Emit(A64.FpIntConvert(true, type, rmode, opcode, R(o[0]), R(o[1]))));
                Add(name + "W" + suffix, [Gpr, FReg], (e, o, _) => e.Emit(A64.FpIntConvert(false, type, rmode, opcode, R(o[0]), R(o[1]))));
            }
            foreach (var (name, rmode, opcode) in new[] { ("FCVTZS", 3u, 0u), ("FCVTZU", 3u, 1u) })
            {
                Add(name + suffix, [FReg, Gpr], (e, o, _) => e.Emit(A64.FpIntConvert(true, type, rmode, opcode, R(o[0]), R(o[1]))));
                Add(name + suffix + "W", [FReg, Gpr], (e, o, _) => e.Emit(A64.FpIntConvert(false, type, rmode, opcode, R(o[0]), R(o[1]))));
            }
        }
        // FCVTxy: precision conversions from x to y (S single, D double, H half): FCVT's type is the
        // source's (0 S, 1 D, 3 H) and opcode 4 + the destination's (0 S, 1 D, 3 H).
        foreach (var (name, from, to) in new[] { ("FCVTSD", 0u, 1u), ("FCVTDS", 1u, 0u), ("FCVTSH", 0u, 3u), ("FCVTDH", 1u, 3u), ("FCVTHS", 3u, 0u), ("FCVTHD", 3u, 1u) })
            Add(name, [FReg, FReg], (e, o, _) => e.Emit(A64.FpData1(from, 4 | to, R(o[0]), R(o[1]))));

        // FCCMP cond, Fm, Fn, $nzcv: flags of Fn vs Fm if cond, else nzcv; the E forms signal on quiet NaNs.
        foreach (var (suffix, type) in new[] { ("D", 1u), ("S", 0u) })
            foreach (var (name, signaling) in new[] { ("FCCMP", 0u), ("FCCMPE", 1u) })
                Add(name + suffix, [CondCode, FReg, FReg, Const], (e, o, _) =>
                    e.Emit(0x1e200400 | type << 22 | R(o[1]).Field << 16 | (uint)C(o[0]) << 12 | R(o[2]).Field << 5 | signaling << 4 | Range(e, Imm(o[3]), 15)));
    }

    /// <summary>
    /// <c>FMOVD $c, F</c>: the 8-bit FMOV immediate when it fits, FMOV from ZR for +0, else the bits
    /// through REGTMP (gc uses a literal pool instead).
    /// </summary>
    private static void FloatConstant(Emitter e, bool is64, double value, Reg fd)
    {
        ulong bits = is64 ? BitConverter.DoubleToUInt64Bits(value) : BitConverter.SingleToUInt32Bits((float)value);
        uint type = is64 ? 1u : 0u;
        if (Immediates.TryFloat8(value, out var imm8) && (is64 || (double)(float)value == value))
        {
            e.Emit(A64.FpImm(type, imm8, fd));
            return;
        }
        if (bits == 0)
        {
            e.Emit(A64.FpIntConvert(is64, type, 0, 7, Reg.ZR, fd));
            return;
        }
        MoveConstant.Emit(e, bits, is64, Reg.Tmp);
        e.Emit(A64.FpIntConvert(is64, type, 0, 7, Reg.Tmp, fd));
    }
}
