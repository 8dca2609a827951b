namespace Gosharp.Inspect;

/// <summary><c>gosharp tool nm</c>: lists the symbols of objects, archives and executables, as gc's nm does.</summary>
public static class Nm
{
    public static void Run(IReadOnlyList<string> files, bool sortBySize, bool printSize, bool sortByAddress, TextWriter output)
        => throw new NotImplementedException("nm not written yet");
}
