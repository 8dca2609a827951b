using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.IR.Build;

/// <summary>
/// SSA construction for variables held in registers, after Braun et al., "Simple and Efficient
/// Construction of Static Single Assignment Form" (2013): a variable's current value is recorded per
/// block; reading it in a block without a definition looks through the predecessors, placing phis
/// (incomplete ones in blocks whose predecessors are not all known yet: "unsealed" blocks).
/// A variable is any object key: a Go variable's part, or the memory state.
/// </summary>
public sealed class SsaVars(Func f)
{
    private readonly Dictionary<(object Var, Block Block), Value> defs = new();
    private readonly Dictionary<Block, List<(object Var, Value Phi)>> incomplete = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Block> sealedBlocks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, IrType> types = new();

    public void Write(object variable, Block b, Value v, IrType type)
    {
        defs[(variable, b)] = v;
        types[variable] = type;
    }

    public Value Read(object variable, Block b, SourcePos pos)
    {
        if (defs.TryGetValue((variable, b), out var v)) return v;
        return ReadRecursive(variable, b, pos);
    }

    public bool IsSealed(Block b) => sealedBlocks.Contains(b);

    private Value ReadRecursive(object variable, Block b, SourcePos pos)
    {
        var type = types.GetValueOrDefault(variable, IrType.I64);
        Value v;
        if (!sealedBlocks.Contains(b))
        {
            v = NewPhi(b, type, pos);
            if (!incomplete.TryGetValue(b, out var list)) incomplete[b] = list = [];
            list.Add((variable, v));
        }
        else if (b.Preds.Count == 1)
            v = Read(variable, b.Preds[0], pos);
        else if (b.Preds.Count == 0)
        {
            // Read of a variable never written on this path (unreachable code): any value will do.
            v = b.NewValue(type == IrType.Mem ? Op.InitMem : Op.Const, type, pos);
        }
        else
        {
            v = NewPhi(b, type, pos);
            defs[(variable, b)] = v; // break cycles
            AddPhiOperands(variable, v, pos);
        }
        defs[(variable, b)] = v;
        return v;
    }

    private static Value NewPhi(Block b, IrType type, SourcePos pos)
    {
        var phi = b.Func.NewValueRaw(Op.Phi, type, b, pos);
        b.Values.Insert(0, phi);
        return phi;
    }

    private void AddPhiOperands(object variable, Value phi, SourcePos pos)
    {
        foreach (var p in phi.Block.Preds) phi.AddArg(Read(variable, p, pos));
        TryRemoveTrivialPhi(phi);
    }

    /// <summary>A phi whose operands are all one value (or itself) is that value.</summary>
    private static void TryRemoveTrivialPhi(Value phi)
    {
        Value? same = null;
        foreach (var a in phi.Args)
        {
            var r = a.Resolve();
            if (r == same || r == phi) continue;
            if (same != null) return;
            same = r;
        }
        if (same == null) return; // unreachable or undefined: leave it
        phi.BecomeCopy(same);
    }

    /// <summary>All predecessors of b are known: complete its pending phis.</summary>
    public void Seal(Block b)
    {
        if (!sealedBlocks.Add(b)) return;
        if (incomplete.Remove(b, out var list))
            foreach (var (variable, phi) in list) AddPhiOperands(variable, phi, phi.Pos);
    }

    public Func Func => f;
}
