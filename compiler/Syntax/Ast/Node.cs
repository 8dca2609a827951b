using System.Runtime.CompilerServices;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

// The AST mirrors gc's cmd/compile/internal/syntax node set and position conventions: a
// terminal (Name, BasicLit) is at its token; any other node is at the token that identifies it
// (the operator of an Operation, the '(' of a CallExpr, the '.' of a SelectorExpr, the keyword
// of a statement...). Columns are 1-based byte columns, as gc's.
//
// Nodes are immutable records with IDENTITY equality: two nodes are equal only if they are the
// same object (as gc's pointers), so they can key dictionaries (type information) cheaply.
// Every sealed record repeats the two members below, because C# synthesizes structural ones.

/// <summary>Any syntax tree node.</summary>
public abstract record Node(SourcePos Pos)
{
    public virtual bool Equals(Node? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
    /// <summary>A one-line description; use <see cref="AstPrinter"/> for the whole tree.</summary>
    public sealed override string ToString() => $"{GetType().Name} at {Pos}";
}

/// <summary>An expression, including the type expressions (gc parses types as expressions).</summary>
public abstract record Expr(SourcePos Pos) : Node(Pos);

/// <summary>A statement.</summary>
public abstract record Stmt(SourcePos Pos) : Node(Pos);

/// <summary>The statements allowed in if/for/switch headers and select cases.</summary>
public abstract record SimpleStmt(SourcePos Pos) : Stmt(Pos);

/// <summary>A declaration: one spec of an import, const, type or var declaration, or a function.</summary>
public abstract record Decl(SourcePos Pos) : Node(Pos);
