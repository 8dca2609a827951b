using Gosharp.Asm.Syntax;

namespace Gosharp.Asm.Arm64;

/// <summary>Operand accessors for encoders; the table has already checked the classes.</summary>
internal static class Ops
{
    public static Reg R(Operand o) => o switch
    {
        RegOperand r => r.Reg,
        ImmOperand { Value: 0 } => Reg.ZR,
        _ => throw new AsmSyntaxException("expected register; found " + o.Text),
    };

    public static long Imm(Operand o) => o is ImmOperand i ? i.Value : throw new AsmSyntaxException("expected constant; found " + o.Text);

    public static Cond C(Operand o) => o is IdentOperand id && Conditions.TryParse(id.Name, out var c)
        ? c : throw new AsmSyntaxException("expected condition; found " + o.Text);

    public static MemOperand M(Operand o) => (MemOperand)o;
    public static int Target(Operand o) => ((TargetOperand)o).Index;
}
