using Gosharp.Asm.Model;
using Gosharp.Asm.Syntax;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Arm64;

/// <summary>What the encoders write through: the function's <see cref="CodeBuffer"/> and the instruction being encoded.</summary>
internal sealed class Emitter(CodeBuffer code, Func<SymRef, bool> isThreadLocal)
{
    public CodeBuffer Code => code;

    /// <summary>Whether a symbol is declared TLSBSS in this file.</summary>
    public bool IsThreadLocal(SymRef sym) => isThreadLocal(sym);
    public Instr Instr { get; set; } = null!;
    /// <summary>The index of <see cref="Instr"/> in the function's expanded code.</summary>
    public int Index { get; set; }
    /// <summary>Whether this conditional branch must reach beyond its range (inverted around a B).</summary>
    public bool Far { get; set; }

    public void Emit(uint word) => code.Emit(word);
    public void EmitReloc(uint word, RelocType type, SymRef sym, long addend) => code.EmitReloc(word, type, sym, addend);
    public void EmitBranch(uint word, BranchField field, int target) => code.EmitBranch(word, field, target, Instr, Index);

    public AsmSyntaxException Illegal() => new($"illegal combination: {Instr.Text}");
    public static AsmSyntaxException Error(string message) => new(message);

    /// <summary>Fails when an expansion needs REGTMP (R27) but the instruction also reads it.</summary>
    public void CheckNotTmp(params Reg[] regs)
    {
        foreach (var r in regs)
            if (r == Reg.Tmp) throw new AsmSyntaxException($"cannot use REGTMP (R27) here, the expansion needs it: {Instr.Text}");
    }
}
