using System.Numerics;
using Gosharp.Compiler.Types;
using Gosharp.Compiler.Types.Constants;

namespace Gosharp.Check.Tests;

/// <summary>Exact constant arithmetic: literals, rounding to float32/float64, overflow, shifts, division, representability.</summary>
public class ConstantTests
{
    private static ConstValue Lit(string text) => text.Contains('.') || text.Contains('e') || text.Contains('p')
        ? Literals.Float(text)! : Literals.Int(text)!;

    [Theory]
    [InlineData("0x_1F", "31")]
    [InlineData("0o17", "15")]
    [InlineData("017", "15")]
    [InlineData("0b1010", "10")]
    [InlineData("1_000_000", "1000000")]
    [InlineData("170141183460469231731687303715884105727", "170141183460469231731687303715884105727")]
    public void IntegerLiterals(string text, string value) => Assert.Equal(value, Literals.Int(text)!.Int.ToString());

    [Theory]
    [InlineData("0x1p-2", 0.25)]
    [InlineData("0x1.8p1", 3.0)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.5e-3", 0.0015)]
    [InlineData(".5", 0.5)]
    [InlineData("6.02214076e23", 6.02214076e23)]
    public void FloatLiteralsAreExact(string text, double value) => Assert.Equal(value, Literals.Float(text)!.Real.ToDouble());

    [Fact]
    public void RuneAndStringLiterals()
    {
        Assert.Equal(0x4e16, (int)Literals.Rune("'世'")!.Int);
        Assert.Equal(10, (int)Literals.Rune("'\\n'")!.Int);
        Assert.Equal(255, (int)Literals.Rune("'\\xff'")!.Int);
        Assert.Equal(0x10FFFF, (int)Literals.Rune("'\\U0010FFFF'")!.Int);
        Assert.Null(Literals.Rune("'\\uD800'"));
        Assert.Equal("\u00ff", Literals.String("\"\\xff\"")!.Str); // one byte, not UTF-8
        Assert.Equal("\u00e4\u00b8\u0096", Literals.String("\"\\u4e16\"")!.Str);
        Assert.Equal("a\\nb", Literals.String("`a\\nb`")!.Str);
        Assert.Equal("ab", Literals.String("`a\rb`")!.Str);
        Assert.Equal(0x7fffffffL + 1, (long)Literals.Imag("0x80000000i")!.Imag.Rational!.Value.Num);
    }

    /// <summary>Rounding to float64 and float32 is correct (ties to even), including subnormals and overflow.</summary>
    [Theory]
    [InlineData("0.1")]
    [InlineData("1e308")]
    [InlineData("4.9406564584124654e-324")]
    [InlineData("2.2250738585072011e-308")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("3.4028234663852886e38")]
    [InlineData("1.401298464324817e-45")]
    [InlineData("123456789.987654321")]
    public void RoundsLikeTheHardware(string text)
    {
        var r = Literals.Float(text)!.Real;
        Assert.Equal(double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), r.ToDouble());
        Assert.Equal((double)float.Parse(text, System.Globalization.CultureInfo.InvariantCulture), r.ToFloat32());
    }

    [Fact]
    public void RoundingTiesToEven()
    {
        // 2^53 + 1 is halfway between 2^53 and 2^53 + 2: rounds to the even one.
        var half = BigRational.FromInt((BigInteger.One << 53) + 1);
        Assert.Equal(Math.Pow(2, 53), half.ToDouble());
        var above = BigRational.FromInt((BigInteger.One << 53) + 3);
        Assert.Equal(Math.Pow(2, 53) + 4, above.ToDouble());
        Assert.True(double.IsPositiveInfinity(BigRational.FromInt(BigInteger.One << 1024).ToDouble()));
        Assert.True(double.IsPositiveInfinity(BigRational.FromInt(BigInteger.One << 128).ToFloat32()));
    }

    [Fact]
    public void Representability()
    {
        Assert.Equal(ConstOps.Fit.Ok, ConstOps.Representable(ConstValue.Of(255), Universe.Uint8, out _));
        Assert.Equal(ConstOps.Fit.Overflows, ConstOps.Representable(ConstValue.Of(256), Universe.Uint8, out _));
        Assert.Equal(ConstOps.Fit.Overflows, ConstOps.Representable(ConstValue.Of(-1), Universe.Uint, out _));
        Assert.Equal(ConstOps.Fit.Ok, ConstOps.Representable(ConstValue.Of(-128), Universe.Int8, out _));
        Assert.Equal(ConstOps.Fit.Truncated, ConstOps.Representable(Lit("1.5"), Universe.Int, out _));
        Assert.Equal(ConstOps.Fit.Ok, ConstOps.Representable(Lit("2.0"), Universe.Int, out var two));
        Assert.Equal(ConstKind.Int, two.Kind);
        Assert.Equal(ConstOps.Fit.Overflows, ConstOps.Representable(Lit("1e39"), Universe.Float32, out _));
        Assert.Equal(ConstOps.Fit.Ok, ConstOps.Representable(Lit("0.1"), Universe.Float32, out var f32));
        Assert.Equal((double)0.1f, f32.Real.ToDouble());
        Assert.Equal(ConstOps.Fit.Mismatch, ConstOps.Representable(ConstValue.Of("a"), Universe.Int, out _));
        Assert.Equal(ConstOps.Fit.Ok, ConstOps.Representable(ConstValue.OfComplex(BigRational.FromInt(3), BigRational.Zero), Universe.Int, out var three));
        Assert.Equal(3, (int)three.Int);
        Assert.Equal(ConstOps.Fit.Truncated, ConstOps.Representable(ConstValue.OfComplex(BigRational.Zero, BigRational.FromInt(1)), Universe.Int, out _));
    }

    [Fact]
    public void ArithmeticIsExact()
    {
        var third = ConstOps.Binary("/", ConstValue.Of(1), ConstValue.Of(3), integerDivision: false)!;
        Assert.Equal("1/3", third.Real.ExactString());
        Assert.Equal(ConstValue.Of(1).Int, ConstOps.Binary("*", third, ConstValue.Of(3), false)!.ToInt()!.Int);
        Assert.Equal(-2, (int)ConstOps.Binary("/", ConstValue.Of(-7), ConstValue.Of(3), integerDivision: true)!.Int);
        Assert.Equal(-1, (int)ConstOps.Binary("%", ConstValue.Of(-7), ConstValue.Of(3), true)!.Int);
        Assert.Null(ConstOps.Binary("/", ConstValue.Of(1), ConstValue.Of(0), true));
        Assert.Equal(BigInteger.One << 100, ConstOps.Shift("<<", ConstValue.Of(1), 100)!.Int);
        Assert.Equal(-1, (int)ConstOps.Shift(">>", ConstValue.Of(-5), 10)!.Int);
        Assert.Equal(0xF0, (int)ConstOps.Unary("^", ConstValue.Of(0x0F), 8)!.Int);
        Assert.Equal(-16, (int)ConstOps.Unary("^", ConstValue.Of(15), 0)!.Int);
        Assert.Equal(6, (int)ConstOps.Binary("&^", ConstValue.Of(7), ConstValue.Of(1), true)!.Int);
        var c = ConstOps.Binary("*", ConstValue.OfComplex(BigRational.FromInt(1), BigRational.FromInt(2)), ConstValue.OfComplex(BigRational.FromInt(3), BigRational.FromInt(4)), false)!;
        Assert.Equal("(-5 + 10i)", c.ToString());
        Assert.True(ConstOps.Compare("<", Lit("0.1"), Lit("0.10000000000000001")));
        Assert.Equal("ab", ConstOps.Binary("+", ConstValue.Of("a"), ConstValue.Of("b"), false)!.Str);
    }

    [Fact]
    public void HugeValuesStayBounded()
    {
        // (1/3)^3000 would have thousands of digits: once its denominator reaches 4096 bits it is a
        // 512-bit binary float, as in gc.
        var x = ConstOps.Binary("/", ConstValue.Of(1), ConstValue.Of(3), false)!;
        var p = x;
        for (int i = 0; i < 3000; i++) p = ConstOps.Binary("*", p, x, false)!;
        Assert.True(p.Real.IsBinary);
        Assert.True(p.Real.Binary!.Value.Mant.GetBitLength() <= BinaryFloat.Precision);
        Assert.True(p.Real.Sign > 0);
    }

    /// <summary>Constants print in messages as gc prints them (go/constant's String: %.6g for floats).</summary>
    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("1e6", "1e+06")]
    [InlineData("3.0", "3")]
    [InlineData("0.1", "0.1")]
    [InlineData("1e-7", "1e-07")]
    [InlineData("3.14159265358979", "3.14159")]
    [InlineData("100000.5", "100000")]
    [InlineData("1e400", "1e+400")]
    public void FormatsLikeGc(string text, string shown) => Assert.Equal(shown, Literals.Float(text)!.ToString());

    [Fact]
    public void FormatsOtherKinds()
    {
        Assert.Equal("\"abc\"", ConstValue.Of("abc").ToString());
        Assert.Equal("(0 + 1i)", Literals.Imag("1i")!.ToString());
        Assert.Equal("1267650600228229401496703205376", ConstValue.Of(BigInteger.One << 100).ToString());
        Assert.EndsWith("...", ConstValue.Of(new string('x', 100)).ToString());
    }

    /// <summary>
    /// A long chain of string constants joined by + (time/tzdata's zipdata is 7000 lines of them) keeps
    /// its bytes in order and costs linear time: with 200000 pieces of 100 bytes a quadratic join would copy terabytes.
    /// </summary>
    [Fact]
    public void LongStringConcatenationChains()
    {
        var v = ConstValue.Of("");
        for (int i = 0; i < 200_000; i++) v = ConstOps.Binary("+", v, ConstValue.Of(i.ToString("D100")), false)!;
        Assert.Equal(20_000_000, v.Str.Length);
        Assert.Equal(7.ToString("D100"), v.Str.Substring(700, 100));
        Assert.Equal(ConstValue.Of("ab").Str, ConstOps.Binary("+", ConstValue.Of("a"), ConstValue.Of("b"), false)!.Str);
        Assert.Equal(0, ConstValue.Compare(ConstOps.Binary("+", ConstValue.Of("a"), ConstValue.Of("b"), false)!, ConstValue.Of("ab")));
    }
}
