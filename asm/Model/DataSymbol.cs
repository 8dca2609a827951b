using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Model;

public abstract record DataValue;
public sealed record IntValue(ulong Value) : DataValue;
public sealed record FloatValue(double Value) : DataValue;
public sealed record BytesValue(byte[] Bytes) : DataValue;
/// <summary><c>$sym+off(SB)</c>: the address of a symbol, filled in by the linker.</summary>
public sealed record AddressValue(SymRef Sym, long Addend) : DataValue;

/// <summary>One DATA statement: <c>DATA sym+Offset(SB)/Size, $value</c>.</summary>
public sealed record DataInit(SourcePos Pos, long Offset, int Size, DataValue Value);

/// <summary>A GLOBL symbol and the DATA statements that fill it.</summary>
public sealed class DataSymbol(SymRef sym)
{
    public SymRef Sym { get; } = sym;
    public SymbolFlags Flags { get; set; }
    public long Size { get; set; }
    /// <summary>Where GLOBL declared it; null while only DATA statements have been seen.</summary>
    public SourcePos? DeclPos { get; set; }
    public List<DataInit> Inits { get; } = [];
}
