namespace Gosharp.Asm.Arm64;

public enum RegKind : byte { General, StackPointer, Zero, Float, Vector }

/// <summary>
/// An arm64 register as Plan 9 assembly names it: R0–R30 (R18 is R18_PLATFORM, R28 is g, R30 also LR),
/// RSP, ZR, F0–F31 (scalar floating point) and V0–V31 (the same registers as SIMD vectors). Register number 31 means SP or ZR depending on the instruction, so the two are
/// kept apart here and only become 31 in <see cref="Field"/>.
/// </summary>
public readonly record struct Reg(RegKind Kind, int Number)
{
    public static Reg R(int n) => new(RegKind.General, n);
    public static Reg F(int n) => new(RegKind.Float, n);
    public static Reg V(int n) => new(RegKind.Vector, n);
    public static readonly Reg RSP = new(RegKind.StackPointer, 31);
    public static readonly Reg ZR = new(RegKind.Zero, 31);

    /// <summary>REGTMP: the assembler's scratch register, clobbered by multi-instruction expansions.</summary>
    public static readonly Reg Tmp = R(27);
    public static readonly Reg G = R(28);
    public static readonly Reg FP = R(29);
    public static readonly Reg LR = R(30);

    /// <summary>The 5-bit number the instruction encodings use.</summary>
    public uint Field => (uint)Number;

    public bool IsGeneral => Kind == RegKind.General;
    public bool IsFloat => Kind == RegKind.Float;
    public bool IsVector => Kind == RegKind.Vector;
    /// <summary>A register that can be the base of a memory operand: R0–R30 or RSP.</summary>
    public bool IsBase => Kind is RegKind.General or RegKind.StackPointer;

    public override string ToString() => Kind switch
    {
        RegKind.StackPointer => "RSP",
        RegKind.Zero => "ZR",
        RegKind.Float => "F" + Number,
        RegKind.Vector => "V" + Number,
        _ => Number switch { 18 => "R18_PLATFORM", 28 => "g", _ => "R" + Number },
    };

    private static readonly Dictionary<string, Reg> Names = BuildNames();

    private static Dictionary<string, Reg> BuildNames()
    {
        var d = new Dictionary<string, Reg>(StringComparer.Ordinal);
        for (int i = 0; i <= 30; i++)
            if (i != 18 && i != 28) d["R" + i] = R(i);
        d["R18_PLATFORM"] = R(18);
        d["g"] = G;
        d["LR"] = LR;
        d["RSP"] = RSP;
        d["ZR"] = ZR;
        for (int i = 0; i <= 31; i++) d["F" + i] = F(i);
        for (int i = 0; i <= 31; i++) d["V" + i] = V(i);
        return d;
    }

    public static bool TryParse(string name, out Reg reg) => Names.TryGetValue(name, out reg);

    /// <summary>Every register name the assembler knows.</summary>
    public static IEnumerable<string> AllNames => Names.Keys;
}
