using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

// One Decl per spec, as gc: `var ( a int; b = 2 )` is two VarDecls sharing a Group. A spec is
// positioned at its first token (the name, or the path/local name of an import); a FuncDecl at
// `func`. Pragmas are the //go: directives just before the spec (or before its keyword).

/// <summary><c>import LocalName "Path"</c>; LocalName may be "." or "_"; null when absent.</summary>
public sealed record ImportDecl(SourcePos Pos, Group? Group, ImmutableArray<Pragma> Pragmas,
    Name? LocalName, BasicLit Path) : Decl(Pos)
{
    public bool Equals(ImportDecl? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>const Names [Type] = Values</c>. Iota is the spec's index in its group (0 outside a group).
/// A spec of a group without values (<c>const ( a = iota; b )</c>) has an empty Values and a null
/// Type, as in gc: the checker repeats the type and values of the last spec of the same Group that
/// has values. A spec outside a group with no values is an error for the checker to report.
/// </summary>
public sealed record ConstDecl(SourcePos Pos, Group? Group, ImmutableArray<Pragma> Pragmas,
    ImmutableArray<Name> Names, Expr? Type, ImmutableArray<Expr> Values, int Iota) : Decl(Pos)
{
    public bool Equals(ConstDecl? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>type Name[TypeParams] Type</c>, or an alias <c>type Name = Type</c>.</summary>
public sealed record TypeDecl(SourcePos Pos, Group? Group, ImmutableArray<Pragma> Pragmas,
    Name Name, ImmutableArray<Field> TypeParams, bool IsAlias, Expr Type) : Decl(Pos)
{
    public bool Equals(TypeDecl? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>var Names [Type] [= Values]</c> (Type null or Values empty when absent).</summary>
public sealed record VarDecl(SourcePos Pos, Group? Group, ImmutableArray<Pragma> Pragmas,
    ImmutableArray<Name> Names, Expr? Type, ImmutableArray<Expr> Values) : Decl(Pos)
{
    public bool Equals(VarDecl? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>func (Recv) Name[TypeParams] Type { Body }</c>. Recv is null for a function; Body is null
/// for a declaration without body (implemented in assembly).
/// </summary>
public sealed record FuncDecl(SourcePos Pos, ImmutableArray<Pragma> Pragmas, Field? Recv, Name Name,
    ImmutableArray<Field> TypeParams, FuncType Type, BlockStmt? Body) : Decl(Pos)
{
    public bool Equals(FuncDecl? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
