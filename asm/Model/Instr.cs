using Gosharp.Asm.Syntax;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Asm.Model;

/// <summary>
/// One instruction statement: <c>MOVD.W R30, -16(RSP)</c> is mnemonic MOVD, suffix W, two operands.
/// <see cref="Text"/> is how messages print it.
/// </summary>
public sealed record Instr(SourcePos Pos, string Mnemonic, string Suffix, IReadOnlyList<Operand> Operands)
{
    public string Text => Operands.Count == 0 ? FullMnemonic : FullMnemonic + " " + string.Join(", ", Operands.Select(o => o.Text));
    public string FullMnemonic => Suffix.Length == 0 ? Mnemonic : Mnemonic + "." + Suffix;
    public override string ToString() => Text;
}
