namespace Gosharp.Syntax.Tests.Support;

/// <summary>The corpus programs' bodies joined into one (valid) file.</summary>
public static class ConstructSources
{
    public static readonly string All = "package p\n" + string.Join("\n", Corpus.Programs.Values
        .Select(p => string.Join("\n", p.Split('\n').Where(l => !l.StartsWith("package ", StringComparison.Ordinal)
            && !l.StartsWith("//go:build", StringComparison.Ordinal)))));
}
