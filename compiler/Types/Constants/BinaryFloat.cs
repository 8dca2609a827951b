using System.Globalization;
using System.Numerics;

namespace Gosharp.Compiler.Types.Constants;

/// <summary>
/// An immutable binary floating-point number ±Mant·2^Exp with at most <see cref="Precision"/> (512)
/// significant bits and a 32-bit exponent range, rounded to nearest even: the number gc's constants
/// (go/constant with math/big.Float) switch to when a value is too large or too small to keep as an
/// exact fraction, e.g. 1e1000000 or 0x1p-100000.
/// </summary>
/// <remarks>
/// The exponent range is big.Float's: writing the value as m·2^t with 0.5 ≤ |m| &lt; 1 (t is
/// <see cref="TopExp"/>), t lies in [int.MinValue, int.MaxValue]. A result above it overflows (the
/// operations return null; gc's constant then becomes "not representable"); one below it underflows
/// to zero. <c>default</c> is zero.
/// </remarks>
public readonly struct BinaryFloat
{
    public const int Precision = 512;

    private readonly BigInteger mant; // odd (trailing zeros moved into exp), or zero
    private readonly long exp;
    private readonly bool neg;

    private BinaryFloat(bool neg, BigInteger mant, long exp)
    {
        this.neg = neg && !mant.IsZero;
        this.mant = mant;
        this.exp = mant.IsZero ? 0 : exp;
    }

    public static readonly BinaryFloat Zero = default;

    /// <summary>The magnitude's significant bits, an odd number (or zero).</summary>
    public BigInteger Mant => mant;
    /// <summary>The binary exponent of <see cref="Mant"/>'s lowest bit.</summary>
    public long Exp => exp;
    public int Sign => mant.IsZero ? 0 : neg ? -1 : 1;
    public bool IsZero => mant.IsZero;

    /// <summary>t with |x| = m·2^t, 0.5 ≤ m &lt; 1 (big.Float's MantExp); 0 for zero.</summary>
    public long TopExp => mant.IsZero ? 0 : exp + (long)mant.GetBitLength();

    /// <summary>
    /// Whether the value is of a size an exact fraction can hold cheaply (|TopExp| &lt; 4096, go/constant's
    /// smallFloat): only such values are turned back into integers or fractions.
    /// </summary>
    public bool IsSmall => TopExp > -ConstFloat.MaxExactBits && TopExp < ConstFloat.MaxExactBits;

    // ---- construction ----

    /// <summary>
    /// ±m·2^e rounded to 512 bits, ties to even; <paramref name="sticky"/> says that nonzero bits below
    /// m were dropped (m must then have more than 512 bits). Null when the result overflows.
    /// </summary>
    public static BinaryFloat? Make(bool negative, BigInteger m, long e, bool sticky = false)
    {
        if (m.IsZero) return Zero;
        // big.Float checks underflow before rounding and overflow after it.
        if (e + (long)m.GetBitLength() < int.MinValue) return Zero;
        var (q, qe) = Rounding.Round(m, e, sticky, Precision, long.MinValue, Rounding.Mode.NearestEven);
        var r = Normal(negative, q, qe);
        return r.TopExp > int.MaxValue ? null : r;
    }

    /// <summary>An exact value, already within 512 bits (or rounded if not); null only on overflow.</summary>
    public static BinaryFloat? FromInteger(BigInteger i) => Make(i.Sign < 0, BigInteger.Abs(i), 0);

    /// <summary>A fraction rounded to 512 bits (correctly, ties to even).</summary>
    public static BinaryFloat? FromRational(BigRational r)
    {
        if (r.Sign == 0) return Zero;
        var n = BigInteger.Abs(r.Num);
        var d = r.Den;
        // Scale so that the quotient has at least Precision + 2 bits; the remainder is the sticky bit.
        long shift = Precision + 2 + (long)d.GetBitLength() - (long)n.GetBitLength();
        var (nn, dd) = shift >= 0 ? (n << (int)shift, d) : (n, d << (int)-shift);
        var q = BigInteger.DivRem(nn, dd, out var rem);
        return Make(r.Sign < 0, q, -shift, !rem.IsZero);
    }

    /// <summary>The value of a finite double.</summary>
    public static BinaryFloat FromDouble(double d) => FromRational(BigRational.FromDouble(d))!.Value;

    private static BinaryFloat Normal(bool negative, BigInteger m, long e)
    {
        if (m.IsZero) return Zero;
        var tz = (int)BigInteger.TrailingZeroCount(m);
        return new BinaryFloat(negative, m >> tz, e + tz);
    }

    // ---- arithmetic (each result rounded to 512 bits; null on overflow) ----

    public BinaryFloat Negate() => new(!neg, mant, exp);

    public static BinaryFloat? Add(BinaryFloat a, BinaryFloat b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        if (a.TopExp < b.TopExp) (a, b) = (b, a);
        const int guard = Precision + 4;
        if (a.TopExp - b.TopExp >= guard)
        {
            // b is below every bit the rounded result can have: it only decides the direction.
            // With a's mantissa widened to `guard` bits, |b| is less than one unit of its last place,
            // so a+b lies strictly between M and M±1.
            var m = a.mant << (guard - (int)a.mant.GetBitLength());
            var e = a.TopExp - guard;
            return a.neg == b.neg ? Make(a.neg, m, e, sticky: true) : Make(a.neg, m - 1, e, sticky: true);
        }
        // Exponents are close enough to align exactly (a shift of at most about 1000 bits).
        var lo = Math.Min(a.exp, b.exp);
        var sa = (a.mant << (int)(a.exp - lo)) * (a.neg ? -1 : 1);
        var sb = (b.mant << (int)(b.exp - lo)) * (b.neg ? -1 : 1);
        var s = sa + sb;
        return Make(s.Sign < 0, BigInteger.Abs(s), lo);
    }

    public static BinaryFloat? Sub(BinaryFloat a, BinaryFloat b) => Add(a, b.Negate());

    public static BinaryFloat? Mul(BinaryFloat a, BinaryFloat b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        return Make(a.neg != b.neg, a.mant * b.mant, a.exp + b.exp);
    }

    /// <summary>a / b; null when b is zero or the quotient overflows.</summary>
    public static BinaryFloat? Quo(BinaryFloat a, BinaryFloat b)
    {
        if (b.IsZero) return null;
        if (a.IsZero) return Zero;
        // a.mant·2^shift / b.mant has at least Precision + 2 bits; the remainder is the sticky bit.
        int shift = Math.Max(0, Precision + 2 + (int)b.mant.GetBitLength() - (int)a.mant.GetBitLength());
        var q = BigInteger.DivRem(a.mant << shift, b.mant, out var rem);
        return Make(a.neg != b.neg, q, a.exp - b.exp - shift, !rem.IsZero);
    }

    public int CompareTo(BinaryFloat b)
    {
        if (Sign != b.Sign) return Sign.CompareTo(b.Sign);
        if (Sign == 0) return 0;
        int mag;
        if (TopExp != b.TopExp) mag = TopExp.CompareTo(b.TopExp);
        else
        {
            // Same leading bit position: the mantissas differ in length by at most 512 bits.
            var lo = Math.Min(exp, b.exp);
            mag = (mant << (int)(exp - lo)).CompareTo(b.mant << (int)(b.exp - lo));
        }
        return neg ? -mag : mag;
    }

    // ---- conversions ----

    /// <summary>The integer value if the number is an integer, else null.</summary>
    public BigInteger? ExactInteger()
    {
        if (IsZero) return BigInteger.Zero;
        if (exp < 0) return null; // the mantissa is odd: a fraction is left
        var i = mant << (int)exp;
        return neg ? -i : i;
    }

    /// <summary>
    /// The integer this value stands for, as go/constant's ToInt decides: only for small values, and
    /// also when the value is within a few bits of rounding error (508 instead of 512 bits) of one.
    /// </summary>
    public BigInteger? ToInteger()
    {
        if (!IsSmall) return null;
        if (ExactInteger() is { } i) return i;
        const int fuzzBits = Precision - 4;
        foreach (var mode in new[] { Rounding.Mode.ToZero, Rounding.Mode.AwayFromZero })
        {
            var (q, e) = Rounding.Round(mant, exp, false, fuzzBits, long.MinValue, mode);
            if (Normal(neg, q, e).ExactInteger() is { } r) return r;
        }
        return null;
    }

    /// <summary>The nearest float64 (ties to even, subnormals included, tiny values become ±0); ±Infinity when too large.</summary>
    public double ToDouble() => ToIeee(53, -1074, 1024);

    /// <summary>The nearest float32, as a double; ±Infinity when too large.</summary>
    public double ToFloat32() => ToIeee(24, -149, 128);

    private double ToIeee(int bits, int minExp, int maxTop)
    {
        if (IsZero) return 0;
        // math/big's Float64 and Float32 compute the exponent minus one in 32 bits: at the very bottom
        // of the range it wraps and the value converts to infinity. gc reports such constants as
        // overflowing ("cannot use 0x1p-2147483649 ... (overflows)"), and so do we.
        if (TopExp == int.MinValue) return neg ? double.NegativeInfinity : double.PositiveInfinity;
        var (q, e) = Rounding.Round(mant, exp, false, bits, minExp, Rounding.Mode.NearestEven);
        if (q.IsZero) return neg ? -0.0 : 0.0;
        if (e + (long)q.GetBitLength() > maxTop) return neg ? double.NegativeInfinity : double.PositiveInfinity;
        var v = Math.ScaleB((double)q, (int)e); // exact: q has at most `bits` bits
        return neg ? -v : v;
    }

    // ---- text ----

    /// <summary>The exact value as "MANTpEXP" (decimal mantissa, binary exponent: Mant·2^Exp), e.g. "-3p-1" for -1.5.</summary>
    public override string ToString() =>
        (neg ? "-" : "") + mant.ToString(CultureInfo.InvariantCulture) + "p" + exp.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <see cref="ToString"/>'s form; null if malformed.</summary>
    public static BinaryFloat? Parse(string s)
    {
        var p = s.IndexOf('p');
        if (p < 0 || !BigInteger.TryParse(s[..p], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m)
            || !long.TryParse(s[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e)) return null;
        return Make(m.Sign < 0, BigInteger.Abs(m), e);
    }

    /// <summary>
    /// The value as gc prints a float constant (go/constant's String): %.6g of the float64 value when
    /// that neither overflows nor underflows to zero, else an approximate decimal mantissa and
    /// exponent computed in float64 arithmetic, as gc does, e.g. "1e+1000000" or "-1.23457e-1000".
    /// </summary>
    public string Format()
    {
        var d = ToDouble();
        if (!double.IsInfinity(d) && (d == 0) == IsZero) return ConstValue.FormatG(d, 6);
        // x = m·2^t with 0.5 ≤ |m| < 1, so x ≈ m·10^(t·log10 2).
        var (q, qe) = Rounding.Round(mant, exp, false, 53, long.MinValue, Rounding.Mode.NearestEven);
        var m = Math.ScaleB((double)q, (int)(qe - TopExp));
        if (neg) m = -m;
        const double log10of2 = 0.301029995663981195213738894724493026768189881462108541310;
        var dexp = TopExp * log10of2;
        var e10 = (long)dexp; // truncated toward zero, as gc's int64 conversion
        m *= Math.Pow(10, dexp - e10);
        var am = Math.Abs(m);
        // Keep the %.6g mantissa below 10 even after it rounds up to 6 digits.
        if (am < 1 - 0.5e-6) { m *= 10; e10--; }
        else if (am >= 10) { m /= 10; e10++; }
        return ConstValue.FormatG(m, 6) + "e" + (e10 < 0 ? "-" : "+") + Math.Abs(e10).ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>Rounding of m·2^e (m ≥ 0) to a number of significant bits, shared by the float conversions.</summary>
internal static class Rounding
{
    public enum Mode { NearestEven, ToZero, AwayFromZero }

    /// <summary>
    /// m·2^e (plus a nonzero amount below m's last bit when <paramref name="sticky"/>) rounded to at most
    /// <paramref name="bits"/> significant bits and an exponent of at least <paramref name="minExp"/>
    /// (fewer bits then: subnormals). A sticky m must have more than <paramref name="bits"/> bits.
    /// </summary>
    public static (BigInteger M, long E) Round(BigInteger m, long e, bool sticky, int bits, long minExp, Mode mode)
    {
        long len = (long)m.GetBitLength();
        long drop = Math.Max(len - bits, minExp == long.MinValue ? long.MinValue : minExp - e);
        if (drop <= 0) return (m, e);
        BigInteger q;
        int cmpHalf; // the dropped part compared with half a unit of the last kept place
        bool inexact;
        if (drop > len)
        {
            q = BigInteger.Zero;
            inexact = !m.IsZero || sticky;
            cmpHalf = -1; // m < 2^len ≤ 2^(drop-1): below half
        }
        else
        {
            int d = (int)drop;
            q = m >> d;
            var rem = m - (q << d);
            var half = BigInteger.One << (d - 1);
            cmpHalf = rem.CompareTo(half);
            if (cmpHalf == 0 && sticky) cmpHalf = 1;
            inexact = !rem.IsZero || sticky;
        }
        bool up = mode switch
        {
            Mode.NearestEven => cmpHalf > 0 || (cmpHalf == 0 && !q.IsEven),
            Mode.AwayFromZero => inexact,
            _ => false,
        };
        long qe = e + drop;
        if (up)
        {
            q += 1;
            if (q.GetBitLength() > bits) { q >>= 1; qe++; }
        }
        return (q, qe);
    }
}
