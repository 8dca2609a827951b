namespace Gosharp.EndToEnd.Tests.GoTestSuite;

/// <summary>The errorcheck matcher (run.go's rule) takes only the errors of the regexp's own line.</summary>
public class MatchErrorsTests
{
    [Fact]
    public void LineTwoDoesNotTakeTheErrorsOfLineTwenty()
    {
        // Line 2 expects an error; the error reported is on line 20 (whose comment expects none).
        var source = "package p\nvar _ = x // ERROR \"undefined\"\n" + string.Concat(Enumerable.Repeat("\n", 18));
        var problems = GoSuiteTest.MatchErrors(source, "a.go", "a.go:20:9: undefined: y\n");
        Assert.Equal(["a.go:2: missing error undefined", "unexpected error: a.go:20: undefined: y"], problems);
    }

    [Fact]
    public void MatchingErrorsOfTheLineAreUsedUp()
    {
        var source = "package p\nvar _ = x + y // ERROR \"undefined: x\"\n";
        var problems = GoSuiteTest.MatchErrors(source, "a.go", "a.go:2:9: undefined: x\na.go:2:13: undefined: y\n");
        Assert.Equal(["unexpected error: a.go:2: undefined: y"], problems);
    }
}
