using Gosharp.Asm.Model;
using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Arm64;

/// <summary>One function's machine code, its relocations, line table and alignment.</summary>
public sealed record AssembledFunction(SymRef Sym, SymbolFlags Flags, byte[] Code, IReadOnlyList<CodeReloc> Relocs,
    IReadOnlyList<LineRow> Lines, int Align)
{
    /// <summary>
    /// Where the frame's state changes (for <c>.debug_frame</c>), in increasing offset order, one row
    /// per offset; before the first row (and in frameless functions) the state is the entry state.
    /// </summary>
    public IReadOnlyList<UnwindRow> Unwind { get; init; } = [];
}

/// <summary>
/// Assembles a TEXT symbol: expands its frame, resolves FP/SP pseudo-registers against it, encodes
/// each instruction through the <see cref="InstructionTable"/> (every instruction's size is known as
/// soon as it is encoded, so one pass lays the function out), then patches the branches inside it.
/// </summary>
internal static class FunctionAssembler
{
    /// <param name="isThreadLocal">Whether a symbol is declared TLSBSS (its loads read its offset from the thread pointer).</param>
    public static AssembledFunction Assemble(TextSymbol fn, DiagnosticBag diags, Func<SymRef, bool> isThreadLocal)
    {
        var (code, frame, unwind) = FrameBuilder.Expand(fn, diags);
        var buf = new CodeBuffer();
        var e = new Emitter(buf, isThreadLocal);
        var starts = new int[code.Count + 1];
        Span<OpClass> classes = stackalloc OpClass[8];
        for (int i = 0; i < code.Count; i++)
        {
            var ins = code[i];
            starts[i] = buf.Offset;
            buf.Pos = ins.Pos;
            try
            {
                var ops = new Operand[ins.Operands.Count];
                if (ops.Length > classes.Length) throw new AsmSyntaxException($"too many operands: {ins.Text}");
                for (int k = 0; k < ops.Length; k++)
                {
                    ops[k] = Resolve(ins.Operands[k], frame);
                    classes[k] = OperandClassifier.Classify(ops[k]);
                }
                e.Instr = ins;
                var form = InstructionTable.Lookup(ins.Mnemonic, classes[..ops.Length], ins.Suffix)
                    ?? throw e.Illegal();
                form.Encode(e, ops, ins.Suffix);
            }
            catch (AsmSyntaxException ex)
            {
                diags.Add(ins.Pos, ex.Message);
            }
        }
        starts[code.Count] = buf.Offset;
        foreach (var fx in buf.Fixups) Patch(buf, fx, starts[fx.TargetIndex], diags);
        return new AssembledFunction(fn.Sym, fn.Flags, buf.ToBytes(), buf.Relocs, buf.Lines, buf.Align)
        {
            Unwind = UnwindRows(unwind, starts),
        };
    }

    /// <summary>The frame builder's per-instruction states at byte offsets: the last state given for an offset wins, repeats are dropped.</summary>
    private static List<UnwindRow> UnwindRows(IReadOnlyList<(int At, UnwindRow State)> marks, int[] starts)
    {
        var rows = new List<UnwindRow>();
        var current = new UnwindRow(0, 0, 0, 0);
        foreach (var (at, state) in marks)
        {
            var row = state with { Offset = starts[at] };
            if (rows.Count > 0 && rows[^1].Offset == row.Offset) rows.RemoveAt(rows.Count - 1);
            var before = rows.Count > 0 ? rows[^1] : current;
            if (before with { Offset = 0 } == row with { Offset = 0 }) continue;
            rows.Add(row);
        }
        return rows;
    }

    /// <summary><c>x+8(FP)</c> and <c>x-8(SP)</c> become offsets from RSP in this frame.</summary>
    private static Operand Resolve(Operand op, FrameLayout frame) => op switch
    {
        MemOperand { Name: AddrName.Param } m => m with { Name = AddrName.None, Sym = null, Base = Reg.RSP, Offset = frame.ParamOffset(m.Offset) },
        MemOperand { Name: AddrName.Auto } m => m with { Name = AddrName.None, Sym = null, Base = Reg.RSP, Offset = frame.AutoOffset(m.Offset) },
        _ => op,
    };

    private static void Patch(CodeBuffer buf, BranchFixup fx, int target, DiagnosticBag diags)
    {
        long delta = (target - fx.Offset) / 4;
        var (bits, shift) = fx.Field switch
        {
            BranchField.Imm26 => (26, 0),
            BranchField.Imm19 => (19, 5),
            _ => (14, 5),
        };
        long limit = 1L << (bits - 1);
        if (delta < -limit || delta >= limit)
        {
            diags.Add(fx.Pos, $"branch out of range ({delta * 4} bytes, the limit is ±{limit * 4}): {fx.Text}");
            return;
        }
        uint mask = (1u << bits) - 1;
        buf[fx.Offset / 4] |= ((uint)delta & mask) << shift;
    }
}
