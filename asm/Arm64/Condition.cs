namespace Gosharp.Asm.Arm64;

/// <summary>A64 condition codes, numbered as the encodings use them.</summary>
public enum Cond : byte { EQ, NE, HS, LO, MI, PL, VS, VC, HI, LS, GE, LT, GT, LE, AL, NV }

public static class Conditions
{
    private static readonly Dictionary<string, Cond> Names = new(StringComparer.Ordinal)
    {
        ["EQ"] = Cond.EQ, ["NE"] = Cond.NE, ["HS"] = Cond.HS, ["CS"] = Cond.HS, ["LO"] = Cond.LO, ["CC"] = Cond.LO,
        ["MI"] = Cond.MI, ["PL"] = Cond.PL, ["VS"] = Cond.VS, ["VC"] = Cond.VC, ["HI"] = Cond.HI, ["LS"] = Cond.LS,
        ["GE"] = Cond.GE, ["LT"] = Cond.LT, ["GT"] = Cond.GT, ["LE"] = Cond.LE, ["AL"] = Cond.AL, ["NV"] = Cond.NV,
    };

    public static bool TryParse(string name, out Cond c) => Names.TryGetValue(name, out c);

    /// <summary>The opposite condition (EQ ↔ NE, ...), flipping the low bit as the architecture defines.</summary>
    public static Cond Invert(this Cond c) => (Cond)((byte)c ^ 1);
}
