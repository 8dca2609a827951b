using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.IR;

public enum BlockKind : byte
{
    /// <summary>Falls into Succs[0].</summary>
    Plain,
    /// <summary>Control is a bool: Succs[0] when true, Succs[1] when false.</summary>
    If,
    /// <summary>Returns: control is a Return value.</summary>
    Ret,
    /// <summary>Does not continue (the call before it never returns: panics, exit).</summary>
    Exit,
    // arm64 (after lowering): flags-based branches to Succs[0] when the condition holds.
    A64EQ, A64NE, A64LT, A64LE, A64GT, A64GE, A64LO, A64LS, A64HI, A64HS, A64MI,
    /// <summary>CBZ / CBNZ on a register value.</summary>
    A64Z, A64NZ,
    /// <summary>TBZ / TBNZ: bit AuxInt of the register value is zero / one.</summary>
    A64TBZ, A64TBNZ,
}

public sealed class Block
{
    public int Id { get; }
    public BlockKind Kind { get; set; }
    public List<Value> Values { get; } = [];
    public List<Block> Succs { get; } = [];
    public List<Block> Preds { get; } = [];
    public Value? Control { get; set; }
    public Func Func { get; }
    public SourcePos Pos { get; set; }
    /// <summary>The bit a TBZ/TBNZ block tests.</summary>
    public long AuxInt { get; set; }
    /// <summary>-1 unlikely, +1 likely for Succs[0] (hints for layout).</summary>
    public sbyte Likely { get; set; }

    internal Block(int id, BlockKind kind, Func f) { Id = id; Kind = kind; Func = f; }

    public Value NewValue(Op op, IrType type, SourcePos pos, params Value[] args)
    {
        var v = Func.NewValueRaw(op, type, this, pos);
        v.Args.AddRange(args);
        Values.Add(v);
        return v;
    }

    public void AddEdgeTo(Block b)
    {
        Succs.Add(b);
        b.Preds.Add(this);
    }

    public override string ToString() => $"b{Id}";
}
