using Gosharp.Asm.Arm64;

namespace Gosharp.Asm.Syntax;

/// <summary>How a memory operand or address is based: on a register, or on one of gc's pseudo-registers.</summary>
public enum AddrName : byte
{
    /// <summary><c>off(Rn)</c>: a real register.</summary>
    None,
    /// <summary><c>sym+off(SB)</c>.</summary>
    Extern,
    /// <summary><c>sym&lt;&gt;+off(SB)</c>: file-local.</summary>
    Static,
    /// <summary><c>name+off(FP)</c>: an argument, in the caller's frame.</summary>
    Param,
    /// <summary><c>name-off(SP)</c>: a local, from the top of this frame.</summary>
    Auto,
}

public enum ShiftKind : byte { Lsl = 0, Lsr = 1, Asr = 2, Ror = 3 }

/// <summary>Register extensions, numbered as the extended-register encodings' option field.</summary>
public enum ExtendKind : byte { Uxtb = 0, Uxth = 1, Uxtw = 2, Uxtx = 3, Sxtb = 4, Sxth = 5, Sxtw = 6, Sxtx = 7, Lsl = 8 }

/// <summary>
/// The index register of <c>(Rn)(Rm)</c>, <c>(Rn)(Rm&lt;&lt;3)</c>, <c>(Rn)(Rm.SXTW&lt;&lt;3)</c>; <see cref="Shifted"/>
/// when a <c>&lt;&lt;</c> was written (even <c>&lt;&lt;0</c>).
/// </summary>
public sealed record IndexSpec(Reg Reg, ExtendKind Extend, int Amount, bool Shifted = false);

/// <summary>An instruction operand as written. <see cref="Text"/> is its source text (for messages).</summary>
public abstract record Operand
{
    /// <summary>Set once by the parser as the operand is made (operands are not changed afterwards).</summary>
    public string Text { get; internal set; } = "";
    public override string ToString() => Text;
}

public sealed record RegOperand(Reg Reg) : Operand;

/// <summary><c>R1&lt;&lt;3</c>, <c>R1&gt;&gt;3</c>, <c>R1-&gt;3</c>, <c>R1@&gt;3</c>.</summary>
public sealed record ShiftedRegOperand(Reg Reg, ShiftKind Shift, int Amount) : Operand;

/// <summary><c>R1.UXTW</c>, <c>R1.SXTB&lt;&lt;2</c>.</summary>
public sealed record ExtendedRegOperand(Reg Reg, ExtendKind Extend, int Amount) : Operand;

public sealed record ImmOperand(long Value) : Operand;

public sealed record FloatOperand(double Value) : Operand;

/// <summary><c>$"..."</c>: the bytes of a string constant (DATA only).</summary>
public sealed record StringOperand(byte[] Bytes) : Operand;

/// <summary>
/// A memory reference (<c>off(Rn)</c>, <c>sym+off(SB)</c>, <c>x+8(FP)</c>, <c>(Rn)(Rm)</c>) or, with
/// <see cref="IsAddress"/>, the address of one (<c>$sym(SB)</c>, <c>$8(RSP)</c>).
/// </summary>
public sealed record MemOperand(AddrName Name, SymRef? Sym, long Offset, Reg? Base, IndexSpec? Index, bool IsAddress) : Operand
{
    public bool IsSymbol => Name is AddrName.Extern or AddrName.Static;
}

/// <summary><c>(R1, R2)</c>: the register pair of LDP/STP.</summary>
public sealed record PairOperand(Reg First, Reg Second) : Operand;

/// <summary>A bare identifier: a label, a condition (EQ), a system register (TPIDR_EL0), ...</summary>
public sealed record IdentOperand(string Name) : Operand;

/// <summary><c>n(PC)</c>: the instruction n statements after this one.</summary>
public sealed record PcRelOperand(long Count) : Operand;

/// <summary>A branch target inside the function, resolved to an instruction index (Count means the end).</summary>
public sealed record TargetOperand(int Index) : Operand;

/// <summary>A SIMD arrangement: the element size and count of <c>V1.B16</c> (16 bytes), <c>V1.S2</c> (2 words), ...</summary>
public enum Arrangement : byte { B8, B16, H4, H8, S2, S4, D1, D2, Q1 }

/// <summary>The element size of <c>V1.S[2]</c>: log2 of its bytes.</summary>
public enum ElemSize : byte { B = 0, H = 1, S = 2, D = 3 }

public static class Arrangements
{
    /// <summary>log2 of the element's bytes (B 0 … D 3, Q 4).</summary>
    public static int SizeLog2(this Arrangement a) => a switch
    {
        Arrangement.B8 or Arrangement.B16 => 0,
        Arrangement.H4 or Arrangement.H8 => 1,
        Arrangement.S2 or Arrangement.S4 => 2,
        Arrangement.D1 or Arrangement.D2 => 3,
        _ => 4,
    };

    /// <summary>Whether the arrangement fills the 128-bit register (the encodings' Q bit).</summary>
    public static bool IsFull(this Arrangement a) => a is Arrangement.B16 or Arrangement.H8 or Arrangement.S4 or Arrangement.D2 or Arrangement.Q1;

    /// <summary>The bytes a register of this arrangement holds: 8 or 16.</summary>
    public static int Bytes(this Arrangement a) => a.IsFull() ? 16 : 8;

    public static bool TryParse(string name, out Arrangement a) => Enum.TryParse(name, false, out a) && Enum.IsDefined(a) && !char.IsAsciiDigit(name[0]);
}

/// <summary><c>V1.B16</c>: a vector register with an arrangement.</summary>
public sealed record VArrOperand(Reg Reg, Arrangement Arr) : Operand;

/// <summary><c>V1.S[2]</c>: one element of a vector register.</summary>
public sealed record VElemOperand(Reg Reg, ElemSize Size, int Index) : Operand;

/// <summary><c>[V1.B16, V2.B16]</c>: one to four consecutive vector registers (numbers wrap from V31 to V0) of one arrangement.</summary>
public sealed record VListOperand(Reg First, int Count, Arrangement Arr) : Operand;
