using System.Numerics;
using Gosharp.Compiler.Export;
using Gosharp.Compiler.Types;
using Gosharp.Check.Tests.Support;
using Gosharp.Compiler.Types.Constants;

namespace Gosharp.Check.Tests;

/// <summary>
/// Untyped float constants too large or too small for exact fractions: 512-bit binary floats with a
/// 32-bit exponent, as gc 1.19 keeps them. Expected printed forms come from gc 1.19's messages;
/// expected bits are worked out by hand (in the comments).
/// </summary>
public class BigFloatConstantTests
{
    private static ConstValue F(string literal) => Literals.Float(literal)!;

    private static BinaryFloat Bin(BigInteger m, long e) => BinaryFloat.Make(m.Sign < 0, BigInteger.Abs(m), e)!.Value;

    private static BigInteger Pow2(int n) => BigInteger.One << n;

    // ---- representation chosen for literals ----

    [Theory]
    [InlineData("1e1000", false)]     // 10^1000 has 3322 bits: still an exact fraction
    [InlineData("1e-1000", false)]
    [InlineData("1e2000", true)]      // 6644 bits: a binary float
    [InlineData("1e-1000000", true)]
    [InlineData("0x1p4095", true)]    // 2^4095 = 0.5·2^4096: the exponent reaches 4096, too large
    [InlineData("0x1p4094", false)]
    [InlineData("0x1p-5000", true)]
    public void LiteralsStayExactWhileSmall(string literal, bool binary)
    {
        var v = F(literal);
        Assert.Equal(ConstKind.Float, v.Kind);
        Assert.Equal(binary, v.Real.IsBinary);
    }

    [Theory]
    [InlineData("1e646456993")]             // 2^(2^31) and beyond: outside the exponent range
    [InlineData("0x1p2147483647")]
    [InlineData("1e-99999999999999999999")] // exponent beyond 64 bits
    [InlineData("1e-9000000000000000000")]  // binary exponent beyond 32 bits before scaling
    public void MalformedAsInGc(string literal) => Assert.Null(Literals.Float(literal));

    [Fact]
    public void UnderflowingLiteralsAreZero()
    {
        Assert.Equal(0, F("1e-700000000").Real.Sign); // 10^-7e8 ≈ 2^-2.3e9, below 2^-2^31
        Assert.False(F("1e-700000000").Real.IsBinary);
        Assert.Equal(1, F("1e-600000000").Real.Sign); // ≈ 2^-1.99e9: still representable
        Assert.True(F("1e-600000000").Real.IsBinary);
    }

    // ---- printing, as gc 1.19's messages show the constants ----

    [Theory]
    [InlineData("1e1000000", "1e+1000000")]
    [InlineData("1e646456992", "1e+646456992")]
    [InlineData("-1.23456789e-1000", "-1.23457e-1000")]
    [InlineData("0x1p-1000000", "1.01003e-301030")]
    [InlineData("0x1p2147483646", "4.40403e+646456992")]
    [InlineData("0x1p-2147483649", "2.83831e-646456994")]
    [InlineData("9.9999996e99999", "1e+100000")]
    [InlineData("0.5e-100000", "5e-100001")]
    [InlineData("123456789e123456", "1.23457e+123464")]
    [InlineData("1e400", "1e+400")]
    [InlineData("1e-10", "1e-10")]
    [InlineData("1234567.5", "1.23457e+06")]
    public void PrintsLikeGc(string literal, string shown)
    {
        var v = literal.StartsWith('-') ? ConstOps.Unary("-", F(literal[1..]), 0)! : F(literal);
        Assert.Equal(shown, v.ToString());
    }

    [Fact]
    public void PrintsComputedValuesLikeGc()
    {
        var huge = F("1e1000000");
        Assert.Equal("1e+2000000", ConstOps.Binary("*", huge, huge, false)!.ToString());
        Assert.Equal("9e+399", ConstOps.Binary("-", F("1e400"), F("1e399"), false)!.ToString());
        Assert.Equal("(0 + 2.5e+1000000i)", Literals.Imag("2.5e1000000i")!.ToString());
        // The integer part of a complex number stays an integer and prints in full; an imaginary
        // literal is a fraction and prints with %.6g.
        Assert.Equal("(1234567 + 0i)", ConstValue.Of(1234567).ToComplex()!.ToString());
        Assert.Equal("(0 + 1.23457e+06i)", Literals.Imag("1234567i")!.ToString());
        Assert.Equal("(617284 + 0i)", ConstOps.Binary("/", ConstValue.Of(1234567).ToComplex()!, ConstValue.Of(2).ToComplex()!, false)!.ToString());
    }

    // ---- rounding to 512 bits, ties to even ----

    [Fact]
    public void RoundsToNearestEven()
    {
        // 2^512 + 1 is halfway between 2^512 and 2^512 + 2: the even neighbour 2^512 wins.
        var a = BinaryFloat.FromInteger(Pow2(512) + 1)!.Value;
        Assert.Equal(BigInteger.One, a.Mant);
        Assert.Equal(512, a.Exp);
        // 2^512 + 3 is halfway between 2^512 + 2 and 2^512 + 4: 2^512 + 4 = 4·(2^510 + 1).
        var b = BinaryFloat.FromInteger(Pow2(512) + 3)!.Value;
        Assert.Equal(Pow2(510) + 1, b.Mant);
        Assert.Equal(2, b.Exp);
        // 2^513 + 2 (514 bits) is a tie between 2^513 and 2^513 + 4; a dropped nonzero tail below it
        // (sticky) breaks the tie upwards: 2^513 + 4 = 4·(2^511 + 1).
        Assert.Equal(BigInteger.One, BinaryFloat.Make(false, Pow2(513) + 2, 0)!.Value.Mant);
        var c = BinaryFloat.Make(false, Pow2(513) + 2, 0, sticky: true)!.Value;
        Assert.Equal(Pow2(511) + 1, c.Mant);
        Assert.Equal(2, c.Exp);
        // 1/3 = 0.0101...b: 512 bits are ⌊2^513/3⌋ + 1 = (2^513 + 1)/3 (the rest, 2/3, rounds up), times 2^-513.
        var third = BinaryFloat.FromRational(new BigRational(1, 3))!.Value;
        Assert.Equal((Pow2(513) + 1) / 3, third.Mant);
        Assert.Equal(-513, third.Exp);
        Assert.Equal(0, BinaryFloat.Quo(Bin(1, 0), Bin(3, 0))!.Value.CompareTo(third));
    }

    [Fact]
    public void AdditionRoundsOnceWhateverTheExponentGap()
    {
        var one = Bin(1, 0);
        // 1 + 2^-511 is exact (512 bits); 1 + 2^-512 is a tie and stays 1; 1 + 3·2^-513 rounds up.
        Assert.Equal(Pow2(511) + 1, BinaryFloat.Add(one, Bin(1, -511))!.Value.Mant);
        Assert.Equal(0, BinaryFloat.Add(one, Bin(1, -512))!.Value.CompareTo(one));
        Assert.Equal(0, BinaryFloat.Add(one, Bin(3, -513))!.Value.CompareTo(BinaryFloat.Add(one, Bin(1, -511))!.Value));
        // Below 1 the spacing is 2^-512: 1 - 2^-513 is a tie between 1 - 2^-512 (odd) and 1 (even).
        Assert.Equal(0, BinaryFloat.Sub(one, Bin(1, -513))!.Value.CompareTo(one));
        Assert.Equal(0, BinaryFloat.Sub(one, Bin(1, -514))!.Value.CompareTo(one));
        Assert.Equal(0, BinaryFloat.Sub(one, Bin(3, -514))!.Value.CompareTo(Bin(Pow2(512) - 1, -512)));
        // Far below the last bit, the small operand cannot change the result.
        Assert.Equal(0, BinaryFloat.Sub(one, Bin(1, -1000))!.Value.CompareTo(one));
        Assert.Equal(0, BinaryFloat.Add(Bin(1, 2_000_000_000), Bin(1, -2_000_000_000))!.Value.CompareTo(Bin(1, 2_000_000_000)));
        Assert.Equal(0, BinaryFloat.Add(Bin(1, 100), Bin(-1, 100))!.Value.Sign);
    }

    [Fact]
    public void ExponentRangeIsBigFloats()
    {
        // 2^2147483646 = 0.5·2^2147483647, the largest exponent; doubling it overflows.
        var max = Bin(1, int.MaxValue - 1);
        Assert.Null(BinaryFloat.Mul(max, Bin(2, 0)));
        Assert.Null(BinaryFloat.Add(max, max));
        // 2^-2147483649 = 0.5·2^-2147483648, the smallest; halving it underflows to 0.
        var min = Bin(1, (long)int.MinValue - 1);
        Assert.Equal(1, min.Sign);
        Assert.Equal(0, BinaryFloat.Quo(min, Bin(2, 0))!.Value.Sign);
        Assert.Null(BinaryFloat.Quo(Bin(1, 0), BinaryFloat.Zero));
    }

    // ---- comparisons and integers ----

    [Fact]
    public void ComparesExactly()
    {
        var huge = F("1e1000000");
        Assert.True(ConstOps.Compare(">", huge, F("1e999999")));
        Assert.True(ConstOps.Compare("<", ConstOps.Unary("-", huge, 0)!, ConstOps.Unary("-", F("1e999999"), 0)!));
        Assert.True(ConstOps.Compare(">", F("1e-1000000"), ConstValue.Of(0)));
        Assert.True(ConstOps.Compare("==", huge, F("1e1000000")));
        Assert.True(ConstOps.Compare("==", ConstOps.Binary("+", huge, ConstValue.Of(1), false)!, huge));
        Assert.True(ConstOps.Compare("<", F("1e2000"), F("1.0000000000000000000000000001e2000")));
        // A fraction meets a binary float: 1e1000 (exact) < 1e2000 (binary).
        Assert.True(ConstOps.Compare("<", F("1e1000"), F("1e2000")));
    }

    [Fact]
    public void IntegersWithinRoundingErrorAreIntegers()
    {
        // 1e5000 / 1e4999 is 10 only up to rounding: gc (go/constant's ToInt) accepts it.
        var ten = ConstOps.Binary("/", F("1e5000"), F("1e4999"), false)!;
        Assert.True(ten.Real.IsBinary);
        Assert.Equal(10, (int)ten.ToInt()!.Int);
        Assert.Equal(0, (int)ConstOps.Binary("-", ConstOps.Binary("+", F("1e1000000"), ConstValue.Of(1), false)!, F("1e1000000"), false)!.ToInt()!.Int);
        Assert.Null(F("1e1000000").ToInt()); // far too large to become an integer
        Assert.Null(ConstOps.Binary("/", F("1e5000"), F("3e4999"), false)!.ToInt());
        Assert.Equal(ConstOps.Fit.Truncated, ConstOps.Representable(F("1e1000000"), Universe.Int64, out _));
        Assert.Equal(ConstOps.Fit.Overflows, ConstOps.Representable(F("1e1000000"), Universe.Float64, out _));
    }

    [Fact]
    public void ConvertsToFloat64LikeTheHardware()
    {
        Assert.Equal(double.Epsilon, Bin(1, -1074).ToDouble());
        Assert.Equal(0.0, Bin(1, -1075).ToDouble());              // half the smallest subnormal: tie to even 0
        Assert.Equal(double.Epsilon, Bin(3, -1076).ToDouble());   // 0.75 of it rounds up
        Assert.Equal(2 * double.Epsilon, Bin(3, -1075).ToDouble()); // 1.5 of it: tie to even 2
        Assert.Equal(double.MaxValue, Bin((BigInteger.One << 53) - 1, 971).ToDouble());
        Assert.True(double.IsPositiveInfinity(Bin(1, 1024).ToDouble()));
        Assert.Equal(100.0, ConstOps.Binary("/", F("1e1000000"), F("1e999998"), false)!.ToDouble());
        Assert.Equal(123.456, ConstOps.Binary("*", F("123.456e-100000"), F("1e100000"), false)!.ToDouble());
        // gc's math/big computes the float64 exponent in 32 bits, which wraps at the very bottom of
        // the range: gc reports 0x1p-2147483649 as overflowing float64.
        Assert.True(double.IsPositiveInfinity(F("0x1p-2147483649").Real.ToDouble()));
    }

    [Fact]
    public void ComplexDivisorUnderflowIsDivisionByZero()
    {
        Assert.True(ConstOps.ComplexDivisorUnderflows(F("1e-600000000")));
        Assert.True(ConstOps.ComplexDivisorUnderflows(Literals.Imag("1e-600000000i")!));
        Assert.True(ConstOps.ComplexDivisorUnderflows(F("1e-500000000")));  // 1e-1000000000 ≈ 2^-3.3e9
        Assert.False(ConstOps.ComplexDivisorUnderflows(F("1e-300000000"))); // 1e-600000000 ≈ 2^-2.0e9
    }

    // ---- exact text and export data ----

    [Theory]
    [InlineData("1.5", "3/2")]
    [InlineData("0x1p-5000", "1p-5000")]
    [InlineData("0x3p-6000", "3p-6000")]
    public void ExactStringRoundTrips(string literal, string exact)
    {
        var v = F(literal).Real;
        Assert.Equal(exact, v.ExactString());
        Assert.Equal(0, ConstFloat.Parse(exact)!.Value.CompareTo(v));
        Assert.Null(ConstFloat.Parse("1/0"));
        Assert.Null(ConstFloat.Parse("xp1"));
    }

    [Fact]
    public void ExportDataKeepsExactValues()
    {
        var src = """
            package big

            const Huge = 1e1000000
            const Tiny = -0x1p-1000000
            const C = 1 + 1e1000000i
            const Third = 1.0 / 3
            """;
        var c = CheckRunner.Check("example.com/big", null, ("big.go", src));
        Assert.Empty(c.Errors);
        var data = ExportData.Write(c.Package);
        var p = new PackageImporter(path => path == "example.com/big" ? (path, data) : null).Import("example.com/big")!;
        foreach (var name in new[] { "Huge", "Tiny", "C", "Third" })
        {
            var want = ((ConstObj)c.Package.Scope.LookupLocal(name)!).Value;
            var got = ((ConstObj)p.Scope.LookupLocal(name)!).Value;
            Assert.Equal(want.ExactString(), got.ExactString());
        }
        // gc 1.19 (go build -gcflags=-e, the same two packages) reports these.
        var user = CheckRunner.Check("main", path => path == "example.com/big" ? p : null, ("main.go", """
            package main

            import "example.com/big"

            func main() {
            	var _ int8 = big.Huge
            	var _ int8 = big.Tiny
            	var _ int8 = big.C
            	var _ = big.Huge / 1e999999 * big.Third
            	var _ int8 = big.Huge / 1e999999 * big.Third
            	var _ int8 = big.Huge / 1e999999 * big.Third * 3 - 10
            }
            """));
        Assert.Equal([
            "main.go:6:15: cannot use big.Huge (untyped float constant 1e+1000000) as int8 value in variable declaration (truncated)",
            "main.go:7:15: cannot use big.Tiny (untyped float constant -1.01003e-301030) as int8 value in variable declaration (truncated)",
            "main.go:8:15: cannot use big.C (untyped complex constant (1 + 1e+1000000i)) as int8 value in variable declaration (truncated)",
            "main.go:10:15: cannot use big.Huge / 1e999999 * big.Third (untyped float constant 3.33333) as int8 value in variable declaration (truncated)",
        ], user.Messages);
    }
}
