using Gosharp.Check.Tests.Support;

namespace Gosharp.Check.Tests;

/// <summary>
/// gc 1.19's size limits (Check/SizeLimits.cs): arrays larger than the address space, channel
/// elements of 64 KiB or more, reported where gc reports them (GcAgrees checks the table with gc).
/// </summary>
public class SizeLimitTests
{
    private static readonly (string Name, string Source, string[] Errors)[] Cases =
    [
        ("ArrayTypeDeclaration", """
            package p

            type D [1 << 47]int64
            """,
            [
                "3:6: type [140737488355328]int64 larger than address space",
            ]),
        ("LocalVariable", """
            package p

            func f() {
            	var y [1 << 50]byte
            	_ = y
            }
            """,
            [
                "4:6: type [1125899906842624]byte larger than address space",
            ]),
        ("LocalType", """
            package p

            func f() {
            	type L [1 << 50]byte
            }
            """,
            [
                "4:7: type [1125899906842624]byte larger than address space",
            ]),
        ("ChannelType", """
            package p

            type E chan [65536]byte
            """,
            [
                "3:6: channel element type too large (>64kB)",
            ]),
        ("ChannelInStruct", """
            package p

            type G struct{ c chan [65536]byte }
            """,
            [
                "3:6: channel element type too large (>64kB)",
            ]),
        ("LocalChannelVariable", """
            package p

            func f() {
            	var z chan [70000]byte
            	_ = z
            }
            """,
            [
                "4:6: channel element type too large (>64kB)",
            ]),
        ("TypesLaidOutAfterTheLastTypeDeclaration", """
            package p

            type A [1 << 50]byte
            type B [1 << 40][1 << 30]int
            """,
            [
                "4:6: type [1099511627776][1073741824]int larger than address space",
                "4:6: type [1125899906842624]byte larger than address space",
            ]),
        ("ArrayOfNamedArrays", """
            package p

            type T [1 << 49]byte
            type U [3]T

            var u U
            """,
            [
                "4:6: type [3]T larger than address space",
            ]),
        ("VariableWithInitializer", """
            package p

            var x = [1 << 50]byte{}
            """,
            [
                "3:5: type [1125899906842624]byte larger than address space",
            ]),
        ("NamedTypeReportedOnce", """
            package p

            type F [1 << 50]byte

            var x F
            """,
            [
                "3:6: type [1125899906842624]byte larger than address space",
            ]),
        ("ImportedTypesAndMake", """
            package p

            import "time"

            var x [1 << 47]time.Duration

            type S struct{ a [70000]byte }

            func f() {
            	c := make(chan S)
            	d := make(chan [65535]byte)
            	_, _ = c, d
            }
            """,
            [
                "5:5: type [140737488355328]time.Duration larger than address space",
                "10:11: channel element type too large (>64kB)",
            ]),
        ("SignatureWithoutPosition", """
            package p

            func g(chan [65536]byte) {}
            """,
            [
                "channel element type too large (>64kB)",
            ]),
        ("BodilessSignatureWithoutPosition", """
            package p

            func f() []int {
            	return make([]int, 1<<50)
            }
            func g() [1<<50]byte
            """,
            [
                "type [1125899906842624]byte larger than address space",
            ]),
    ];

    public static TheoryData<string> Names => new(Cases.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void ReportsGcErrors(string name)
    {
        var (_, source, expected) = Cases.Single(c => c.Name == name);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", FrontEnd.Errors(source)));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void GcAgrees(string name)
    {
        var (_, source, expected) = Cases.Single(c => c.Name == name);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", FrontEnd.Gc(source)));
    }

    [Fact]
    public void LimitsAreExclusive()
    {
        // A type of 2^50-1 bytes and 65535-byte channel elements are fine (gc compiles this).
        const string src = "package p\n\ntype X [1<<50 - 1]byte\n\nvar c chan [65535]byte\n";
        Assert.Empty(FrontEnd.Errors(src));
        Assert.Empty(FrontEnd.Gc(src));
    }
}
