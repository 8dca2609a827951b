using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Gosharp.Common.Diagnostics;

namespace Gosharp.Compiler.Syntax.Ast;

/// <summary>
/// A source file: <c>package PkgName; Decls...</c>. Pos is the <c>package</c> keyword; FileName
/// is the file's name (Pos.File too, unless a line directive renames the file before it). Pragmas are the directives before the package clause (e.g. <c>//go:build</c>).
/// Linknames are all <c>//go:linkname</c> directives of the file wherever they are (gc keeps them
/// per file, not per declaration). UnusedPragmas are the other directives that no declaration
/// took (gc reports those with a flag as "misplaced compiler directive"). EOF is the position of
/// the end of the file.
/// </summary>
public sealed record File(
    SourcePos Pos,
    ImmutableArray<Pragma> Pragmas,
    Name PkgName,
    ImmutableArray<Decl> Decls,
    SourcePos EOF,
    ImmutableArray<Pragma> Linknames,
    ImmutableArray<Pragma> UnusedPragmas) : Node(Pos)
{
    public string FileName { get; init; } = Pos.File;
    public bool Equals(File? other) => ReferenceEquals(this, other);
    public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
}
