namespace Gosharp.Asm.Syntax;

/// <summary>
/// A mistake in one statement. Thrown inside the parser and encoders, caught per statement and turned
/// into a positioned diagnostic; it never leaves the assembler.
/// </summary>
internal sealed class AsmSyntaxException(string message) : Exception(message);
