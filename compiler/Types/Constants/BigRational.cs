using System.Numerics;

namespace Gosharp.Compiler.Types.Constants;

/// <summary>
/// An exact rational number (normalized: positive denominator, lowest terms). Untyped float constants
/// use it while it stays small (see <see cref="ConstFloat"/>, which decides when to switch to a
/// 512-bit <see cref="BinaryFloat"/>).
/// </summary>
public readonly record struct BigRational
{
    private readonly BigInteger den;
    public BigInteger Num { get; }
    public BigInteger Den => den.IsZero ? BigInteger.One : den;

    public BigRational(BigInteger num, BigInteger den)
    {
        if (den.IsZero) throw new DivideByZeroException();
        if (den.Sign < 0) { num = -num; den = -den; }
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsOne && !g.IsZero) { num /= g; den /= g; }
        if (num.IsZero) den = BigInteger.One;
        Num = num;
        this.den = den;
    }

    public static BigRational FromInt(BigInteger i) => new(i, BigInteger.One);
    public static readonly BigRational Zero = FromInt(0);

    public bool IsInteger => Den.IsOne;
    public int Sign => Num.Sign;

    public static BigRational operator +(BigRational a, BigRational b) => new BigRational(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
    public static BigRational operator -(BigRational a, BigRational b) => new BigRational(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);
    public static BigRational operator *(BigRational a, BigRational b) => new BigRational(a.Num * b.Num, a.Den * b.Den);
    public static BigRational operator /(BigRational a, BigRational b) => new BigRational(a.Num * b.Den, a.Den * b.Num);
    public static BigRational operator -(BigRational a) => new(-a.Num, a.Den);

    public int CompareTo(BigRational b) => (Num * b.Den).CompareTo(b.Num * Den);

    /// <summary>The integer part, truncated toward zero.</summary>
    public BigInteger Truncate() => BigInteger.Divide(Num, Den);

    /// <summary>An exact rational from a finite double.</summary>
    public static BigRational FromDouble(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d)) throw new ArgumentException("not finite");
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7ff);
        long mant = bits & 0xfffffffffffffL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        BigInteger n = mant;
        var r = exp >= 0 ? FromInt(n << exp) : new BigRational(n, BigInteger.One << -exp);
        return neg ? -r : r;
    }

    /// <summary>The nearest float64 (ties to even); ±Infinity when it overflows.</summary>
    public double ToDouble()
    {
        if (Num.IsZero) return 0;
        var (q, e) = Round(53, -1074);
        if (e + (long)q.GetBitLength() - 1 > 1023) return Num.Sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
        var v = Math.ScaleB((double)q, (int)e);
        return Num.Sign < 0 ? -v : v;
    }

    /// <summary>The nearest float32 (ties to even), as a double; ±Infinity when it overflows.</summary>
    public double ToFloat32()
    {
        if (Num.IsZero) return 0;
        var (q, e) = Round(24, -149);
        if (e + (long)q.GetBitLength() - 1 > 127) return Num.Sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
        var v = (double)(float)Math.ScaleB((double)q, (int)e);
        return Num.Sign < 0 ? -v : v;
    }

    /// <summary>
    /// |x| rounded to q·2^e with q of at most <paramref name="mantBits"/> bits, ties to even; e is
    /// at least <paramref name="minExp"/> (fewer mantissa bits then: subnormals).
    /// </summary>
    private (BigInteger Q, long E) Round(int mantBits, long minExp)
    {
        var n = BigInteger.Abs(Num);
        var d = Den;
        long e = (long)n.GetBitLength() - (long)d.GetBitLength() - mantBits;
        BigInteger q, rem, div;
        while (true)
        {
            (q, rem, div) = DivAt(n, d, e);
            var bl = (long)q.GetBitLength();
            if (bl > mantBits) { e++; continue; }
            if (bl < mantBits) { e--; continue; }
            break;
        }
        if (e < minExp)
        {
            e = minExp;
            (q, rem, div) = DivAt(n, d, e);
        }
        var c = (rem * 2).CompareTo(div);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        if (q.GetBitLength() > mantBits) { q >>= 1; e++; }
        return (q, e);
    }

    /// <summary>n / (d·2^e) as quotient, remainder and divisor (scaled to integers).</summary>
    private static (BigInteger Q, BigInteger Rem, BigInteger Div) DivAt(BigInteger n, BigInteger d, long e)
    {
        var (nn, dd) = e >= 0 ? (n, d << (int)e) : (n << (int)-e, d);
        var q = BigInteger.DivRem(nn, dd, out var rem);
        return (q, rem, dd);
    }

    public override string ToString() => Den.IsOne ? Num.ToString() : $"{Num}/{Den}";
}
