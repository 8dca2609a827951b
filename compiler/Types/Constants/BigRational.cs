using System.Numerics;

namespace Gosharp.Compiler.Types.Constants;

/// <summary>An exact rational number (normalized: positive denominator, lowest terms), for untyped float constants.</summary>
public readonly record struct BigRational
{
    public BigInteger Num { get; }
    public BigInteger Den { get; }

    public BigRational(BigInteger num, BigInteger den)
    {
        if (den.IsZero) throw new DivideByZeroException();
        if (den.Sign < 0) { num = -num; den = -den; }
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsOne && !g.IsZero) { num /= g; den /= g; }
        Num = num;
        Den = den.IsZero ? BigInteger.One : den;
    }

    public static BigRational FromInt(BigInteger i) => new(i, BigInteger.One);
    public static readonly BigRational Zero = FromInt(0);

    public bool IsInteger => Den.IsOne;
    public int Sign => Num.Sign;

    public static BigRational operator +(BigRational a, BigRational b) => new(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
    public static BigRational operator -(BigRational a, BigRational b) => new(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den);
    public static BigRational operator *(BigRational a, BigRational b) => new(a.Num * b.Num, a.Den * b.Den);
    public static BigRational operator /(BigRational a, BigRational b) => new(a.Num * b.Den, a.Den * b.Num);
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

    /// <summary>
    /// Rounds to the nearest value with <paramref name="mantBits"/> significant bits (ties to even) and
    /// returns it with its binary exponent range checked: 53/−1074/1023 for float64, 24/−149/127 for float32.
    /// Overflow gives ±Infinity.
    /// </summary>
    public double ToDouble() => RoundToBinary(53, -1074, 1023);

    public double ToFloat32() => (float)RoundToBinary(24, -149, 127);

    private double RoundToBinary(int mantBits, int minExp, int maxExp)
    {
        if (Num.IsZero) return 0;
        var neg = Num.Sign < 0;
        var n = BigInteger.Abs(Num);
        var d = Den;
        // Find e with 2^(mantBits-1) <= n/d * 2^-e < 2^mantBits.
        long e = (long)n.GetBitLength() - (long)d.GetBitLength() - mantBits;
        BigInteger q, rem;
        while (true)
        {
            var (nn, dd) = e >= 0 ? (n, d << (int)e) : (n << (int)-e, d);
            q = BigInteger.DivRem(nn, dd, out rem);
            if (q.GetBitLength() > mantBits) { e++; continue; }
            if (q.GetBitLength() < mantBits) { e--; continue; }
            // Subnormals: the exponent of the last mantissa bit cannot go below minExp.
            if (e < minExp)
            {
                var shift = minExp - e;
                var (nn2, dd2) = minExp >= 0 ? (n, d << minExp) : (n << -minExp, d);
                q = BigInteger.DivRem(nn2, dd2, out rem);
                e = minExp;
                _ = shift;
            }
            // Round half to even using the remainder.
            var (_, ddd) = e >= 0 ? (n, d << (int)e) : (n << (int)-e, d);
            var twice = rem * 2;
            var c = twice.CompareTo(ddd);
            if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
            if (q.GetBitLength() > mantBits) { q >>= 1; e++; }
            break;
        }
        if (e + mantBits - 1 > maxExp) return neg ? double.NegativeInfinity : double.PositiveInfinity;
        double result = Math.ScaleB((double)q, (int)e);
        return neg ? -result : result;
    }

    public override string ToString() => Den.IsOne ? Num.ToString() : $"{Num}/{Den}";
}
