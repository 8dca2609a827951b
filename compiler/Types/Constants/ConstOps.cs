using System.Numerics;

namespace Gosharp.Compiler.Types.Constants;

/// <summary>Exact arithmetic on constants, and the representability rules of typed constants.</summary>
public static class ConstOps
{
    /// <summary>x op y for + - * / % &amp; | ^ &amp;^ (numbers), + (strings), &amp;&amp; || (bools). Null: not defined (division by zero is the caller's check).</summary>
    public static ConstValue? Binary(string op, ConstValue x, ConstValue y, bool integerDivision)
    {
        if (x.IsUnknown || y.IsUnknown) return ConstValue.Unknown;
        if (x.Kind == ConstKind.Bool && y.Kind == ConstKind.Bool)
            return op switch { "&&" => ConstValue.Of(x.Bool && y.Bool), "||" => ConstValue.Of(x.Bool || y.Bool), _ => null };
        if (x.Kind == ConstKind.String && y.Kind == ConstKind.String)
            return op == "+" ? ConstValue.Concat(x, y) : null;
        var (a, b) = ConstValue.Match(x, y);
        switch (a.Kind)
        {
            case ConstKind.Int:
                return op switch
                {
                    "+" => ConstValue.Of(a.Int + b.Int),
                    "-" => ConstValue.Of(a.Int - b.Int),
                    "*" => ConstValue.Of(a.Int * b.Int),
                    "/" when b.Int.IsZero => null,
                    "/" when integerDivision => ConstValue.Of(BigInteger.Divide(a.Int, b.Int)),
                    "/" => ConstValue.OfFloat(new BigRational(a.Int, b.Int)),
                    "%" when b.Int.IsZero => null,
                    "%" => ConstValue.Of(BigInteger.Remainder(a.Int, b.Int)),
                    "&" => ConstValue.Of(a.Int & b.Int),
                    "|" => ConstValue.Of(a.Int | b.Int),
                    "^" => ConstValue.Of(a.Int ^ b.Int),
                    "&^" => ConstValue.Of(a.Int & ~b.Int),
                    _ => null,
                };
            case ConstKind.Float:
                return op switch
                {
                    "+" => Float(ConstFloat.Add(a.Real, b.Real)),
                    "-" => Float(ConstFloat.Sub(a.Real, b.Real)),
                    "*" => Float(ConstFloat.Mul(a.Real, b.Real)),
                    "/" when b.Real.Sign == 0 => null,
                    "/" => Float(ConstFloat.Quo(a.Real, b.Real)),
                    _ => null,
                };
            case ConstKind.Complex:
                {
                    ConstFloat? re, im;
                    ConstFloat? p = a.Real, q = a.Imag, r = b.Real, s = b.Imag;
                    switch (op)
                    {
                        case "+": re = Add(p, r); im = Add(q, s); break;
                        case "-": re = Sub(p, r); im = Sub(q, s); break;
                        case "*": re = Sub(Mul(p, r), Mul(q, s)); im = Add(Mul(q, r), Mul(p, s)); break;
                        case "/":
                            // (pr + qs)/d + i(qr - ps)/d with d = r² + s²
                            var d = Add(Mul(r, r), Mul(s, s));
                            if (d is { Sign: 0 }) return null;
                            re = Quo(Add(Mul(p, r), Mul(q, s)), d);
                            im = Quo(Sub(Mul(q, r), Mul(p, s)), d);
                            break;
                        default: return null;
                    }
                    return re is { } cre && im is { } cim ? ConstValue.OfComplex(cre, cim) : ConstValue.Unknown;
                }
            default: return null;
        }
    }

    /// <summary>A float result; null (overflow of the binary float's exponent) is the unknown value gc reports as not representable.</summary>
    private static ConstValue Float(ConstFloat? f) => f is { } v ? ConstValue.OfFloat(v) : ConstValue.Unknown;

    // Operations on the parts of complex numbers, where any overflow makes the whole result unknown.
    private static ConstFloat? Add(ConstFloat? a, ConstFloat? b) => a is { } x && b is { } y ? ConstFloat.Add(x, y) : null;
    private static ConstFloat? Sub(ConstFloat? a, ConstFloat? b) => a is { } x && b is { } y ? ConstFloat.Sub(x, y) : null;
    private static ConstFloat? Mul(ConstFloat? a, ConstFloat? b) => a is { } x && b is { } y ? ConstFloat.Mul(x, y) : null;
    private static ConstFloat? Quo(ConstFloat? a, ConstFloat? b) => a is { } x && b is { } y ? ConstFloat.Quo(x, y) : null;

    /// <summary>
    /// Whether dividing by the complex constant y is a division by zero although y is not zero: its
    /// parts are so small that their squares underflow (gc: "division by zero", issue 20227).
    /// </summary>
    public static bool ComplexDivisorUnderflows(ConstValue y)
    {
        var c = y.ToComplex();
        if (c == null) return false;
        return ConstFloat.Mul(c.Real, c.Real) is { Sign: 0 } && ConstFloat.Mul(c.Imag, c.Imag) is { Sign: 0 };
    }

    /// <summary>Whether op is a division by a zero constant (gc: "invalid operation: division by zero").</summary>
    public static bool IsZeroDivisor(string op, ConstValue y) =>
        (op is "/" or "%") && y.Kind switch
        {
            ConstKind.Int => y.Int.IsZero,
            ConstKind.Float => y.Real.Sign == 0,
            ConstKind.Complex => y.Real.Sign == 0 && y.Imag.Sign == 0,
            _ => false,
        };

    public static bool Compare(string op, ConstValue x, ConstValue y)
    {
        var c = ConstValue.Compare(x, y);
        return op switch
        {
            "==" => c == 0,
            "!=" => c != 0,
            "<" => c < 0,
            "<=" => c <= 0,
            ">" => c > 0,
            ">=" => c >= 0,
            _ => false,
        };
    }

    /// <summary>
    /// Unary + - ^ !. For ^ on an unsigned typed constant, <paramref name="unsignedBits"/> is its size
    /// (the complement is within that many bits); 0 otherwise.
    /// </summary>
    public static ConstValue? Unary(string op, ConstValue x, int unsignedBits)
    {
        if (x.IsUnknown) return x;
        switch (op)
        {
            case "+": return x.Kind is ConstKind.Int or ConstKind.Float or ConstKind.Complex ? x : null;
            case "-":
                return x.Kind switch
                {
                    ConstKind.Int => ConstValue.Of(-x.Int),
                    ConstKind.Float => ConstValue.OfFloat(x.Real.Negate()),
                    ConstKind.Complex => ConstValue.OfComplex(x.Real.Negate(), x.Imag.Negate()),
                    _ => null,
                };
            case "^":
                if (x.Kind != ConstKind.Int) return null;
                if (unsignedBits > 0) return ConstValue.Of(x.Int ^ ((BigInteger.One << unsignedBits) - 1));
                return ConstValue.Of(-x.Int - 1);
            case "!": return x.Kind == ConstKind.Bool ? ConstValue.Of(!x.Bool) : null;
            default: return null;
        }
    }

    /// <summary>x &lt;&lt; s or x &gt;&gt; s for an integer constant x (arithmetic shift right, as Go's constants).</summary>
    public static ConstValue? Shift(string op, ConstValue x, long s)
    {
        if (x.Kind != ConstKind.Int || s < 0) return null;
        if (op == "<<")
        {
            if (s > 10_000) return null; // gc limits constant shifts ("shift count too large")
            return ConstValue.Of(x.Int << (int)s);
        }
        if (s > int.MaxValue) return ConstValue.Of(x.Int.Sign < 0 ? -1 : 0);
        return ConstValue.Of(x.Int >> (int)s);
    }

    /// <summary>Why a constant is not representable as a type: "overflows", "truncated", or another kind mismatch.</summary>
    public enum Fit { Ok, Overflows, Truncated, Mismatch }

    /// <summary>
    /// Whether x can be a constant of basic type t; on success <paramref name="result"/> is the value in
    /// t's kind, rounded for floats (Go rounds float constants to the type's precision).
    /// </summary>
    public static Fit Representable(ConstValue x, BasicType t, out ConstValue result)
    {
        result = x;
        if (x.IsUnknown) return Fit.Ok;
        if (t.Is(BasicInfo.IsBoolean)) return x.Kind == ConstKind.Bool ? Fit.Ok : Fit.Mismatch;
        if (t.Is(BasicInfo.IsString)) return x.Kind == ConstKind.String ? Fit.Ok : Fit.Mismatch;
        if (x.Kind is ConstKind.Bool or ConstKind.String) return Fit.Mismatch;
        if (t.Is(BasicInfo.IsInteger))
        {
            var i = x.ToInt();
            if (i == null) return Fit.Truncated;
            result = i;
            if (t.Kind == BasicKind.UntypedInt || t.Kind == BasicKind.UntypedRune) return Fit.Ok;
            var (min, max) = IntRange(t.Kind);
            return i.Int < min || i.Int > max ? Fit.Overflows : Fit.Ok;
        }
        if (t.Is(BasicInfo.IsFloat))
        {
            var f = x.ToFloat();
            if (f == null) return Fit.Truncated;
            switch (t.Kind)
            {
                case BasicKind.Float64:
                    var d = f.Real.ToDouble();
                    if (double.IsInfinity(d)) return Fit.Overflows;
                    result = ConstValue.OfFloat(ConstFloat.FromDouble(d));
                    return Fit.Ok;
                case BasicKind.Float32:
                    var s = f.Real.ToFloat32();
                    if (double.IsInfinity(s)) return Fit.Overflows;
                    result = ConstValue.OfFloat(ConstFloat.FromDouble(s));
                    return Fit.Ok;
                default:
                    // An untyped integer keeps its integer value (gc prints it in full).
                    result = x.Kind == ConstKind.Int ? ConstValue.OfFloat(ConstFloat.FromInt(x.Int)) : f;
                    return Fit.Ok;
            }
        }
        if (t.Is(BasicInfo.IsComplex))
        {
            var c = x.ToComplex()!;
            if (t.Kind == BasicKind.UntypedComplex) { result = c; return Fit.Ok; }
            double re, im;
            if (t.Kind == BasicKind.Complex64) { re = c.Real.ToFloat32(); im = c.Imag.ToFloat32(); }
            else { re = c.Real.ToDouble(); im = c.Imag.ToDouble(); }
            if (double.IsInfinity(re) || double.IsInfinity(im)) return Fit.Overflows;
            result = ConstValue.OfComplex(ConstFloat.FromDouble(re), ConstFloat.FromDouble(im));
            return Fit.Ok;
        }
        return Fit.Mismatch;
    }

    public static (BigInteger Min, BigInteger Max) IntRange(BasicKind k) => k switch
    {
        BasicKind.Int8 => (sbyte.MinValue, sbyte.MaxValue),
        BasicKind.Int16 => (short.MinValue, short.MaxValue),
        BasicKind.Int32 => (int.MinValue, int.MaxValue),
        BasicKind.Int64 or BasicKind.Int => (long.MinValue, long.MaxValue),
        BasicKind.Uint8 => (0, byte.MaxValue),
        BasicKind.Uint16 => (0, ushort.MaxValue),
        BasicKind.Uint32 => (0, uint.MaxValue),
        BasicKind.Uint64 or BasicKind.Uint or BasicKind.Uintptr => (0, ulong.MaxValue),
        _ => (long.MinValue, long.MaxValue),
    };
}
