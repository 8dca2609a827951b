using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>Stands for an expression that failed to parse (only in trees of files with syntax errors).</summary>
public sealed record BadExpr(SourcePos Pos) : Expr(Pos)
{
    public bool Equals(BadExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>An identifier.</summary>
public sealed record Name(SourcePos Pos, string Value) : Expr(Pos)
{
    public bool Equals(Name? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A literal, with its source text in Value (quotes, escapes, prefixes and '_' included; raw
/// strings keep their carriage returns). Bad is set when the literal is malformed (the error was
/// reported by the lexer).
/// </summary>
public sealed record BasicLit(SourcePos Pos, string Value, LitKind Kind, bool Bad) : Expr(Pos)
{
    public bool Equals(BasicLit? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>Type{Elems}</c>, at its '{'. Type is null for an elided type inside another composite literal.
/// NKeys counts the KeyValueExpr elements. Rbrace is the position of the '}'.
/// </summary>
public sealed record CompositeLit(SourcePos Pos, Expr? Type, ImmutableArray<Expr> Elems, int NKeys, SourcePos Rbrace) : Expr(Pos)
{
    public bool Equals(CompositeLit? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>Key: Value</c> in a composite literal, at the ':'.</summary>
public sealed record KeyValueExpr(SourcePos Pos, Expr Key, Expr Value) : Expr(Pos)
{
    public bool Equals(KeyValueExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>func Type { Body }</c>, at <c>func</c>.</summary>
public sealed record FuncLit(SourcePos Pos, FuncType Type, BlockStmt Body) : Expr(Pos)
{
    public bool Equals(FuncLit? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>(X)</c>, at the '('. Kept in expressions (gc keeps them for error messages); parentheses
/// around a type in a type context (<c>var x (int)</c>) are dropped, as gc does.
/// </summary>
public sealed record ParenExpr(SourcePos Pos, Expr X) : Expr(Pos)
{
    public bool Equals(ParenExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>X.Sel</c>, at the '.' (also qualified type names <c>pkg.T</c>).</summary>
public sealed record SelectorExpr(SourcePos Pos, Expr X, Name Sel) : Expr(Pos)
{
    public bool Equals(SelectorExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>X[Index]</c>, at the '['. An instantiation with several type arguments <c>X[T1, T2]</c> has a
/// ListExpr as Index.
/// </summary>
public sealed record IndexExpr(SourcePos Pos, Expr X, Expr Index) : Expr(Pos)
{
    public bool Equals(IndexExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>X[Low:High]</c> or, when Full, <c>X[Low:High:Max]</c>; at the '['.</summary>
public sealed record SliceExpr(SourcePos Pos, Expr X, Expr? Low, Expr? High, Expr? Max, bool Full) : Expr(Pos)
{
    public bool Equals(SliceExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>X.(Type)</c>, at the '.'.</summary>
public sealed record AssertExpr(SourcePos Pos, Expr X, Expr Type) : Expr(Pos)
{
    public bool Equals(AssertExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>X.(type)</c> or <c>Lhs := X.(type)</c>, at the '.'. The parser accepts it anywhere an
/// expression may be (as gc); the checker rejects it outside a type switch header.
/// </summary>
public sealed record TypeSwitchGuard(SourcePos Pos, Name? Lhs, Expr X) : Expr(Pos)
{
    public bool Equals(TypeSwitchGuard? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A unary (Y null) or binary operation, at the operator. As in gc, <c>*x</c> (dereference or
/// pointer type) is Operation(Mul, x), <c>&lt;-x</c> is Operation(Recv, x), <c>~T</c> in a
/// constraint is Operation(Tilde, T) and a union <c>A | B</c> is Operation(Or, A, B).
/// </summary>
public sealed record Operation(SourcePos Pos, Operator Op, Expr X, Expr? Y) : Expr(Pos)
{
    public bool Equals(Operation? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>Fun(Args...)</c>, at the '('; HasDots when the last argument is followed by "...".</summary>
public sealed record CallExpr(SourcePos Pos, Expr Fun, ImmutableArray<Expr> Args, bool HasDots) : Expr(Pos)
{
    public bool Equals(CallExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>A list of type arguments inside an IndexExpr, at its first element.</summary>
public sealed record ListExpr(SourcePos Pos, ImmutableArray<Expr> Elems) : Expr(Pos)
{
    public bool Equals(ListExpr? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
