using System.Globalization;
using System.Numerics;
using System.Text;

namespace Gosharp.Compiler.Types.Constants;

public enum ConstKind { Unknown, Bool, String, Int, Float, Complex }

/// <summary>
/// A constant value, as Go's untyped constants need: integers of any size, floats as
/// <see cref="ConstFloat"/>s (exact fractions, or 512-bit binary floats when too large or small for
/// that), complex numbers as pairs of them, strings and booleans. Immutable.
/// </summary>
public sealed class ConstValue
{
    public ConstKind Kind { get; }
    public bool Bool { get; }
    /// <summary>The bytes of a string constant (see <see cref="ByteString"/>); "" for other kinds.</summary>
    public string Str => str ?? Flatten();
    public BigInteger Int { get; }
    public ConstFloat Real { get; }
    public ConstFloat Imag { get; }

    private ConstValue(ConstKind kind, bool b = false, string? s = null, BigInteger i = default, ConstFloat re = default, ConstFloat im = default)
    {
        Kind = kind; Bool = b; str = s ?? ""; Int = i; Real = re; Imag = im;
    }

    // A string constant is either flat (str) or the concatenation left + right, flattened on first use:
    // a chain of n literals joined by + (time/tzdata's 7000-line zipdata) would otherwise copy O(n²) bytes.
    private string? str;
    private ConstValue? left, right;

    public static readonly ConstValue Unknown = new(ConstKind.Unknown);
    public static ConstValue Of(bool b) => new(ConstKind.Bool, b: b);
    /// <summary>A string constant from a byte string (see <see cref="ByteString"/>).</summary>
    public static ConstValue Of(string s) => new(ConstKind.String, s: s);

    /// <summary>The string constant x + y, its bytes joined only when asked for.</summary>
    public static ConstValue Concat(ConstValue x, ConstValue y)
    {
        if (x.str is "") return y;
        if (y.str is "") return x;
        return new ConstValue(ConstKind.String) { str = null, left = x, right = y };
    }

    private string Flatten()
    {
        lock (this)
        {
            if (str != null) return str;
            // Iterative in-order walk: the tree of a long left-nested chain is as deep as the chain.
            var sb = new System.Text.StringBuilder();
            var stack = new Stack<ConstValue>();
            stack.Push(this);
            while (stack.Count > 0)
            {
                var n = stack.Pop();
                if (n.str != null) { sb.Append(n.str); continue; }
                stack.Push(n.right!);
                stack.Push(n.left!);
            }
            // left and right stay: another thread may be walking through this node.
            str = sb.ToString();
            return str;
        }
    }
    public static ConstValue Of(BigInteger i) => new(ConstKind.Int, i: i);
    public static ConstValue Of(long i) => new(ConstKind.Int, i: i);
    /// <summary>A float constant; integral values stay floats (the kind is what the literal said).</summary>
    public static ConstValue OfFloat(ConstFloat f) => new(ConstKind.Float, re: f);
    public static ConstValue OfFloat(BigRational r) => OfFloat(ConstFloat.FromRational(r));
    public static ConstValue OfComplex(ConstFloat re, ConstFloat im) => new(ConstKind.Complex, re: re, im: im);
    public static ConstValue OfComplex(BigRational re, BigRational im) => OfComplex(ConstFloat.FromRational(re), ConstFloat.FromRational(im));

    public bool IsUnknown => Kind == ConstKind.Unknown;

    // ---- conversions between numeric kinds (go/constant's ToInt, ToFloat, ToComplex) ----

    /// <summary>The value as an integer constant if it is integral (and real), else null.</summary>
    public ConstValue? ToInt() => Kind switch
    {
        ConstKind.Int => this,
        ConstKind.Float => Real.ToInteger() is { } i ? Of(i) : null,
        ConstKind.Complex when Imag.Sign == 0 => Real.ToInteger() is { } i ? Of(i) : null,
        _ => null,
    };

    /// <summary>The value as a float constant (integers become fractions) if it is real, else null.</summary>
    public ConstValue? ToFloat() => Kind switch
    {
        ConstKind.Int => OfFloat(BigRational.FromInt(Int)),
        ConstKind.Float => Real.IsInt ? OfFloat(Real.AsFraction()) : this,
        ConstKind.Complex when Imag.Sign == 0 => OfFloat(Real.AsFraction()),
        _ => null,
    };

    public ConstValue? ToComplex() => Kind switch
    {
        ConstKind.Int => OfComplex(ConstFloat.FromInt(Int), ConstFloat.Zero),
        ConstKind.Float => OfComplex(Real, ConstFloat.Zero),
        ConstKind.Complex => this,
        _ => null,
    };

    /// <summary>Brings two numeric values to the larger of their kinds (int &lt; float &lt; complex).</summary>
    public static (ConstValue, ConstValue) Match(ConstValue x, ConstValue y)
    {
        var k = (ConstKind)Math.Max((int)x.Kind, (int)y.Kind);
        return k switch
        {
            // An integer meeting a float stays an integer value (the float operations make it a
            // fraction only when they must), as gc's matching of representations does.
            ConstKind.Float => (x.Kind == ConstKind.Int ? OfFloat(ConstFloat.FromInt(x.Int)) : x, y.Kind == ConstKind.Int ? OfFloat(ConstFloat.FromInt(y.Int)) : y),
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

    // ---- formatting, as gc's error messages show constants (go/constant's String) ----

    public override string ToString() => Kind switch
    {
        ConstKind.Bool => Bool ? "true" : "false",
        ConstKind.String => ShortQuote(Str),
        ConstKind.Int => Int.ToString(CultureInfo.InvariantCulture),
        ConstKind.Float => Real.ToString(),
        ConstKind.Complex => $"({Real} + {Imag}i)",
        _ => "unknown",
    };

    /// <summary>The exact value as text: integers in decimal, floats as <see cref="ConstFloat.ExactString"/>, strings quoted in full.</summary>
    public string ExactString() => Kind switch
    {
        ConstKind.Bool => Bool ? "true" : "false",
        ConstKind.String => ByteString.Quote(Str),
        ConstKind.Int => Int.ToString(CultureInfo.InvariantCulture),
        ConstKind.Float => Real.ExactString(),
        ConstKind.Complex => $"({Real.ExactString()} + {Imag.ExactString()}i)",
        _ => "unknown",
    };

    /// <summary>A quoted string, cut to 72 characters with "..." as go/constant does for messages.</summary>
    private static string ShortQuote(string byteString)
    {
        const int maxLen = 72;
        var q = ByteString.Quote(byteString);
        var runes = q.EnumerateRunes().ToList();
        if (runes.Count <= maxLen) return q;
        return string.Concat(runes.Take(maxLen - 3).Select(r => r.ToString())) + "...";
    }

    /// <summary>Go's %.{prec}g for a float64.</summary>
    public static string FormatG(double d, int prec)
    {
        if (d == 0) return double.IsNegative(d) ? "-0" : "0";
        if (double.IsNaN(d)) return "NaN";
        if (double.IsInfinity(d)) return d > 0 ? "+Inf" : "-Inf";
        var (neg, digits, exp) = Digits(d, prec);
        // %g: exponent form when exp < -4 || exp >= precision; trailing zeros removed.
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (exp < -4 || exp >= prec)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("D2", CultureInfo.InvariantCulture));
        }
        else if (exp < 0)
        {
            sb.Append("0.").Append('0', -exp - 1).Append(digits);
        }
        else
        {
            if (digits.Length <= exp + 1) sb.Append(digits).Append('0', exp + 1 - digits.Length);
            else sb.Append(digits, 0, exp + 1).Append('.').Append(digits, exp + 1, digits.Length - exp - 1);
        }
        return sb.ToString();
    }

    /// <summary>The first n significant decimal digits of |d| (correctly rounded) and the decimal exponent of the first.</summary>
    private static (bool Neg, string Digits, int Exp) Digits(double d, int n)
    {
        var s = Math.Abs(d).ToString("E" + (n - 1), CultureInfo.InvariantCulture); // d.dddE+xxx
        var epos = s.IndexOf('E');
        var mant = s[..epos].Replace(".", "");
        var exp = int.Parse(s[(epos + 1)..], CultureInfo.InvariantCulture);
        return (d < 0, mant, exp);
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
