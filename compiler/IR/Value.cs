using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.IR;

/// <summary>
/// An SSA value: an operation on argument values. Passes rewrite values in place (as gc's and QBE's SSA
/// do), which keeps the graph cheap to transform; the AST and types are the immutable layers.
/// </summary>
public sealed class Value
{
    public int Id { get; }
    public Op Op { get; set; }
    public IrType Type { get; set; }
    public List<Value> Args { get; } = [];
    public long AuxInt { get; set; }
    /// <summary>Symbol name (string), StackSlot, CallInfo, or Cond, depending on the op.</summary>
    public object? Aux { get; set; }
    public Block Block { get; set; }
    public SourcePos Pos { get; set; }
    /// <summary>For narrow loads: sign-extend (true) or zero-extend.</summary>
    public bool Signed { get; set; }

    internal Value(int id, Op op, IrType type, Block block, SourcePos pos)
    {
        Id = id; Op = op; Type = type; Block = block; Pos = pos;
    }

    public OpInfo Info => OpInfo.Of(Op);

    public void AddArg(Value v) => Args.Add(v);

    public void SetArgs(params Value[] args) { Args.Clear(); Args.AddRange(args); }

    /// <summary>Turns this value into a copy of <paramref name="v"/> (later passes remove copies).</summary>
    public void BecomeCopy(Value v)
    {
        Op = Op.Copy; Aux = null; AuxInt = 0;
        SetArgs(v);
    }

    /// <summary>The value a chain of copies stands for.</summary>
    public Value Resolve()
    {
        var v = this;
        for (int i = 0; v.Op == Op.Copy && i < 1000; i++) v = v.Args[0];
        return v;
    }

    public override string ToString() => $"v{Id}";

    public string LongString()
    {
        var s = $"v{Id} = {Info.Name} <{Type.Name()}>";
        if (AuxInt != 0 || Op is Op.Const or Op.A64MOVDconst or Op.Arg or Op.SelectN) s += $" [{AuxInt}]";
        if (Aux != null) s += $" {{{Aux}}}";
        foreach (var a in Args) s += $" v{a.Id}";
        return s;
    }
}

/// <summary>A stack slot of the current function: a local whose address is taken, a spill, a temporary.</summary>
public sealed class StackSlot(string name, long size, long align, bool hasPointers)
{
    public string Name { get; } = name;
    public long Size { get; } = size;
    public long Align { get; } = align;
    public bool HasPointers { get; } = hasPointers;
    /// <summary>Offset from RSP after the prologue, set by frame layout.</summary>
    public long Offset { get; set; } = -1;
    public override string ToString() => Name;
}

public enum CallAbi { Internal, Stack }

/// <summary>
/// What a call calls and how its scalar arguments and results travel: the call's register operands go
/// to ArgRegs (in order), its SelectN results come from ResultRegs; arguments and results assigned to
/// the stack were stored to (and are loaded from) the outgoing area by the IR around the call.
/// </summary>
public sealed record CallInfo(string Symbol, CallAbi Abi, IReadOnlyList<int> ArgRegs, IReadOnlyList<int> ResultRegs, long StackSize)
{
    public override string ToString() => Symbol;
}
