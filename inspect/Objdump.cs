namespace Gosharp.Inspect;

/// <summary><c>gosharp tool objdump</c>: disassembles text symbols of objects and executables (Capstone).</summary>
public static class Objdump
{
    public static void Run(string file, string? symbolRegex, TextWriter output)
        => throw new NotImplementedException("objdump not written yet");
}
