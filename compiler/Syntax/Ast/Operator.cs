namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>
/// Operators, in gc's order. None is the "no operation" of a plain or defining assignment
/// (AssignStmt.Op); Def is gc's ':' of ':=' and is not used in the AST (see AssignStmt.IsDefine).
/// </summary>
public enum Operator
{
    None,
    Def,
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

public static class OperatorInfo
{
    /// <summary>Lowest binary precedence (||); 0 is "not a binary operator".</summary>
    public const int PrecOrOr = 1, PrecAndAnd = 2, PrecCmp = 3, PrecAdd = 4, PrecMul = 5;

    /// <summary>The operator as written in Go source.</summary>
    public static string Text(this Operator op) => op switch
    {
        Operator.None => "",
        Operator.Def => ":",
        Operator.Not => "!",
        Operator.Recv => "<-",
        Operator.Tilde => "~",
        Operator.OrOr => "||",
        Operator.AndAnd => "&&",
        Operator.Eql => "==",
        Operator.Neq => "!=",
        Operator.Lss => "<",
        Operator.Leq => "<=",
        Operator.Gtr => ">",
        Operator.Geq => ">=",
        Operator.Add => "+",
        Operator.Sub => "-",
        Operator.Or => "|",
        Operator.Xor => "^",
        Operator.Mul => "*",
        Operator.Div => "/",
        Operator.Rem => "%",
        Operator.And => "&",
        Operator.AndNot => "&^",
        Operator.Shl => "<<",
        Operator.Shr => ">>",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>gc's binary precedence (1 for ||, up to 5 for * / % &amp; &amp;^ &lt;&lt; &gt;&gt;); 0 for the unary-only operators.</summary>
    public static int Precedence(this Operator op) => op switch
    {
        Operator.OrOr => PrecOrOr,
        Operator.AndAnd => PrecAndAnd,
        Operator.Eql or Operator.Neq or Operator.Lss or Operator.Leq or Operator.Gtr or Operator.Geq => PrecCmp,
        Operator.Add or Operator.Sub or Operator.Or or Operator.Xor => PrecAdd,
        Operator.Mul or Operator.Div or Operator.Rem or Operator.And or Operator.AndNot or Operator.Shl or Operator.Shr => PrecMul,
        _ => 0,
    };
}
