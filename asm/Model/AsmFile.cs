namespace Gosharp.Asm.Model;

/// <summary>A parsed assembly file: its functions and data symbols, each in the order the source defines them.</summary>
public sealed class AsmFile
{
    public List<TextSymbol> Texts { get; } = [];
    public List<DataSymbol> Data { get; } = [];
}
