using Antlr4.Runtime;
using Gosharp.Compiler.Syntax.Generated;

namespace Gosharp.Compiler.Syntax.Parsing;

/// <summary>
/// How gc's parser (Go 1.19) names tokens in syntax errors: a name or a semicolon by its text
/// ("foo", "semicolon", "newline", "EOF"), a literal as "literal 42", a comma as "comma",
/// anything else as written ("func", ":=", ")").
/// </summary>
public static class GcTokens
{
    /// <summary>The token found, as in "unexpected X".</summary>
    public static string Describe(IToken t) => t.Type switch
    {
        TokenConstants.EOF => "EOF",
        GoLexer.IDENTIFIER => t.Text,
        GoLexer.LITERAL => "literal " + t.Text,
        GoLexer.SEMI => t.Text == ";" ? "semicolon" : t.Text,
        GoLexer.COMMA => "comma",
        _ => t.Text,
    };

    /// <summary>A token type, as in "expecting X".</summary>
    public static string Expecting(int type) => type switch
    {
        TokenConstants.EOF => "EOF",
        GoLexer.IDENTIFIER => "name",
        GoLexer.LITERAL => "literal",
        GoLexer.SEMI => "semicolon or newline",
        GoLexer.COMMA => "comma",
        _ => GoLexer.DefaultVocabulary.GetLiteralName(type)?.Trim('\'') ?? GoLexer.DefaultVocabulary.GetSymbolicName(type),
    };
}
