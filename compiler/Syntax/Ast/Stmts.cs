using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>An empty statement, at its ';' (or at the '}' after a label).</summary>
public sealed record EmptyStmt(SourcePos Pos) : SimpleStmt(Pos)
{
    public bool Equals(EmptyStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>Label: Stmt</c>, at the ':'.</summary>
public sealed record LabeledStmt(SourcePos Pos, Name Label, Stmt Stmt) : Stmt(Pos)
{
    public bool Equals(LabeledStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>{ Stmts }</c>, at the '{'; Rbrace is the position of the '}'.</summary>
public sealed record BlockStmt(SourcePos Pos, ImmutableArray<Stmt> Stmts, SourcePos Rbrace) : Stmt(Pos)
{
    public bool Equals(BlockStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>An expression statement, at its expression's position.</summary>
public sealed record ExprStmt(SourcePos Pos, Expr X) : SimpleStmt(Pos)
{
    public bool Equals(ExprStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>Chan &lt;- Value</c>, at the "&lt;-".</summary>
public sealed record SendStmt(SourcePos Pos, Expr Chan, Expr Value) : SimpleStmt(Pos)
{
    public bool Equals(SendStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>A const, type or var declaration inside a function, at its keyword.</summary>
public sealed record DeclStmt(SourcePos Pos, ImmutableArray<Decl> Decls) : Stmt(Pos)
{
    public bool Equals(DeclStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// An assignment, at its operator: <c>Lhs = Rhs</c> (Op None), <c>Lhs := Rhs</c> (Op None,
/// IsDefine), <c>Lhs op= Rhs</c> (Op the operator), and, as in gc, <c>x++</c> / <c>x--</c> as Op
/// Add / Sub with an EMPTY Rhs (see IsIncDec) and the single operand in Lhs.
/// </summary>
public sealed record AssignStmt(SourcePos Pos, Operator Op, ImmutableArray<Expr> Lhs, ImmutableArray<Expr> Rhs, bool IsDefine) : SimpleStmt(Pos)
{
    /// <summary>True for <c>x++</c> and <c>x--</c>.</summary>
    public bool IsIncDec => Rhs.IsEmpty;
    public bool Equals(AssignStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>break</c>, <c>continue</c>, <c>goto</c> or <c>fallthrough</c>, at the keyword; Label may be null (never for goto).</summary>
public sealed record BranchStmt(SourcePos Pos, BranchToken Tok, Name? Label) : Stmt(Pos)
{
    public bool Equals(BranchStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>go Call</c> or <c>defer Call</c>, at the keyword.</summary>
public sealed record CallStmt(SourcePos Pos, CallToken Tok, CallExpr Call) : Stmt(Pos)
{
    public bool Equals(CallStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>return Results</c>, at <c>return</c>.</summary>
public sealed record ReturnStmt(SourcePos Pos, ImmutableArray<Expr> Results) : Stmt(Pos)
{
    public bool Equals(ReturnStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>if Init; Cond Then else Else</c>, at <c>if</c>; Else is null, an IfStmt or a BlockStmt.</summary>
public sealed record IfStmt(SourcePos Pos, SimpleStmt? Init, Expr Cond, BlockStmt Then, Stmt? Else) : Stmt(Pos)
{
    public bool Equals(IfStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>for Init; Cond; Post Body</c>, at <c>for</c>. A range loop has a RangeClause as Init and no
/// Cond or Post.
/// </summary>
public sealed record ForStmt(SourcePos Pos, SimpleStmt? Init, Expr? Cond, SimpleStmt? Post, BlockStmt Body) : Stmt(Pos)
{
    public bool Equals(ForStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>Lhs = range X</c> / <c>Lhs := range X</c> / <c>range X</c> (Lhs empty), at <c>range</c>.</summary>
public sealed record RangeClause(SourcePos Pos, ImmutableArray<Expr> Lhs, bool IsDefine, Expr X) : SimpleStmt(Pos)
{
    public bool Equals(RangeClause? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>switch Init; Tag { Body }</c>, at <c>switch</c>. A type switch has a TypeSwitchGuard as Tag.
/// </summary>
public sealed record SwitchStmt(SourcePos Pos, SimpleStmt? Init, Expr? Tag, ImmutableArray<CaseClause> Body, SourcePos Rbrace) : Stmt(Pos)
{
    public bool Equals(SwitchStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>select { Body }</c>, at <c>select</c>.</summary>
public sealed record SelectStmt(SourcePos Pos, ImmutableArray<CommClause> Body, SourcePos Rbrace) : Stmt(Pos)
{
    public bool Equals(SelectStmt? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>case Cases: Body</c>, or <c>default: Body</c> when Cases is empty (see IsDefault); at the
/// keyword. Colon is the position of the ':'.
/// </summary>
public sealed record CaseClause(SourcePos Pos, ImmutableArray<Expr> Cases, ImmutableArray<Stmt> Body, SourcePos Colon) : Node(Pos)
{
    public bool IsDefault => Cases.IsEmpty;
    public bool Equals(CaseClause? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>case Comm: Body</c> (a send, a receive, or an assignment or definition from a receive), or
/// <c>default: Body</c> when Comm is null; at the keyword.
/// </summary>
public sealed record CommClause(SourcePos Pos, SimpleStmt? Comm, ImmutableArray<Stmt> Body, SourcePos Colon) : Node(Pos)
{
    public bool Equals(CommClause? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
