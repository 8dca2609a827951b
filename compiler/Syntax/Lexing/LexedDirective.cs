using Gosharp.Compiler.Syntax.Ast;

namespace Gosharp.Compiler.Syntax.Lexing;

/// <summary>A //go: directive and the byte offset of its comment, for attaching it to the next declaration.</summary>
public readonly record struct LexedDirective(int Offset, Pragma Pragma);
