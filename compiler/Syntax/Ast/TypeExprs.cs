using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary><c>[Len]Elem</c>, at the '['; Len is null for <c>[...]Elem</c>.</summary>
public sealed record ArrayType(SourcePos Pos, Expr? Len, Expr Elem) : Expr(Pos)
{
    public bool Equals(ArrayType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>[]Elem</c>, at the '['.</summary>
public sealed record SliceType(SourcePos Pos, Expr Elem) : Expr(Pos)
{
    public bool Equals(SliceType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>...Elem</c>, the type of a variadic parameter, at the "...".</summary>
public sealed record DotsType(SourcePos Pos, Expr Elem) : Expr(Pos)
{
    public bool Equals(DotsType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>struct { ... }</c>, at <c>struct</c>: one Field per field name (an embedded field has a null
/// Name); Tags has one entry per field, null when the field has no tag.
/// </summary>
public sealed record StructType(SourcePos Pos, ImmutableArray<Field> Fields, ImmutableArray<BasicLit?> Tags) : Expr(Pos)
{
    public bool Equals(StructType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A struct field, a parameter or result, a type parameter, or an interface element, at its name
/// (or at its type when it has none). Name is null for an embedded field, an unnamed parameter or
/// an interface's embedded element. Fields declared together (<c>a, b int</c>) share one Type
/// object, as in gc.
/// </summary>
public sealed record Field(SourcePos Pos, Name? Name, Expr Type) : Node(Pos)
{
    public bool Equals(Field? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>interface { ... }</c>, at <c>interface</c>. Methods holds methods (Name set, Type a FuncType)
/// and embedded elements (Name null; Type a type, <c>~T</c> as Operation(Tilde, T), unions as
/// Operation(Or, ...)).
/// </summary>
public sealed record InterfaceType(SourcePos Pos, ImmutableArray<Field> Methods) : Expr(Pos)
{
    public bool Equals(InterfaceType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// A signature, at the token after <c>func</c> (or after the function's name): the '(' of its
/// parameters, or the '[' of its type parameters (which are in FuncDecl.TypeParams).
/// </summary>
public sealed record FuncType(SourcePos Pos, ImmutableArray<Field> Params, ImmutableArray<Field> Results) : Expr(Pos)
{
    public bool Equals(FuncType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary><c>map[Key]Value</c>, at <c>map</c>.</summary>
public sealed record MapType(SourcePos Pos, Expr Key, Expr Value) : Expr(Pos)
{
    public bool Equals(MapType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}

/// <summary>
/// <c>chan Elem</c>, <c>chan&lt;- Elem</c> or <c>&lt;-chan Elem</c>. At <c>chan</c>, except a
/// receive-only channel in a type context, which is at its <c>&lt;-</c> (both as gc).
/// </summary>
public sealed record ChanType(SourcePos Pos, ChanDir Dir, Expr Elem) : Expr(Pos)
{
    public bool Equals(ChanType? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
