using Gosharp.Asm.Model;
using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Arm64;

/// <summary>
/// A function's frame as gc's arm64 lays it out. <see cref="AutoSize"/> is what the prologue
/// subtracts from RSP: the declared frame, 8 for the saved LR, and <see cref="ExtraSize"/> (8 or 16)
/// for the caller's saved R29 above it, keeping RSP 16-byte aligned.
/// </summary>
internal sealed record FrameLayout(int AutoSize, int ExtraSize, bool Leaf)
{
    /// <summary>Where <c>name+off(FP)</c> is from RSP: just above the return address the caller's BL pushed.</summary>
    public long ParamOffset(long off) => AutoSize + off + 8;

    /// <summary>Where <c>name-off(SP)</c> is from RSP: from the top of the locals, below the saved frame pointer.</summary>
    public long AutoOffset(long off) => AutoSize + off - ExtraSize;
}

/// <summary>
/// Expands a TEXT body into the instructions actually assembled, as gc's arm64 back end does: the
/// stack-split check (unless NOSPLIT or a small leaf), the prologue saving LR and R29, RET turned
/// into the epilogue, the call to runtime·morestack at the end, and the WRAPPER panic-argp fix-up.
/// All of them are ordinary Plan 9 instructions encoded through the instruction table.
/// </summary>
internal sealed class FrameBuilder
{
    private const int StackSmall = 128;
    private const int StackBig = 4096;
    private const int StackGuardOffset = 16; // g.stackguard0
    private const int PanicOffset = 32;      // g._panic

    private readonly TextSymbol fn;
    private readonly List<Instr> code = [];
    private readonly List<(int At, string Label)> pendingTargets = [];
    private readonly Dictionary<string, int> labels = [];
    /// <summary>Unwind states, each from the start of the instruction at index At of <see cref="code"/> on.</summary>
    private readonly List<(int At, UnwindRow State)> unwind = [];
    private SourcePos pos;

    private FrameBuilder(TextSymbol fn)
    {
        this.fn = fn;
        pos = fn.Pos;
    }

    /// <summary>
    /// The instructions to assemble, the frame, and the unwind states for <c>.debug_frame</c>: each applies
    /// from the start of instruction At on (instruction indexes of Code; the entry state before the first).
    /// </summary>
    public static (List<Instr> Code, FrameLayout Frame, IReadOnlyList<(int At, UnwindRow State)> Unwind) Expand(TextSymbol fn, DiagnosticBag diags)
    {
        var b = new FrameBuilder(fn);
        var frame = b.Layout(diags);
        b.Build(frame);
        return (b.code, frame, b.unwind);
    }

    /// <summary>The state from the next instruction on (Offset is filled in by the function assembler).</summary>
    private void Unwind(int cfa, int lr, int fp) => unwind.Add((code.Count, new UnwindRow(0, cfa, lr, fp)));

    /// <summary>In the body, after the prologue: LR at 0(RSP), the caller's R29 just below it.</summary>
    private void BodyState(int frame) => Unwind(frame, frame, frame + 8);

    private FrameLayout Layout(DiagnosticBag diags)
    {
        long declared = fn.FrameSize;
        bool noFrame = fn.Flags.HasFlag(SymbolFlags.NOFRAME);
        if (declared == -8) { noFrame = true; declared = 0; } // the historical way to say NOFRAME
        if (declared < 0)
        {
            diags.Add(fn.Pos, $"negative frame size {declared} - did you mean NOFRAME?");
            declared = 0;
        }
        if (noFrame && declared != 0)
        {
            diags.Add(fn.Pos, $"NOFRAME functions must have a frame size of 0, not {declared}");
            declared = 0;
        }
        bool leaf = !fn.Body.Any(i => i.Mnemonic is "BL" or "CALL");
        if (leaf && declared == 0) noFrame = true;
        long auto = declared + (noFrame ? 0 : 8);
        int extra = 0;
        if (auto != 0)
        {
            if (auto % 16 == 8) extra = 8;
            else if (auto % 16 == 0) extra = 16;
            else
            {
                diags.Add(fn.Pos, $"unaligned frame size {declared} - must be 16 aligned");
                auto += 8 - auto % 8;
                extra = auto % 16 == 8 ? 8 : 16;
            }
        }
        auto += extra;
        if (auto > int.MaxValue - 16)
        {
            diags.Add(fn.Pos, $"frame size {declared} too large");
            auto = 16;
        }
        // Without a frame LR is never saved, so RET must not reload it: treat as a leaf.
        if (auto == 0) leaf = true;
        return new FrameLayout((int)auto, extra, leaf);
    }

    private void Build(FrameLayout f)
    {
        bool split = false;
        if (f.AutoSize > 0)
        {
            bool noSplit = fn.Flags.HasFlag(SymbolFlags.NOSPLIT) || (f.Leaf && f.AutoSize < StackSmall);
            if (!noSplit)
            {
                split = true;
                StackCheck(f.AutoSize);
            }
            Prologue(f.AutoSize);
            if (fn.Flags.HasFlag(SymbolFlags.WRAPPER))
            {
                Emit("MOVD", Mem(Reg.G, PanicOffset), R(Reg.R(16)));
                Emit("CBNZ", R(Reg.R(16)), Target("%checkargp"));
                labels["%wrapperbody"] = code.Count;
            }
        }

        var userStart = new int[fn.Body.Count + 1];
        var userBranches = new List<int>();
        for (int i = 0; i < fn.Body.Count; i++)
        {
            userStart[i] = code.Count;
            var ins = fn.Body[i];
            if (ins.Mnemonic == "RET")
            {
                pos = ins.Pos;
                Epilogue(f);
                code.Add(ins);
                if (f.AutoSize > 0) BodyState(f.AutoSize); // code after a RET runs inside the frame
                continue;
            }
            if (ins.Operands.Any(o => o is TargetOperand)) userBranches.Add(code.Count);
            code.Add(ins);
        }
        userStart[fn.Body.Count] = code.Count;
        foreach (var at in userBranches)
        {
            var ins = code[at];
            var ops = ins.Operands.ToArray();
            for (int k = 0; k < ops.Length; k++)
                if (ops[k] is TargetOperand t) ops[k] = t with { Index = userStart[t.Index] };
            code[at] = ins with { Operands = ops };
        }

        pos = fn.Pos;
        if (split)
        {
            Unwind(0, 0, 0); // morestack is called before the prologue
            Morestack();
        }
        if (fn.Flags.HasFlag(SymbolFlags.WRAPPER) && f.AutoSize > 0) BodyState(f.AutoSize);
        if (fn.Flags.HasFlag(SymbolFlags.WRAPPER) && f.AutoSize > 0) WrapperCheck(f.AutoSize);

        foreach (var (at, label) in pendingTargets)
        {
            var ins = code[at];
            var ops = ins.Operands.ToArray();
            ops[^1] = new TargetOperand(labels[label]) { Text = ops[^1].Text };
            code[at] = ins with { Operands = ops };
        }
    }

    /// <summary>Compares RSP (less the frame, for bigger frames) with g.stackguard0; below it, go to morestack.</summary>
    private void StackCheck(int frame)
    {
        labels["%start"] = code.Count;
        var r16 = R(Reg.R(16));
        var r17 = R(Reg.R(17));
        Emit("MOVD", Mem(Reg.G, StackGuardOffset), r16);
        if (frame <= StackSmall)
            Emit("CMP", r16, R(Reg.RSP));
        else if (frame <= StackBig)
        {
            Emit("SUB", Imm(frame - StackSmall), R(Reg.RSP), r17);
            Emit("CMP", r16, r17);
        }
        else
        {
            // RSP - frame may wrap around for huge frames: treat a borrow as "needs more stack".
            Emit("SUBS", Imm(frame - StackSmall), R(Reg.RSP), r17);
            Emit("BLO", Target("%morestack"));
            Emit("CMP", r16, r17);
        }
        Emit("BLS", Target("%morestack"));
    }

    private void Prologue(int frame)
    {
        const int maxPreIndex = 0xf0; // MOVD.W reaches -256; keep RSP 16-byte aligned
        if (frame > maxPreIndex)
        {
            // Store FP and LR below the new frame before moving RSP, so a signal never sees half a frame.
            var r20 = R(Reg.R(20));
            Emit("SUB", Imm(frame), R(Reg.RSP), r20);
            Emit("STP", Pair(Reg.FP, Reg.LR), Mem(Reg.R(20), -8));
            Unwind(0, frame, frame + 8); // saved below RSP; the CFA is still RSP
            Emit("MOVD", r20, R(Reg.RSP));
            BodyState(frame);
        }
        else
        {
            EmitW("MOVD", R(Reg.LR), Mem(Reg.RSP, -frame));
            Unwind(frame, frame, 0);
            Emit("MOVD", R(Reg.FP), Mem(Reg.RSP, -8));
            BodyState(frame);
        }
        Emit("SUB", Imm(8), R(Reg.RSP), R(Reg.FP));
    }

    private void Epilogue(FrameLayout f)
    {
        if (f.AutoSize == 0) return;
        if (f.Leaf)
        {
            // LR was saved but never changed: just pop the frame and recompute R29.
            Emit("ADD", Imm(f.AutoSize), R(Reg.RSP), R(Reg.RSP));
            Unwind(0, 0, f.AutoSize + 8); // the saved R29 is still there, below RSP
            Emit("SUB", Imm(8), R(Reg.RSP), R(Reg.FP));
            Unwind(0, 0, 0);
        }
        else
        {
            Emit("LDP", Mem(Reg.RSP, -8), Pair(Reg.FP, Reg.LR));
            Unwind(f.AutoSize, 0, 0);
            Emit("ADD", Imm(f.AutoSize), R(Reg.RSP), R(Reg.RSP));
            Unwind(0, 0, 0);
        }
    }

    private void Morestack()
    {
        labels["%morestack"] = code.Count;
        Emit("MOVD", R(Reg.LR), R(Reg.R(3)));
        var target = fn.Flags.HasFlag(SymbolFlags.NEEDCTXT) ? "runtime.morestack" : "runtime.morestack_noctxt";
        Emit("BL", new MemOperand(AddrName.Extern, new SymRef(target), 0, null, null, false) { Text = target.Replace('.', '\u00B7') + "(SB)" });
        Emit("B", Target("%start"));
    }

    /// <summary>If g._panic's argp points at this frame's arguments, make it point at ours (for recover in wrappers).</summary>
    private void WrapperCheck(int frame)
    {
        labels["%checkargp"] = code.Count;
        var r16 = Reg.R(16);
        var r17 = R(Reg.R(17));
        var r20 = R(Reg.R(20));
        Emit("MOVD", Mem(r16, 0), r17);
        Emit("ADD", Imm(frame + 8), R(Reg.RSP), r20);
        Emit("CMP", r17, r20);
        Emit("BNE", Target("%wrapperbody"));
        Emit("ADD", Imm(8), R(Reg.RSP), r20);
        Emit("MOVD", r20, Mem(r16, 0));
        Emit("B", Target("%wrapperbody"));
    }

    private void Emit(string mnemonic, params Operand[] ops) => Add(mnemonic, "", ops);
    private void EmitW(string mnemonic, params Operand[] ops) => Add(mnemonic, "W", ops);

    private void Add(string mnemonic, string suffix, Operand[] ops)
    {
        if (ops.Length > 0 && ops[^1] is IdentOperand { Name: var label }) 
        {
            pendingTargets.Add((code.Count, label));
            ops[^1] = new TargetOperand(-1) { Text = label };
        }
        code.Add(new Instr(pos, mnemonic, suffix, ops));
    }

    private static RegOperand R(Reg r) => new(r) { Text = r.ToString() };
    private static ImmOperand Imm(long v) => new(v) { Text = "$" + v };
    private static IdentOperand Target(string label) => new(label) { Text = label };
    private static PairOperand Pair(Reg a, Reg b) => new(a, b) { Text = $"({a}, {b})" };
    private static MemOperand Mem(Reg b, long off) => new(AddrName.None, null, off, b, null, false) { Text = off == 0 ? $"({b})" : $"{off}({b})" };
}
