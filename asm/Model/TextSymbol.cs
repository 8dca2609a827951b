using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Model;

/// <summary>A TEXT symbol: a function, its flags, its declared frame and argument sizes, and its body.</summary>
public sealed class TextSymbol(SymRef sym, SymbolFlags flags, long frameSize, long argSize, SourcePos pos)
{
    public SymRef Sym { get; } = sym;
    public SymbolFlags Flags { get; } = flags;
    /// <summary>The frame size written after <c>$</c> (-8 is gc's old way to say NOFRAME).</summary>
    public long FrameSize { get; } = frameSize;
    /// <summary>The argument size after the <c>-</c>, or -1 when not given.</summary>
    public long ArgSize { get; } = argSize;
    public SourcePos Pos { get; } = pos;
    /// <summary>True when the TEXT line selects ABIInternal (name&lt;ABIInternal&gt; or the ABIInternal flag).</summary>
    public bool AbiInternal { get; init; }
    /// <summary>The statements in order; branch targets are <see cref="TargetOperand"/> indexes into it.</summary>
    public List<Instr> Body { get; } = [];
}
