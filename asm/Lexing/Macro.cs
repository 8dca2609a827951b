namespace Gosharp.Asm.Lexing;

/// <summary>A <c>#define</c>: object-like when <see cref="Params"/> is null, function-like otherwise.</summary>
public sealed record Macro(string Name, IReadOnlyList<string>? Params, IReadOnlyList<Token> Body);
