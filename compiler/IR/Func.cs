using System.Text;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.IR;

/// <summary>One function in SSA form: blocks (Blocks[0] is the entry), values, stack slots, and ABI facts.</summary>
public sealed class Func(string name, string symbol)
{
    private int nextValue = 1, nextBlock = 1;

    /// <summary>Go name, for messages and dumps (main.f).</summary>
    public string Name { get; } = name;
    /// <summary>Link symbol.</summary>
    public string Symbol { get; } = symbol;
    public List<Block> Blocks { get; } = [];
    public Block Entry => Blocks[0];
    public List<StackSlot> Slots { get; } = [];
    public CallAbi Abi { get; set; } = CallAbi.Internal;
    /// <summary>The registers of the register-assigned results, in the order of the Return value's operands.</summary>
    public List<int> ResultRegs { get; } = [];
    /// <summary>Bytes of arguments and results in the caller's frame (the "-argsize" of TEXT).</summary>
    public long ArgSize { get; set; }
    public bool NoSplit { get; set; }
    /// <summary>//go:noinline: calls to it stay calls.</summary>
    public bool NoInline { get; set; }
    /// <summary>Several packages may define the function (wrappers): the linker keeps one.</summary>
    public bool DupOk { get; set; }
    /// <summary>A generated forwarder (a method wrapper), not code the user wrote.</summary>
    public bool Wrapper { get; set; }
    public SourcePos Pos { get; set; }

    public int ValueCount => nextValue;

    public Block NewBlock(BlockKind kind)
    {
        var b = new Block(nextBlock++, kind, this);
        Blocks.Add(b);
        return b;
    }

    internal Value NewValueRaw(Op op, IrType type, Block b, SourcePos pos) => new(nextValue++, op, type, b, pos);

    public StackSlot NewSlot(string name, long size, long align, bool pointers)
    {
        var s = new StackSlot(name, size, align, pointers);
        Slots.Add(s);
        return s;
    }

    public IEnumerable<Value> AllValues() => Blocks.SelectMany(b => b.Values);

    /// <summary>A readable listing of the function (for -d dumps and tests).</summary>
    public string Dump()
    {
        var sb = new StringBuilder();
        sb.Append(Name).Append(" (").Append(Symbol).Append(")\n");
        foreach (var b in Blocks)
        {
            sb.Append("  ").Append(b).Append(':');
            if (b.Preds.Count > 0) sb.Append(" <- ").Append(string.Join(' ', b.Preds));
            sb.Append('\n');
            foreach (var v in b.Values) sb.Append("    ").Append(v.LongString()).Append('\n');
            sb.Append("    ").Append(b.Kind);
            if (b.Control != null) sb.Append(' ').Append(b.Control);
            if (b.Succs.Count > 0) sb.Append(" -> ").Append(string.Join(' ', b.Succs));
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
