using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;
using Gosharp.Common.Elf;

namespace Gosharp.Asm.Arm64;

/// <summary>A relocation in a function's code: at <see cref="Offset"/>, against a symbol.</summary>
public readonly record struct CodeReloc(int Offset, RelocType Type, SymRef Sym, long Addend, SourcePos Pos);

/// <summary>Which field of a branch holds the word offset to its target.</summary>
internal enum BranchField : byte { Imm26, Imm19, Imm14, Adr }

/// <summary>
/// A branch (or ADR) to an instruction of the same function, patched once every instruction's offset
/// is known; <see cref="InstrIndex"/> is the instruction it was encoded for.
/// </summary>
internal readonly record struct BranchFixup(int Offset, BranchField Field, int TargetIndex, SourcePos Pos, Model.Instr Instr, int InstrIndex);

/// <summary>A row of the line table: from <see cref="Offset"/> on, code comes from <see cref="Pos"/>.</summary>
public readonly record struct LineRow(int Offset, SourcePos Pos);

/// <summary>The machine code of one function as it is emitted, with what still needs patching.</summary>
internal sealed class CodeBuffer(int instructions = 16)
{
    private readonly List<uint> words = new(instructions);
    public List<CodeReloc> Relocs { get; } = [];
    public List<BranchFixup> Fixups { get; } = [];
    public List<LineRow> Lines { get; } = new(instructions);
    /// <summary>The alignment the function needs (16, or more after PCALIGN).</summary>
    public int Align { get; set; } = 16;

    public SourcePos Pos { get; set; }
    public int Offset => words.Count * 4;
    public int WordCount => words.Count;

    public void Emit(uint word)
    {
        if (Lines.Count == 0 || Lines[^1].Pos != Pos) Lines.Add(new LineRow(Offset, Pos));
        words.Add(word);
    }

    public void EmitReloc(uint word, RelocType type, SymRef sym, long addend)
    {
        Relocs.Add(new CodeReloc(Offset, type, sym, addend, Pos));
        Emit(word);
    }

    public void EmitBranch(uint word, BranchField field, int targetIndex, Model.Instr instr, int instrIndex)
    {
        Fixups.Add(new BranchFixup(Offset, field, targetIndex, Pos, instr, instrIndex));
        Emit(word);
    }

    public uint this[int wordIndex]
    {
        get => words[wordIndex];
        set => words[wordIndex] = value;
    }

    public byte[] ToBytes()
    {
        var b = new byte[words.Count * 4];
        for (int i = 0; i < words.Count; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(i * 4), words[i]);
        return b;
    }
}
