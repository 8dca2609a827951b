namespace Gosharp.Pack;

/// <summary>The operations of <c>gosharp tool pack</c>: c, r, t, x, p (gc's pack).</summary>
public static class PackTool
{
    /// <summary>Runs one operation; a problem is a <see cref="Gosharp.Common.Diagnostics.UserError"/>.</summary>
    public static void Run(char op, string archive, IReadOnlyList<string> files, bool verbose, TextWriter stdout)
        => throw new NotImplementedException("pack not written yet");
}
