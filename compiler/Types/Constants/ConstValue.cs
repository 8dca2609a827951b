using System.Globalization;
using System.Numerics;
using System.Text;

namespace Gosharp.Compiler.Types.Constants;

public enum ConstKind { Unknown, Bool, String, Int, Float, Complex }

/// <summary>
/// An exact constant value, as Go's untyped constants need: integers of any size, exact rationals for
/// floats, pairs of rationals for complex numbers, strings and booleans. Immutable.
/// </summary>
public sealed class ConstValue
{
    public ConstKind Kind { get; }
    public bool Bool { get; }
    public string Str { get; } = "";
    public BigInteger Int { get; }
    public BigRational Real { get; }
    public BigRational Imag { get; }

    private ConstValue(ConstKind kind, bool b = false, string? s = null, BigInteger i = default, BigRational re = default, BigRational im = default)
    {
        Kind = kind; Bool = b; Str = s ?? ""; Int = i; Real = re; Imag = im;
    }

    public static readonly ConstValue Unknown = new(ConstKind.Unknown);
    public static ConstValue Of(bool b) => new(ConstKind.Bool, b: b);
    /// <summary>A string constant from a byte string (see <see cref="ByteString"/>).</summary>
    public static ConstValue Of(string s) => new(ConstKind.String, s: s);
    public static ConstValue Of(BigInteger i) => new(ConstKind.Int, i: i);
    public static ConstValue Of(long i) => new(ConstKind.Int, i: i);
    /// <summary>A float constant; integral rationals stay floats (the kind is what the literal said).</summary>
    public static ConstValue OfFloat(BigRational r) => new(ConstKind.Float, re: r);
    public static ConstValue OfComplex(BigRational re, BigRational im) => new(ConstKind.Complex, re: re, im: im);

    public bool IsUnknown => Kind == ConstKind.Unknown;

    // ---- conversions between numeric kinds ----

    public BigRational AsRational() => Kind switch
    {
        ConstKind.Int => BigRational.FromInt(Int),
        ConstKind.Float => Real,
        ConstKind.Complex => Real,
        _ => BigRational.Zero,
    };

    /// <summary>The value as an integer constant if it is integral (and real), else null.</summary>
    public ConstValue? ToInt() => Kind switch
    {
        ConstKind.Int => this,
        ConstKind.Float when Real.IsInteger => Of(Real.Num),
        ConstKind.Complex when Imag.Sign == 0 && Real.IsInteger => Of(Real.Num),
        _ => null,
    };

    public ConstValue? ToFloat() => Kind switch
    {
        ConstKind.Int => OfFloat(BigRational.FromInt(Int)),
        ConstKind.Float => this,
        ConstKind.Complex when Imag.Sign == 0 => OfFloat(Real),
        _ => null,
    };

    public ConstValue? ToComplex() => Kind switch
    {
        ConstKind.Int => OfComplex(BigRational.FromInt(Int), BigRational.Zero),
        ConstKind.Float => OfComplex(Real, BigRational.Zero),
        ConstKind.Complex => this,
        _ => null,
    };

    /// <summary>Brings two numeric values to the larger of their kinds (int &lt; float &lt; complex).</summary>
    public static (ConstValue, ConstValue) Match(ConstValue x, ConstValue y)
    {
        var k = (ConstKind)Math.Max((int)x.Kind, (int)y.Kind);
        return k switch
        {
            ConstKind.Float => (x.ToFloat()!, y.ToFloat()!),
            ConstKind.Complex => (x.ToComplex()!, y.ToComplex()!),
            _ => (x, y),
        };
    }

    public long Int64 => (long)Int;
    public ulong Uint64 => (ulong)(Int & ulong.MaxValue);

    public double ToDouble() => Kind switch
    {
        ConstKind.Int => BigRational.FromInt(Int).ToDouble(),
        ConstKind.Float or ConstKind.Complex => Real.ToDouble(),
        _ => 0,
    };

    // ---- formatting, as gc's error messages show constants ----

    public override string ToString() => Kind switch
    {
        ConstKind.Bool => Bool ? "true" : "false",
        ConstKind.String => ByteString.Quote(Str),
        ConstKind.Int => Int.ToString(CultureInfo.InvariantCulture),
        ConstKind.Float => FormatFloat(Real),
        ConstKind.Complex => $"({FormatFloat(Real)} + {FormatFloat(Imag)}i)",
        _ => "unknown",
    };

    private static string FormatFloat(BigRational r)
    {
        if (r.IsInteger && BigInteger.Abs(r.Num) < BigInteger.Pow(10, 21)) return r.Num.ToString(CultureInfo.InvariantCulture);
        var d = r.ToDouble();
        if (double.IsInfinity(d)) return r.Sign < 0 ? "-1e+309" : "1e+309";
        return FormatG(d);
    }

    /// <summary>Go's %g for a float64 (shortest representation, exponent when large or small).</summary>
    public static string FormatG(double d)
    {
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        if (!s.Contains('E')) return s;
        var parts = s.Split('E');
        var exp = int.Parse(parts[1], CultureInfo.InvariantCulture);
        return $"{parts[0]}e{(exp < 0 ? "-" : "+")}{Math.Abs(exp):D2}";
    }

    public override bool Equals(object? obj) => obj is ConstValue c && Compare(this, c) == 0 && Kind == c.Kind;
    public override int GetHashCode() => Kind.GetHashCode();

    /// <summary>Orders two constants of compatible kinds (numbers, strings, bools for equality).</summary>
    public static int Compare(ConstValue x, ConstValue y)
    {
        if (x.Kind == ConstKind.String && y.Kind == ConstKind.String) return string.CompareOrdinal(x.Str, y.Str) switch { < 0 => -1, > 0 => 1, _ => 0 };
        if (x.Kind == ConstKind.Bool && y.Kind == ConstKind.Bool) return x.Bool == y.Bool ? 0 : 1;
        var (a, b) = Match(x, y);
        return a.Kind switch
        {
            ConstKind.Int => a.Int.CompareTo(b.Int),
            ConstKind.Float => a.Real.CompareTo(b.Real),
            ConstKind.Complex => a.Real.CompareTo(b.Real) == 0 && a.Imag.CompareTo(b.Imag) == 0 ? 0 : 1,
            _ => 1,
        };
    }
}
