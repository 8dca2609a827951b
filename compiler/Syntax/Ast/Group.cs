namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>
/// Shared (by reference) by all the specs of one parenthesized declaration, <c>const ( ... )</c>:
/// the checker uses it for iota and to repeat the previous ConstDecl's type and values. Index is
/// the group's number in its file, only for printing.
/// </summary>
public sealed class Group(int index)
{
    public int Index { get; } = index;
    public override string ToString() => $"group#{Index}";
}
