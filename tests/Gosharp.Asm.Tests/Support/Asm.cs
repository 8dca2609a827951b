using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Tests.Support;

/// <summary>Runs gosharp's assembler on text.</summary>
public static class AsmRun
{
    public static byte[] Bytes(string source, string file = "x.s", AsmOptions? options = null)
        => Assembler.Assemble(file, source, options ?? new AsmOptions());

    public static ElfObject Object(string source, string file = "x.s", AsmOptions? options = null) => new(Bytes(source, file, options));

    /// <summary>The words of one function's .text section.</summary>
    public static uint[] Words(ElfObject o, string function) => ElfObject.Words(o[".text." + function].Data);

    /// <summary>The diagnostics of a source that must fail, one per line.</summary>
    public static string Errors(string source, string file = "x.s", AsmOptions? options = null)
    {
        try
        {
            Bytes(source, file, options);
        }
        catch (UserError e)
        {
            return e.Message;
        }
        throw new Xunit.Sdk.XunitException("expected the assembler to fail");
    }
}
