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
        // Conditional branches (B.cond, CBZ, TBZ, ...) reach ±1 MiB or ±32 KiB. One that does not
        // reach is encoded again as gc does: the inverted condition skipping a B to the target. That
        // makes the function longer, which may push other branches out of range: repeat until none is.
        var far = new HashSet<int>();
        while (true)
        {
            var errors = new List<Diagnostic>();
            var (buf, starts) = Encode(code, frame, isThreadLocal, far, errors);
            if (errors.Count > 0)
            {
                foreach (var d in errors) diags.Add(d);
                return Result(fn, buf, unwind, starts);
            }
            bool grew = false;
            foreach (var fx in buf.Fixups)
                if (fx.Field != BranchField.Imm26 && !InRange(fx, starts[fx.TargetIndex]) && far.Add(fx.InstrIndex)) grew = true;
            if (grew) continue;
            foreach (var fx in buf.Fixups) Patch(buf, fx, starts[fx.TargetIndex], diags);
            return Result(fn, buf, unwind, starts);
        }
    }

    private static AssembledFunction Result(TextSymbol fn, CodeBuffer buf, IReadOnlyList<(int At, UnwindRow State)> unwind, int[] starts)
        => new(fn.Sym, fn.Flags, buf.ToBytes(), buf.Relocs, buf.Lines, buf.Align) { Unwind = UnwindRows(unwind, starts) };

    /// <summary>One pass over the function: every instruction encoded, branches inside it left to patch.</summary>
    private static (CodeBuffer, int[]) Encode(IReadOnlyList<Instr> code, FrameLayout frame, Func<SymRef, bool> isThreadLocal,
        HashSet<int> far, List<Diagnostic> errors)
    {
        var buf = new CodeBuffer(code.Count);
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
                // The parser's operand array, unless a pseudo-register operand (x+8(FP)) must be resolved.
                int n = ins.Operands.Count;
                if (n > classes.Length) throw new AsmSyntaxException($"too many operands: {ins.Text}");
                var ops = ins.Operands as Operand[] ?? [.. ins.Operands];
                for (int k = 0; k < n; k++)
                {
                    var r = Resolve(ops[k], frame);
                    if (!ReferenceEquals(r, ops[k]))
                    {
                        if (ReferenceEquals(ops, ins.Operands)) ops = (Operand[])ops.Clone();
                        ops[k] = r;
                    }
                    classes[k] = OperandClassifier.Classify(r);
                }
                e.Instr = ins;
                e.Index = i;
                e.Far = far.Count > 0 && far.Contains(i);
                var form = InstructionTable.Lookup(ins.Mnemonic, classes[..n], ins.Suffix)
                    ?? throw e.Illegal();
                form.Encode(e, ops, ins.Suffix);
            }
            catch (AsmSyntaxException ex)
            {
                errors.Add(new Diagnostic(ins.Pos, ex.Message));
            }
        }
        starts[code.Count] = buf.Offset;
        return (buf, starts);
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

    private static (int Bits, int Shift) FieldOf(BranchField f) => f switch
    {
        BranchField.Imm26 => (26, 0),
        BranchField.Imm19 => (19, 5),
        BranchField.Imm14 => (14, 5),
        _ => (21, 0), // ADR: a byte offset, split immlo:immhi
    };

    private static long Delta(BranchFixup fx, int target) => fx.Field == BranchField.Adr ? target - fx.Offset : (target - fx.Offset) / 4;

    private static bool InRange(BranchFixup fx, int target)
    {
        long limit = 1L << (FieldOf(fx.Field).Bits - 1);
        long delta = Delta(fx, target);
        return delta >= -limit && delta < limit;
    }

    private static void Patch(CodeBuffer buf, BranchFixup fx, int target, DiagnosticBag diags)
    {
        var (bits, shift) = FieldOf(fx.Field);
        long delta = Delta(fx, target);
        long limit = 1L << (bits - 1);
        if (!InRange(fx, target))
        {
            long scale = fx.Field == BranchField.Adr ? 1 : 4;
            diags.Add(fx.Pos, $"branch out of range ({delta * scale} bytes, the limit is ±{limit * scale}): {fx.Instr.Text}");
            return;
        }
        uint mask = (1u << bits) - 1;
        uint d = (uint)delta & mask;
        buf[fx.Offset / 4] |= fx.Field == BranchField.Adr ? (d & 3) << 29 | (d >> 2) << 5 : d << shift;
    }
}
