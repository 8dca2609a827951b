using System.Globalization;
using System.Numerics;

namespace Gosharp.Compiler.Types.Constants;

/// <summary>
/// The value of an untyped float constant, or of one part of a complex constant, in the
/// representation gc's go/constant would use, since that decides both rounding and how gc prints it:
/// <list type="bullet">
/// <item>an integer (only the parts of complex constants and what real/imag take from them: gc
/// keeps an integer operand of complex arithmetic an integer, and prints it in full);</item>
/// <item>an exact fraction, while numerator and denominator stay under 4096 bits;</item>
/// <item>a 512-bit <see cref="BinaryFloat"/> beyond that (1e1000000, (1/3)^3000), after which the
/// value never goes back to a fraction.</item>
/// </list>
/// Operations on two values use the larger representation of the two (integer &lt; fraction &lt;
/// binary float); an operation that overflows the binary float's exponent returns null, which the
/// checker reports as "constant result is not representable". <c>default</c> is the integer 0.
/// </summary>
public readonly struct ConstFloat
{
    /// <summary>Fractions whose numerator or denominator reach this many bits become binary floats (go/constant's maxExp).</summary>
    public const int MaxExactBits = 4096;

    private enum Form : byte { Int, Rat, Bin }

    private readonly Form form;
    private readonly BigRational rat; // Int and Rat
    private readonly BinaryFloat bin; // Bin

    private ConstFloat(Form form, BigRational rat, BinaryFloat bin)
    {
        this.form = form; this.rat = rat; this.bin = bin;
    }

    public static readonly ConstFloat Zero = default;

    /// <summary>An integer (kept an integer by + - * with other integers).</summary>
    public static ConstFloat FromInt(BigInteger i) => new(Form.Int, BigRational.FromInt(i), default);

    /// <summary>An exact fraction, or its 512-bit rounding when numerator or denominator is too large.</summary>
    public static ConstFloat FromRational(BigRational r)
    {
        if (r.Num.GetBitLength() < MaxExactBits && r.Den.GetBitLength() < MaxExactBits) return new(Form.Rat, r, default);
        // Such a fraction is at most about 2^8192: never beyond the binary float's exponent.
        return FromBinary(BinaryFloat.FromRational(r)!.Value);
    }

    public static ConstFloat FromBinary(BinaryFloat b) => new(Form.Bin, default, b);

    /// <summary>The exact value of a finite double (a fraction: every double is small enough).</summary>
    public static ConstFloat FromDouble(double d) => FromRational(BigRational.FromDouble(d));

    public bool IsInt => form == Form.Int;
    public bool IsBinary => form == Form.Bin;

    /// <summary>The exact fraction, for integers and fractions; null for a binary float.</summary>
    public BigRational? Rational => form == Form.Bin ? null : rat;

    /// <summary>The binary float, for that representation; null otherwise.</summary>
    public BinaryFloat? Binary => form == Form.Bin ? bin : null;

    public int Sign => form == Form.Bin ? bin.Sign : rat.Sign;

    /// <summary>The same value with an integer made a fraction (go/constant's ToFloat).</summary>
    public ConstFloat AsFraction() => form == Form.Int ? FromRational(rat) : this;

    /// <summary>The value as a binary float (a fraction rounded to 512 bits; it cannot overflow).</summary>
    public BinaryFloat ToBinary() => form == Form.Bin ? bin : BinaryFloat.FromRational(rat)!.Value;

    // ---- arithmetic ----

    public ConstFloat Negate() => form == Form.Bin ? FromBinary(bin.Negate()) : new(form, -rat, default);

    public static ConstFloat? Add(ConstFloat a, ConstFloat b) => Op(a, b, (x, y) => x + y, BinaryFloat.Add, intResult: true);
    public static ConstFloat? Sub(ConstFloat a, ConstFloat b) => Op(a, b, (x, y) => x - y, BinaryFloat.Sub, intResult: true);
    public static ConstFloat? Mul(ConstFloat a, ConstFloat b) => Op(a, b, (x, y) => x * y, BinaryFloat.Mul, intResult: true);

    /// <summary>a / b (a fraction even for integers); null when b is zero or the result overflows.</summary>
    public static ConstFloat? Quo(ConstFloat a, ConstFloat b) => b.Sign == 0 ? null : Op(a, b, (x, y) => x / y, BinaryFloat.Quo, intResult: false);

    private static ConstFloat? Op(ConstFloat a, ConstFloat b, Func<BigRational, BigRational, BigRational> exact,
        Func<BinaryFloat, BinaryFloat, BinaryFloat?> rounded, bool intResult)
    {
        if (a.form != Form.Bin && b.form != Form.Bin)
        {
            var r = exact(a.rat, b.rat);
            return intResult && a.form == Form.Int && b.form == Form.Int ? new(Form.Int, r, default) : FromRational(r);
        }
        return rounded(a.ToBinary(), b.ToBinary()) is { } f ? FromBinary(f) : null;
    }

    /// <summary>Orders two values; a fraction compared with a binary float is first rounded to 512 bits, as gc does.</summary>
    public int CompareTo(ConstFloat b) =>
        form != Form.Bin && b.form != Form.Bin ? rat.CompareTo(b.rat) : ToBinary().CompareTo(b.ToBinary());

    // ---- conversions ----

    /// <summary>The integer this value is (for a binary float, as <see cref="BinaryFloat.ToInteger"/> decides); null if none.</summary>
    public BigInteger? ToInteger() => form switch
    {
        Form.Bin => bin.ToInteger(),
        _ => rat.IsInteger ? rat.Num : null,
    };

    /// <summary>The nearest float64, ties to even; ±Infinity when it overflows.</summary>
    public double ToDouble() => form == Form.Bin ? bin.ToDouble() : rat.ToDouble();

    /// <summary>The nearest float32 (as a double), ties to even; ±Infinity when it overflows.</summary>
    public double ToFloat32() => form == Form.Bin ? bin.ToFloat32() : rat.ToFloat32();

    // ---- text ----

    /// <summary>As gc prints the value in messages: integers in full, others with %.6g (see <see cref="BinaryFloat.Format"/>).</summary>
    public override string ToString() => form == Form.Int ? rat.Num.ToString(CultureInfo.InvariantCulture) : ToBinary().Format();

    /// <summary>The exact value: "123" (integer), "NUM/DEN" (fraction) or "MANTpEXP" (binary float, Mant·2^Exp).</summary>
    public string ExactString() => form switch
    {
        Form.Int => rat.Num.ToString(CultureInfo.InvariantCulture),
        Form.Rat => rat.Num.ToString(CultureInfo.InvariantCulture) + "/" + rat.Den.ToString(CultureInfo.InvariantCulture),
        _ => bin.ToString(),
    };

    /// <summary>Parses <see cref="ExactString"/>'s forms; null if malformed.</summary>
    public static ConstFloat? Parse(string s)
    {
        if (s.Contains('p')) return BinaryFloat.Parse(s) is { } b ? FromBinary(b) : null;
        var slash = s.IndexOf('/');
        if (slash < 0) return BigInteger.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? FromInt(i) : null;
        if (!BigInteger.TryParse(s[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            || !BigInteger.TryParse(s[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d.IsZero) return null;
        return FromRational(new BigRational(n, d));
    }
}
